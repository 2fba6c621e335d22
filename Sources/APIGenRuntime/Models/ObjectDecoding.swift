/// Helpers that generated models call to read and write object members, so the generated
/// code stays one line per field.
extension JSONValue {
    /// The object members of a value that must be an object.
    @_spi(Generated) public func objectMembers(at path: JSONPath) throws(DecodingFailure) -> JSONObject {
        guard case .object(let object) = self else { throw .typeMismatch(self, expected: "an object", at: path) }
        return object
    }
}

/// Unwraps a required, nullable field after the member loop (`null` gives `nil`), or fails naming it.
@inlinable
@_spi(Generated) public func requireField<Value>(_ value: Nullable<Value>, _ key: String, at path: JSONPath) throws(DecodingFailure) -> Value? {
    switch value {
    case .absent: throw DecodingFailure(path: path.appending(key), reason: .missingField)
    case .null: return nil
    case .value(let wrapped): return wrapped
    }
}

/// Unwraps a required field after the member loop, or fails naming it.
@inlinable
@_spi(Generated) public func requireField<Value>(_ value: Value?, _ key: String, at path: JSONPath) throws(DecodingFailure) -> Value {
    guard let value else { throw DecodingFailure(path: path.appending(key), reason: .missingField) }
    return value
}

extension JSONObject {
    /// Writes a required member.
    @inlinable
    @_spi(Generated) public mutating func encode(_ value: some JSONCodable, forKey key: String) {
        appendUnchecked(key: key, value: value.encodeJSON())
    }

    /// Writes an optional member; `nil` writes nothing.
    @inlinable
    @_spi(Generated) public mutating func encodeIfPresent(_ value: (some JSONCodable)?, forKey key: String) {
        if let value { appendUnchecked(key: key, value: value.encodeJSON()) }
    }

    /// Writes a required, nullable member; `nil` writes `null`.
    @inlinable
    @_spi(Generated) public mutating func encodeNullable(_ value: (some JSONCodable)?, forKey key: String) {
        appendUnchecked(key: key, value: value?.encodeJSON() ?? .null)
    }

    /// Writes an optional, nullable member: absent writes nothing, `.null` writes `null`.
    @inlinable
    @_spi(Generated) public mutating func encodeUnlessAbsent<Value: JSONCodable>(_ value: Nullable<Value>, forKey key: String) {
        switch value {
        case .absent: break
        case .null: appendUnchecked(key: key, value: .null)
        case .value(let wrapped): appendUnchecked(key: key, value: wrapped.encodeJSON())
        }
    }

    /// Writes the unknown fields a model kept (including `null`s sent for optional fields), except
    /// keys a known field already wrote.
    @inlinable
    @_spi(Generated) public mutating func encodeUnknownFields(_ unknown: JSONObject) {
        appendAbsent(from: unknown)
    }

    /// Writes a model's additional fields (the members beside its fields, of one type), in order, except keys a field
    /// already wrote.
    @inlinable
    @_spi(Generated) public mutating func encodeAdditionalFields<Value: JSONCodable>(_ additional: JSONMap<Value>) {
        for (key, value) in additional where self[key] == nil {
            appendUnchecked(key: key, value: value.encodeJSON())
        }
    }
}

/// Decodes the member of a constant field (`"const"` in the spec) and checks that it is the one value allowed: another
/// value is a decoding failure naming the field, as a value of the wrong type is.
@inlinable
@_spi(Generated) public func requireConstant<Value: JSONCodable & Equatable>(
    _ expected: Value, json: JSONValue, at path: JSONPath
) throws(DecodingFailure) -> Value {
    let value = try Value(json: json, at: path)
    guard value == expected else { throw DecodingFailure(path: path, reason: .invalidValue("expected the constant \(expected.encodeJSON()), found \(json)")) }
    return value
}
