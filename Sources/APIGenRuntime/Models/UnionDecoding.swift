/// Helpers that generated unions call: the decoder decides the variant once, from the
/// discriminator's value or the JSON's kind, and these read or report what it decides on.
extension JSONValue {
    /// The string value of member `field` of an object, the union's discriminator; `nil` when the
    /// value is not an object or the member is absent or not a string.
    @inlinable
    @_spi(Generated) public func discriminator(_ field: String) -> String? {
        guard case .object(let object) = self, case .string(let value)? = object[field] else { return nil }
        return value
    }
}

extension JSONNumber {
    /// Whether the number is one of `values`: an integer enum variant's values, beside other number variants.
    @inlinable
    @_spi(Generated) public func isOne(of values: [Int]) -> Bool {
        intValue.map(values.contains) ?? false
    }

    /// Whether the number is whole and `Int` holds it: an integer variant's value, beside a number variant.
    @inlinable
    @_spi(Generated) public var isWholeNumber: Bool { intValue != nil }
}

extension DecodingFailure {
    /// A value of a union that only requests carry (so it has no `unknown` case) that selects none
    /// of its variants: at the discriminator when there is one, else at the value.
    @_spi(Generated) public static func noVariant(_ value: JSONValue, discriminator field: String?, expected: [String], at path: JSONPath) -> DecodingFailure {
        guard let field else {
            return .typeMismatch(value, expected: expected.joined(separator: " or "), at: path)
        }
        guard case .object(let object) = value else { return .typeMismatch(value, expected: "an object", at: path) }
        guard let member = object[field] else { return DecodingFailure(path: path.appending(field), reason: .missingField) }
        guard case .string(let name) = member else { return .typeMismatch(member, expected: "a string", at: path.appending(field)) }
        return DecodingFailure(path: path.appending(field), reason: .invalidValue(
            "\(JSONSerializer.string(.string(name))) is not one of \(expected.joined(separator: ", "))"
        ))
    }
}

extension ValidationReport {
    /// In request mode, refuses a variant whose discriminator member says another variant (`.saas(value)` whose
    /// `type` is `"self_hosted"`): the server would read it as that one. `allowed` are the values that select it.
    @_spi(Generated) public mutating func checkDiscriminator(_ value: String?, at path: JSONPath, allowed: [String]) {
        // An optional discriminator left out names no other variant.
        guard mode == .request, let value, !allowed.contains(value) else { return }
        add(ConstraintViolation(
            path: path, constraint: .allowedValues(allowed),
            message: "\(JSONSerializer.string(.string(value))) selects another variant; this one is \(allowed.joined(separator: ", "))"
        ))
    }

    /// In request mode, refuses a union value of none of its variants (kept from an answer as
    /// `unknown`): the client never sends one. `variants` names what is expected.
    @_spi(Generated) public mutating func refuseUnknownVariant(at path: JSONPath, variants: [String]) {
        guard mode == .request else { return }
        add(ConstraintViolation(path: path, constraint: .variant(variants),
                                message: "a value of none of the known variants (\(variants.joined(separator: ", ")))"))
    }
}
