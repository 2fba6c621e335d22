/// A value that converts to and from ``JSONValue``: the single decoding and encoding path of
/// generated code, for models and for the scalars, arrays and wrappers their fields hold.
///
/// Decoding from an already-parsed value decides each value's kind once (no `try?` trial and
/// error) and reports failures with the full field path. It is plumbing for generated code, so
/// it is SPI: an app sees ``JSONModel`` on its models, not `encodeJSON()` on every `String`.
@_spi(Generated) public protocol JSONCodable: Sendable {
    /// Decodes a value found at `path` (used in error messages).
    init(json: JSONValue, at path: JSONPath) throws(DecodingFailure)

    /// The value as JSON.
    func encodeJSON() -> JSONValue
}

@_spi(Generated) extension String: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .string(let value) = json else { throw .typeMismatch(json, expected: "a string", at: path) }
        self = value
    }

    public func encodeJSON() -> JSONValue { .string(self) }
}

@_spi(Generated) extension Bool: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .bool(let value) = json else { throw .typeMismatch(json, expected: "a boolean", at: path) }
        self = value
    }

    public func encodeJSON() -> JSONValue { .bool(self) }
}

@_spi(Generated) extension Int: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .number(let number) = json else { throw .typeMismatch(json, expected: "an integer", at: path) }
        guard let value = number.intValue else {
            throw DecodingFailure(path: path, reason: .invalidValue("expected an integer, found \(number.text)"))
        }
        self = value
    }

    public func encodeJSON() -> JSONValue { .number(JSONNumber(self)) }
}

@_spi(Generated) extension Double: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .number(let number) = json else { throw .typeMismatch(json, expected: "a number", at: path) }
        // No silent change: a number a Double cannot hold (it would become infinity, zero, or another integer) is an error.
        guard let value = number.exactDoubleValue else {
            throw DecodingFailure(path: path, reason: .invalidValue("the number \(number.text) cannot be represented exactly as a Double"))
        }
        self = value
    }

    public func encodeJSON() -> JSONValue { .number(JSONNumber(self)) }
}

@_spi(Generated) extension JSONValue: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        self = json
    }

    public func encodeJSON() -> JSONValue { self }
}

@_spi(Generated) extension JSONObject: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .object(let object) = json else { throw .typeMismatch(json, expected: "an object", at: path) }
        self = object
    }

    public func encodeJSON() -> JSONValue { .object(self) }
}

@_spi(Generated) extension Array: JSONCodable where Element: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .array(let elements) = json else { throw .typeMismatch(json, expected: "an array", at: path) }
        var decoded: [Element] = []
        decoded.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            decoded.append(try Element(json: element, at: path.appending(index: index)))
        }
        self = decoded
    }

    public func encodeJSON() -> JSONValue { .array(map { $0.encodeJSON() }) }
}

/// A nullable result (`"result": {…, "nullable": true}`): `null` decodes as `nil`, `nil` encodes as `null`.
@_spi(Generated) extension Optional: JSONCodable where Wrapped: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        self = json.isNull ? nil : try Wrapped(json: json, at: path)
    }

    public func encodeJSON() -> JSONValue { self?.encodeJSON() ?? .null }
}
