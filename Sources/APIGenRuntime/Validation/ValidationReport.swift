import Foundation

/// Collects constraint violations; generated validators call one `check` per constrained field.
///
/// Lengths count Unicode scalars, as JSON Schema does (`"é"` written as e + combining accent is 2).
public struct ValidationReport: Sendable {
    public enum Mode: Sendable {
        /// Values the client is about to send: enum values must be known.
        case request
        /// Values the API sent: unknown enum values are accepted.
        case response
    }

    public let mode: Mode
    public private(set) var violations: [ConstraintViolation] = []

    public init(mode: Mode) {
        self.mode = mode
    }

    public var isValid: Bool { violations.isEmpty }

    public mutating func add(_ violation: ConstraintViolation) {
        violations.append(violation)
    }

    /// Checks a string's length, pattern and format. Messages about a sensitive value never quote it.
    @_spi(Generated) public mutating func check(
        _ value: String, at path: JSONPath,
        minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil, format: StringFormat? = nil, isSensitive: Bool = false
    ) {
        if minLength != nil || maxLength != nil {
            checkCount(value.unicodeScalars.count, of: "character", at: path, min: minLength.map { ($0, .minLength($0)) },
                       max: maxLength.map { ($0, .maxLength($0)) })
        }
        let shown = isSensitive ? "the value (redacted)" : quoted(value)
        if let pattern, !PatternCache.shared.matches(value, pattern: pattern) {
            add(ConstraintViolation(path: path, constraint: .pattern(pattern), message: "\(shown) does not match the pattern \(pattern)"))
        }
        if let format, !format.accepts(value) {
            add(ConstraintViolation(path: path, constraint: .format(format.rawValue), message: "\(shown) is not \(format.phrase)"))
        }
    }

    /// Checks a number's bounds (inclusive `minimum`/`maximum`, or exclusive: the value must be strictly beyond) and that
    /// it is a multiple of `multipleOf`, within a tolerance: decimal steps such as 0.1 have no exact binary `Double`, so 0.3
    /// counts as a multiple of 0.1 when the quotient is a whole number to within a relative 1e-9.
    @_spi(Generated) public mutating func check(
        _ value: Double, at path: JSONPath, minimum: Double? = nil, exclusiveMinimum: Double? = nil,
        maximum: Double? = nil, exclusiveMaximum: Double? = nil, multipleOf: Double? = nil
    ) {
        checkBounds(value, at: path, minimum: minimum, exclusiveMinimum: exclusiveMinimum, maximum: maximum, exclusiveMaximum: exclusiveMaximum)
        if let multipleOf, !Self.isMultiple(value, of: multipleOf) { refuseMultiple(number(value), of: multipleOf, at: path) }
    }

    /// An integer's bounds, and `multipleOf` exactly when it is a whole number (as integers' divisors are). Inclusive only:
    /// an integer's exclusive bound is the whole number inside it (`exclusiveMinimum: 0` is `minimum: 1`).
    @_spi(Generated) public mutating func check(
        _ value: Int, at path: JSONPath, minimum: Double? = nil, maximum: Double? = nil, multipleOf: Double? = nil
    ) {
        checkBounds(Double(value), at: path, minimum: minimum, exclusiveMinimum: nil, maximum: maximum, exclusiveMaximum: nil)
        guard let multipleOf else { return }
        let isMultiple = if let divisor = Int(exactly: multipleOf) { value % divisor == 0 } else { Self.isMultiple(Double(value), of: multipleOf) }
        if !isMultiple { refuseMultiple(String(value), of: multipleOf, at: path) }
    }

    private mutating func checkBounds(
        _ value: Double, at path: JSONPath, minimum: Double?, exclusiveMinimum: Double?, maximum: Double?, exclusiveMaximum: Double?
    ) {
        if let minimum, value < minimum {
            add(ConstraintViolation(path: path, constraint: .minimum(minimum), message: "\(number(value)), at least \(number(minimum))"))
        }
        if let maximum, value > maximum {
            add(ConstraintViolation(path: path, constraint: .maximum(maximum), message: "\(number(value)), at most \(number(maximum))"))
        }
        if let exclusiveMinimum, value <= exclusiveMinimum {
            add(ConstraintViolation(path: path, constraint: .exclusiveMinimum(exclusiveMinimum),
                                    message: "\(number(value)), more than \(number(exclusiveMinimum))"))
        }
        if let exclusiveMaximum, value >= exclusiveMaximum {
            add(ConstraintViolation(path: path, constraint: .exclusiveMaximum(exclusiveMaximum),
                                    message: "\(number(value)), less than \(number(exclusiveMaximum))"))
        }
    }

