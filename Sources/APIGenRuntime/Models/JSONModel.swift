import Foundation

/// A generated model: converts to and from ``JSONValue``, and is `Codable`, `Hashable` and `Sendable`.
///
/// `Codable` goes through ``JSONValue`` so that `JSONDecoder` and the client's own parser give
/// the same result: the same open enums, kept unknown fields and exact timestamps.
public protocol JSONModel: Codable, Hashable, Sendable {
    /// Decodes a value found at `path` (used in error messages).
    init(json: JSONValue, at path: JSONPath) throws(DecodingFailure)

    /// The value as JSON.
    func encodeJSON() -> JSONValue
}

extension JSONModel {
    /// Decodes a value from the root of a document.
    public init(json: JSONValue) throws(DecodingFailure) {
        try self.init(json: json, at: .root)
    }

    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        let path = JSONPath(decoder.codingPath.map { key in
            key.intValue.map(JSONPath.Component.index) ?? .key(key.stringValue)
        })
        try self.init(json: json, at: path)
    }

    public func encode(to encoder: any Encoder) throws {
        try encodeJSON().encode(to: encoder)
    }

    /// Decodes the model from JSON bytes with the client's parser.
    public init(jsonData data: Data) throws {
        let value: JSONValue
        do {
            value = try JSONParser.parse(data, options: .lenient)
        } catch {
            throw DecodingFailure(path: .root, reason: .malformedJSON(error.description))
        }
        try self.init(json: value, at: .root)
    }

    /// The model as compact JSON bytes (members in declaration order, or sorted).
    public func jsonData(sortedKeys: Bool = false) -> Data {
        JSONSerializer.data(encodeJSON(), options: .init(sortedKeys: sortedKeys))
    }
}
