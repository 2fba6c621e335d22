/// A waiter as data: which operation it polls, which field of the result it reads, and the values
/// that end the wait. Generated from the spec, so that a generic tool (the command-line tool's
/// `wait-…` commands) can wait as the generated `waitUntil…` method does, on the result as JSON.
public struct WaiterDescriptor: Sendable, Hashable {
    /// The spec's waiter name, e.g. `serverReady`.
    public var name: String
    /// The command-line command, e.g. `wait-server-ready`.
    public var command: String
    public var description: String?
    /// The spec's name of the operation polled, e.g. `getServer`.
    public var operation: String
    /// The JSON name of the result's field compared, e.g. `status`.
    public var field: String
    /// Values of ``field`` that end the wait with the result.
    public var success: [JSONValue]
    /// Values of ``field`` that end the wait with ``WaiterError/failed(_:)``.
    public var failure: [JSONValue]
    public var delays: WaiterDelays

    public init(name: String, command: String, description: String? = nil, operation: String, field: String,
                success: [JSONValue], failure: [JSONValue] = [], delays: WaiterDelays) {
        self.name = name
        self.command = command
        self.description = description
        self.operation = operation
        self.field = field
        self.success = success
        self.failure = failure
        self.delays = delays
    }

    /// The field's value in a polled result; nil when the result is not an object or lacks it.
    public func value(in result: JSONValue) -> JSONValue? {
        result[field]
    }

    /// Polls with the runtime's waiter logic (``WaiterDelays``, the timeout of `timing`) until ``field`` of the result
    /// has a success value (returned) or a failure value; an absent field polls again.
    public func wait(timing: WaiterTiming, poll: () async throws(APIClientError) -> JSONValue) async throws(WaiterError<JSONValue>) -> JSONValue {
        try await waitForState(delays: delays, timing: timing, acceptor: { WaiterAcceptor(value(in: $0), success: success, failure: failure) }, poll: poll)
    }
}
