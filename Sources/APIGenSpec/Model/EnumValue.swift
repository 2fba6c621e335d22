import APIGenJSON

/// One value an enum model lists: a string or a whole number (JSON has no other kind of value worth naming;
/// a boolean enum is a constant or a plain boolean).
public enum EnumValue: Sendable, Hashable {
    case string(String)
    case integer(Int)

    public enum Kind: Sendable {
        case string, integer

        /// How the kind is named in messages: "a string", "a whole number".
        public var phrase: String {
            switch self {
            case .string: "a string"
            case .integer: "a whole number"
            }
        }
    }

    /// The value read from a spec or an OpenAPI document: a string, or a number without a fraction that `Int` holds.
    public init?(json: JSONValue) {
        switch json {
        case .string(let text): self = .string(text)
        case .number(let number):
            guard let value = number.intValue else { return nil }
            self = .integer(value)
        default: return nil
        }
    }

    public var kind: Kind {
        switch self {
        case .string: .string
        case .integer: .integer
        }
    }

    public var json: JSONValue {
        switch self {
        case .string(let text): .string(text)
        case .integer(let value): .number(JSONNumber(value))
        }
    }

    /// The value as a command line, a query or a message writes it: `dog`, `2`.
    public var text: String {
        switch self {
        case .string(let text): text
        case .integer(let value): String(value)
        }
    }
}
