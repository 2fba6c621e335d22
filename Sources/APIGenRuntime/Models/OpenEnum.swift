/// An enum that accepts values the spec does not list: of strings, or of whole numbers.
///
/// Generated enums have one case per documented value plus `unknown(RawValue)`: a value the API
/// adds later decodes instead of failing and re-encodes unchanged. Request validation refuses
/// unknown values, so the client never sends one.
public protocol OpenEnum: JSONModel, RawRepresentable, CaseIterable, QueryRepresentable, ParameterValue where RawValue: OpenEnumRawValue {
    /// Every value, known or not.
    init(rawValue: RawValue)

    /// Whether the value is one the spec lists.
    var isKnown: Bool { get }
}

/// The type of an open enum's values: `String` or `Int`.
public protocol OpenEnumRawValue: Hashable, Sendable, QueryRepresentable, ParameterValue {
    /// The value as it appears in a JSON document, or nil when `json` is of another kind (decoding reports it).
    init?(enumJSON json: JSONValue)
    var enumJSON: JSONValue { get }
    /// What kind of JSON value the enum holds, for decoding errors: "a string".
    static var enumJSONKind: String { get }
}

extension String: OpenEnumRawValue {
    public init?(enumJSON json: JSONValue) {
        guard case .string(let value) = json else { return nil }
        self = value
    }

    public var enumJSON: JSONValue { .string(self) }
    public static var enumJSONKind: String { "a string" }
}

extension Int: OpenEnumRawValue {
    /// A whole number `Int` holds (`2`, `2.0`); a fraction or a number out of range is not a value of the enum.
    public init?(enumJSON json: JSONValue) {
        guard case .number(let number) = json, let value = number.intValue else { return nil }
        self = value
    }

    public var enumJSON: JSONValue { .number(JSONNumber(self)) }
    public static var enumJSONKind: String { "a whole number" }
}

extension OpenEnum {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard let raw = RawValue(enumJSON: json) else { throw .typeMismatch(json, expected: RawValue.enumJSONKind, at: path) }
        self.init(rawValue: raw)
    }

    public func encodeJSON() -> JSONValue { rawValue.enumJSON }
}
