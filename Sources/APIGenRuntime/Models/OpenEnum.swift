/// A string enum that accepts values the spec does not list.
///
/// Generated enums have one case per documented value plus `unknown(String)`: a value the API
/// adds later decodes instead of failing and re-encodes unchanged. Request validation refuses
/// unknown values, so the client never sends one.
public protocol OpenEnum: JSONModel, RawRepresentable, CaseIterable, QueryRepresentable, ParameterValue where RawValue == String {
    /// Every value, known or not.
    init(rawValue: String)

    /// Whether the value is one the spec lists.
    var isKnown: Bool { get }
}

extension OpenEnum {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .string(let raw) = json else { throw .typeMismatch(json, expected: "a string", at: path) }
        self.init(rawValue: raw)
    }

    public func encodeJSON() -> JSONValue { .string(rawValue) }
}
