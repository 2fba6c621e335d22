/// A field that may be absent, explicitly `null`, or set — three states that `Optional` cannot tell apart.
///
/// In an update body this is "leave unchanged" (`.absent`), "clear" (`.null`) and "set"
/// (`.value`). In a response it records exactly what the server sent, so re-encoding keeps `null`.
public enum Nullable<Wrapped> {
    /// The field is not sent (in an update: leave the stored value unchanged).
    case absent
    /// The field is sent as `null` (in an update: clear the stored value).
    case null
    /// The field is sent with this value.
    case value(Wrapped)

    /// Creates `.value` for a value and `.null` for `nil`.
    public init(_ optional: Wrapped?) {
        self = optional.map(Nullable.value) ?? .null
    }

    /// The value when set, otherwise `nil`.
    public var value: Wrapped? {
        if case .value(let wrapped) = self { wrapped } else { nil }
    }

    public var isAbsent: Bool {
        if case .absent = self { true } else { false }
    }
}

@_spi(Generated) extension Nullable: JSONCodable where Wrapped: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        if case .null = json {
            self = .null
        } else {
            self = .value(try Wrapped(json: json, at: path))
        }
    }

    /// `.null` encodes as `null`; `.absent` has no JSON form of its own and also gives `null`
    /// here — objects skip absent members before asking.
    public func encodeJSON() -> JSONValue {
        if case .value(let wrapped) = self { wrapped.encodeJSON() } else { .null }
    }
}

extension Nullable: Sendable where Wrapped: Sendable {}
extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}

extension Nullable: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral,
    ExpressibleByExtendedGraphemeClusterLiteral where Wrapped == String
{
    public init(stringLiteral value: String) { self = .value(value) }
}

extension Nullable: ExpressibleByNilLiteral {
    /// `nil` means "absent", like an omitted argument.
    public init(nilLiteral: ()) { self = .absent }
}