    private mutating func refuseMultiple(_ shown: String, of divisor: Double, at path: JSONPath) {
        add(ConstraintViolation(path: path, constraint: .multipleOf(divisor), message: "\(shown), not a multiple of \(number(divisor))"))
    }

    /// Whether `value / divisor` is a whole number, to within a relative 1e-9 (see `check(_:at:minimum:exclusiveMinimum:maximum:exclusiveMaximum:multipleOf:)`).
    public static func isMultiple(_ value: Double, of divisor: Double) -> Bool {
        let quotient = value / divisor
        guard quotient.isFinite else { return false }
        return abs(quotient - quotient.rounded()) <= 1e-9 * Swift.max(1, abs(quotient))
    }

    /// In request mode, refuses a value the spec does not list.
    @_spi(Generated) public mutating func check<Value: OpenEnum>(_ value: Value, at path: JSONPath) {
        guard mode == .request, !value.isKnown else { return }
        let allowed = Value.allCases.map(\.rawValue.queryText)
        let given = if case .string(let text) = value.rawValue.enumJSON { quoted(text) } else { value.rawValue.queryText }
        add(ConstraintViolation(
            path: path, constraint: .allowedValues(allowed),
            message: "\(given) is not one of \(allowed.joined(separator: ", "))"
        ))
    }

    /// Validates a nested model.
    @_spi(Generated) public mutating func check(_ value: some Validatable, at path: JSONPath) {
        value.validate(at: path, into: &self)
    }

    /// Checks an array's item count, then each element.
    @_spi(Generated) public mutating func check<Element: Validatable>(_ elements: [Element], at path: JSONPath, minItems: Int? = nil, maxItems: Int? = nil) {
        checkCount(elements.count, at: path, minItems: minItems, maxItems: maxItems)
        for (index, element) in elements.enumerated() {
            element.validate(at: path.appending(index: index), into: &self)
        }
    }

    /// Checks an array's item count.
    @_spi(Generated) public mutating func checkCount(_ count: Int, at path: JSONPath, minItems: Int? = nil, maxItems: Int? = nil) {
        checkCount(count, of: "item", at: path, min: minItems.map { ($0, .minItems($0)) }, max: maxItems.map { ($0, .maxItems($0)) })
    }

    /// Checks that no item of an array equals an earlier one (`uniqueItems`): each repeat is reported at its own index, naming
    /// the first. One pass, hashed.
    @_spi(Generated) public mutating func checkUnique<Element: Hashable>(_ elements: [Element], at path: JSONPath) {
        var first: [Element: Int] = [:]
        first.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            if let earlier = first[element] {
                add(ConstraintViolation(path: path.appending(index: index), constraint: .uniqueItems, message: "the same as item \(earlier); items must be unique"))
            } else {
                first[element] = index
            }
        }
    }

    /// Checks a map's member count, then each value (at the path of its key: `labels.team`, `headers["X Key"]`).
    @_spi(Generated) public mutating func check<Value: Validatable>(
        _ map: JSONMap<Value>, at path: JSONPath, minProperties: Int? = nil, maxProperties: Int? = nil
    ) {
        checkPropertyCount(map.count, at: path, minProperties: minProperties, maxProperties: maxProperties)
        for (key, value) in map {
            value.validate(at: path.appending(key), into: &self)
        }
    }

    /// Checks a map's member count.
    @_spi(Generated) public mutating func checkPropertyCount(_ count: Int, at path: JSONPath, minProperties: Int? = nil, maxProperties: Int? = nil) {
        checkCount(count, of: "member", at: path, min: minProperties.map { ($0, .minProperties($0)) },
                   max: maxProperties.map { ($0, .maxProperties($0)) })
    }

    /// Checks a count against inclusive bounds, each with the constraint it reports: "41 characters, at most 40".
    private mutating func checkCount(
        _ count: Int, of noun: String, at path: JSONPath,
        min: (bound: Int, constraint: ConstraintViolation.Constraint)?, max: (bound: Int, constraint: ConstraintViolation.Constraint)?
    ) {
        let unit = count == 1 ? noun : noun + "s"
        if let min, count < min.bound {
            add(ConstraintViolation(path: path, constraint: min.constraint, message: "\(count) \(unit), at least \(min.bound)"))
        }
        if let max, count > max.bound {
            add(ConstraintViolation(path: path, constraint: max.constraint, message: "\(count) \(unit), at most \(max.bound)"))
        }
    }

    private func quoted(_ value: String) -> String {
        // Long values are cut so a message stays one readable line.
        let scalars = value.unicodeScalars
        let shown = scalars.count > 60 ? String(String.UnicodeScalarView(scalars.prefix(57))) + "…" : value
        return JSONSerializer.string(.string(shown))
    }

    private func number(_ value: Double) -> String { JSONNumber(value).text }
}
