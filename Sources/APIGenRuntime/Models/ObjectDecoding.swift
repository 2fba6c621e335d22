/// Helpers that generated models call to read and write object members, so the generated
/// code stays one line per field.
extension JSONValue {
    /// The object members of a value that must be an object.
    public func objectMembers(at path: JSONPath) throws(DecodingFailure) -> JSONObject {
        guard case .object(let object) = self else { throw .typeMismatch(self, expected: "an object", at: path) }
        return object
    }
}

/// Unwraps a required field after the member loop, or fails naming it.
@inlinable
public func requireField<Value>(_ value: Value?, _ key: String, at path: JSONPath) throws(DecodingFailure) -> Value {
    guard let value else { throw DecodingFailure(path: path.appending(key), reason: .missingField) }
    return value
}

extension Optional where Wrapped: JSONCodable {
    /// Decodes an optional, non-nullable field. A `null` from the server is read as absent but
    /// kept in `unknownFields` by the caller, so that re-encoding gives back the same JSON.
    @inlinable
    public init(optionalJSON json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        if case .null = json {
            self = nil
        } else {
            self = try Wrapped(json: json, at: path)
        }
    }
}

extension JSONObject {
    /// Writes a required member.
    @inlinable
    public mutating func encode(_ value: some JSONCodable, forKey key: String) {
        appendUnchecked(key: key, value: value.encodeJSON())
    }

    /// Writes an optional member; `nil` writes nothing.
    @inlinable
    public mutating func encode(_ value: (some JSONCodable)?, forKey key: String) {
        if let value { appendUnchecked(key: key, value: value.encodeJSON()) }
    }

    /// Writes a required, nullable member; `nil` writes `null`.
    @inlinable
    public mutating func encodeNullable(_ value: (some JSONCodable)?, forKey key: String) {
        appendUnchecked(key: key, value: value?.encodeJSON() ?? .null)
    }

    /// Writes an optional, nullable member: absent writes nothing, `.null` writes `null`.
    @inlinable
    public mutating func encode<Value>(_ value: Nullable<Value>, forKey key: String) {
        switch value {
        case .absent: break
        case .null: appendUnchecked(key: key, value: .null)
        case .value(let wrapped): appendUnchecked(key: key, value: wrapped.encodeJSON())
        }
    }

    /// Writes the unknown fields a model kept, except keys a known field already wrote.
    @inlinable
    public mutating func encodeUnknownFields(_ unknown: JSONObject) {
        for member in unknown { setIfAbsent(member.value, forKey: member.key) }
    }
}
