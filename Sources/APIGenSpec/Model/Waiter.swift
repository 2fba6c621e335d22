import APIGenJSON

/// A waiter: poll an operation until a field of its result has a success or a failure value,
/// with exponential backoff between `minDelay` and `maxDelay` seconds (Smithy's `@waitable`).
public struct Waiter: Sendable {
    /// The waiter's name in the spec; the method is ``methodName``.
    public var name: String
    public var description: String?
    /// The operation polled: it takes no body, and its result is an object model.
    public var operation: String
    /// The field of the result whose value decides: a string, boolean or enum model field.
    public var field: String
    /// Values of `field` that end the wait successfully.
    public var success: [JSONValue]
    /// Values of `field` that end the wait with a failure.
    public var failure: [JSONValue]
    /// Seconds; the first delay, and the least any delay is.
    public var minDelay: Int
    /// Seconds; the most any delay is.
    public var maxDelay: Int
    public var location: SpecLocation

    /// The generated method: `waitUntil` + the name in UpperCamelCase (`serverReady` → `waitUntilServerReady`).
    public var methodName: String { "waitUntil" + SwiftNaming.typeName(name) }
    /// The command-line command: `wait-` + the name in kebab case (`serverReady` → `wait-server-ready`).
    public var commandName: String { "wait-" + SwiftNaming.flagName(name) }
}
