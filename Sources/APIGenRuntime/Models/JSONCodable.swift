/// A value that converts to and from ``JSONValue``: the single decoding and encoding path of
/// generated models.
///
/// Decoding from an already-parsed value decides each value's kind once (no `try?` trial and
/// error) and reports failures with the full field path. Generated models also conform to
/// `Codable` through ``JSONModel`` so they work with `JSONEncoder` and `JSONDecoder` too.
public protocol JSONCodable: Sendable {
    /// Decodes a value found at `path` (used in error messages).
    init(json: JSONValue, at path: JSONPath) throws(DecodingFailure)

    /// The value as JSON.
    func encodeJSON() -> JSONValue
}

extension JSONCodable {
    /// Decodes a value from the root of a document.
    public init(json: JSONValue) throws(DecodingFailure) {
        try self.init(json: json, at: .root)
    }
}

extension String: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .string(let value) = json else { throw .typeMismatch(json, expected: "a string", at: path) }
        self = value
    }

    public func encodeJSON() -> JSONValue { .string(self) }
}

extension Bool: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .bool(let value) = json else { throw .typeMismatch(json, expected: "a boolean", at: path) }
        self = value
    }

    public func encodeJSON() -> JSONValue { .bool(self) }
}

extension Int: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .number(let number) = json else { throw .typeMismatch(json, expected: "an integer", at: path) }
        guard let value = number.intValue else {
            throw DecodingFailure(path: path, reason: .invalidValue("expected an integer, found \(number.text)"))
        }
        self = value
    }

    public func encodeJSON() -> JSONValue { .number(JSONNumber(self)) }
}

extension Double: JSONCodable {
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

extension JSONValue: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        self = json
    }

    public func encodeJSON() -> JSONValue { self }
}

extension JSONObject: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .object(let object) = json else { throw .typeMismatch(json, expected: "an object", at: path) }
        self = object
    }

    public func encodeJSON() -> JSONValue { .object(self) }
}

extension Array: JSONCodable where Element: JSONCodable {
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
