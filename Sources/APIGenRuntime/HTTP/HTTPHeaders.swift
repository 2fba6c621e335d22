/// HTTP header fields in order; names compare case-insensitively.
public struct HTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: String
        /// Whether the value is a secret whatever the name says (a sensitive header parameter):
        /// shown as `<redacted>` like a credential's.
        public var isSensitive: Bool

        public init(name: String, value: String, isSensitive: Bool = false) {
            self.name = name
            self.value = value
            self.isSensitive = isSensitive
        }
    }

    public private(set) var fields: [Field]

    public init(_ fields: [Field] = []) {
        self.fields = fields
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        fields = elements.map { Field(name: $0.0, value: $0.1) }
    }

    /// The first value for `name`, compared case-insensitively; setting replaces every field of that name.
    public subscript(name: String) -> String? {
        get { fields.first { $0.name.lowercased() == name.lowercased() }?.value }
        set { set(name: name, value: newValue) }
    }

    /// Replaces every field named `name` (compared case-insensitively) with one of this value, or
    /// removes them when `value` is nil; a sensitive value is redacted in descriptions.
    public mutating func set(name: String, value: String?, isSensitive: Bool = false) {
        let lowered = name.lowercased()
        fields.removeAll { $0.name.lowercased() == lowered }
        if let value { fields.append(Field(name: name, value: value, isSensitive: isSensitive)) }
    }

    public mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    public func contains(_ name: String) -> Bool { self[name] != nil }

    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }
}

extension HTTPHeaders: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Headers whose values are secrets: the credential headers, and cookies either way.
    static let sensitiveNames: Set<String> = RequestSafety.credentialHeaderNames.union(["set-cookie"])
    /// Words that make any header name count as a secret's (`cf-access-client-secret`, `X-API-Token`,
    /// `X-Api-Key`, `X-Auth-…`): a header the list does not know is masked when its name says it may hold one.
    static let sensitiveWords = ["secret", "token", "key", "auth", "password", "session"]

    /// Whether the value of header `name` is never shown.
    public static func isSensitive(name: String) -> Bool {
        let lowered = name.lowercased()
        return sensitiveNames.contains(lowered) || sensitiveWords.contains { lowered.contains($0) }
    }

    /// `[Name: value, …]` with the values of credential headers shown as `<redacted>`, so logging
    /// a request (in a custom transport, say) never prints a token.
    public var description: String {
        "[" + fields.map { "\($0.name): \($0.isRedacted ? "<redacted>" : $0.value)" }
            .joined(separator: ", ") + "]"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: fields.map { field in
            (label: field.name as String?, value: field.isRedacted ? "<redacted>" : field.value as Any)
        }, displayStyle: .dictionary)
    }
}

extension HTTPHeaders.Field {
    /// Whether descriptions show `<redacted>` for the value: a sensitive field, or a secret's header name.
    var isRedacted: Bool { isSensitive || HTTPHeaders.isSensitive(name: name) }
}
