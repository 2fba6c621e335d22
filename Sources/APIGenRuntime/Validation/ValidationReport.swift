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
            let length = value.unicodeScalars.count
            let unit = length == 1 ? "character" : "characters"
            if let minLength, length < minLength {
                add(ConstraintViolation(path: path, constraint: .minLength(minLength), message: "\(length) \(unit), at least \(minLength)"))
            }
            if let maxLength, length > maxLength {
                add(ConstraintViolation(path: path, constraint: .maxLength(maxLength), message: "\(length) \(unit), at most \(maxLength)"))
            }
        }
        let shown = isSensitive ? "the value (redacted)" : quoted(value)
        if let pattern, !PatternCache.shared.matches(value, pattern: pattern) {
            add(ConstraintViolation(path: path, constraint: .pattern(pattern), message: "\(shown) does not match the pattern \(pattern)"))
        }
        if let format, !format.accepts(value) {
            add(ConstraintViolation(path: path, constraint: .format(format.rawValue), message: "\(shown) is not \(format.descriptionWithArticle)"))
        }
    }

    /// Checks a number's bounds (inclusive).
    @_spi(Generated) public mutating func check(_ value: Double, at path: JSONPath, minimum: Double? = nil, maximum: Double? = nil) {
        if let minimum, value < minimum {
            add(ConstraintViolation(path: path, constraint: .minimum(minimum), message: "\(number(value)), at least \(number(minimum))"))
        }
        if let maximum, value > maximum {
            add(ConstraintViolation(path: path, constraint: .maximum(maximum), message: "\(number(value)), at most \(number(maximum))"))
        }
    }

    @_spi(Generated) public mutating func check(_ value: Int, at path: JSONPath, minimum: Double? = nil, maximum: Double? = nil) {
        check(Double(value), at: path, minimum: minimum, maximum: maximum)
    }

    /// In request mode, refuses a value the spec does not list.
    @_spi(Generated) public mutating func check<Value: OpenEnum>(_ value: Value, at path: JSONPath) {
        guard mode == .request, !value.isKnown else { return }
        let allowed = Value.allCases.map(\.rawValue)
        add(ConstraintViolation(
            path: path, constraint: .allowedValues(allowed),
            message: "\(quoted(value.rawValue)) is not one of \(allowed.joined(separator: ", "))"
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
        let unit = count == 1 ? "item" : "items"
        if let minItems, count < minItems {
            add(ConstraintViolation(path: path, constraint: .minItems(minItems), message: "\(count) \(unit), at least \(minItems)"))
        }
        if let maxItems, count > maxItems {
            add(ConstraintViolation(path: path, constraint: .maxItems(maxItems), message: "\(count) \(unit), at most \(maxItems)"))
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
