/// A JSON body that does not have the shape the spec describes, and where.
public struct DecodingFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// A value of the wrong JSON kind.
        case typeMismatch(expected: String, found: JSONValue.Kind)
        /// A required field is absent.
        case missingField
        /// The right kind, but not a valid value (a malformed timestamp, a fraction where an integer belongs).
        case invalidValue(String)
        /// A member the model does not have, in a model that refuses unknown members (request bodies).
        case unknownField
        /// The body is not JSON at all.
        case malformedJSON(String)
    }

    /// Where the bad value is, e.g. `result[3].created_at`.
    public var path: JSONPath
    public var reason: Reason

    public init(path: JSONPath, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public static func typeMismatch(_ value: JSONValue, expected: String, at path: JSONPath) -> DecodingFailure {
        DecodingFailure(path: path, reason: .typeMismatch(expected: expected, found: value.kind))
    }

    /// The path and the reason; field names and values come from the server, so the text is
    /// escaped for terminals (``TerminalText``).
    public var description: String { TerminalText.escaped(plainDescription) }

    private var plainDescription: String {
        switch reason {
        case .typeMismatch(let expected, let found): "\(path): expected \(expected), found \(found)"
        case .missingField: "\(path): required field is missing"
        case .unknownField: "\(path): unknown field"
        case .invalidValue(let message): "\(path): \(message)"
        case .malformedJSON(let message): "body is not valid JSON: \(message)"
        }
    }
}
