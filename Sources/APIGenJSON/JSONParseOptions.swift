/// Limits and policies for ``JSONParser``.
public struct JSONParseOptions: Sendable, Hashable {
    /// What to do when an object names the same key twice.
    public enum DuplicateKeyPolicy: Sendable, Hashable {
        /// Refuse the document with ``JSONSyntaxError/Kind/duplicateKey(_:)``: a spec that says
        /// one thing twice is almost always a mistake worth pointing at.
        case reject
        /// Keep the member at its first position with the last value, as most JSON libraries do.
        case lastWins
        /// Refuse a duplicate among the outermost object's members, keep the last value deeper
        /// down: for response envelopes, where `"success"` said twice cannot be read either way.
        case rejectInOutermostObject
    }

    /// The deepest nesting of arrays and objects accepted; `[[1]]` has depth 2.
    /// Deeper input is refused with ``JSONSyntaxError/Kind/tooDeep(limit:)``.
    public var maxDepth: Int
    /// The longest input accepted, in bytes; longer input is refused before any parsing.
    public var maxBytes: Int?
    /// What to do with duplicate object keys.
    public var duplicateKeys: DuplicateKeyPolicy

    public init(
        maxDepth: Int = 512,
        maxBytes: Int? = nil,
        duplicateKeys: DuplicateKeyPolicy = .reject
    ) {
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
        self.duplicateKeys = duplicateKeys
    }

    /// Duplicate keys are errors, nesting is limited to 512 levels: for spec files people write.
    public static var strict: JSONParseOptions { JSONParseOptions() }

    /// Duplicate keys keep the last value: for responses from servers we do not control.
    public static var lenient: JSONParseOptions { JSONParseOptions(duplicateKeys: .lastWins) }

    /// Like ``lenient``, but a key named twice in the outermost object is an error.
    public static var envelope: JSONParseOptions { JSONParseOptions(duplicateKeys: .rejectInOutermostObject) }
}
