import APIGenJSON
import APIGenRuntime

/// The type of a field, parameter or result, with its constraints.
public struct Schema: Sendable {
    public indirect enum Kind: Sendable {
        case string(format: StringFormat?)
        /// Always Swift's `Int` (64 bits on every platform the runtime supports); `int32` adds a range check.
        case integer(format: IntegerFormat?)
        case number
        case boolean
        case array(items: Schema)
        /// A JSON object whose members all hold `values`, in order (`JSONMap`).
        case map(values: Schema)
        /// Any JSON object (free-form).
        case object
        /// Any JSON value.
        case any
        /// A named model.
        case reference(String)
        /// A file of a `multipart/form-data` body (`FilePart`): only a field, or an array field's items, of a model that
        /// operations send as multipart bodies.
        case bytes
    }

    public var kind: Kind
    public var constraints: Constraints
    public var defaultValue: JSONValue?
    public var example: JSONValue?
    /// An array's items, a map's values or a model's additional fields only (`"nullable": true` there): an element may be
    /// `null`, and is `T?` in Swift (`[T?]`, `JSONMap<T?>`). Fields and results say it on themselves, not on their type.
    public var isNullable = false
    public var location: SpecLocation

    public init(kind: Kind, constraints: Constraints = Constraints(), defaultValue: JSONValue? = nil, example: JSONValue? = nil, location: SpecLocation) {
        self.kind = kind
        self.constraints = constraints
        self.defaultValue = defaultValue
        self.example = example
        self.location = location
    }
}

/// An integer's `format`: the width the API stores it in.
public enum IntegerFormat: String, Sendable, CaseIterable {
    /// -2147483648…2147483647: checked before sending (the Swift type stays `Int`).
    case int32
    /// The width of `Int`: nothing to check.
    case int64

    /// The values a value of this width can hold, as the bounds validation checks; nil when `Int` holds them all.
    public var range: ClosedRange<Double>? {
        switch self {
        case .int32: Double(Int32.min)...Double(Int32.max)
        case .int64: nil
        }
    }
}

public struct Constraints: Sendable, Hashable {
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var minimum: Double?
    public var maximum: Double?
    /// `"exclusiveMinimum"`, `"exclusiveMaximum"`: the value must be strictly beyond; never beside `minimum`/`maximum`.
    public var exclusiveMinimum: Double?
    public var exclusiveMaximum: Double?
    /// `"multipleOf"`: greater than 0; the value divided by it is a whole number.
    public var multipleOf: Double?
    public var minItems: Int?
    public var maxItems: Int?
    public var minProperties: Int?
    public var maxProperties: Int?
    /// `"uniqueItems": true`: no two items of the array are equal.
    public var uniqueItems = false
    /// `"const"`: the only value (a string, a whole number or a boolean, as the type).
    public var constant: JSONValue?

    public init() {}

    public var isEmpty: Bool { self == Constraints() }

    /// `minimum` or `exclusiveMinimum` (the loader refuses both on one type).
    public var lowerBound: NumberBound? {
        minimum.map { NumberBound(key: .minimum, value: $0) } ?? exclusiveMinimum.map { NumberBound(key: .exclusiveMinimum, value: $0) }
    }

    /// `maximum` or `exclusiveMaximum` (the loader refuses both on one type).
    public var upperBound: NumberBound? {
        maximum.map { NumberBound(key: .maximum, value: $0) } ?? exclusiveMaximum.map { NumberBound(key: .exclusiveMaximum, value: $0) }
    }
}

/// One end of the range a number must be within, as a constraint states it: `minimum: 0` allows 0, `exclusiveMinimum: 0`
/// only what is above it.
public struct NumberBound: Sendable, Hashable, CustomStringConvertible {
    /// `minimum`, `maximum`, `exclusiveMinimum` or `exclusiveMaximum`: also the name of the generated check's argument.
    public var key: ConstraintKey
    public var value: Double

    public init(key: ConstraintKey, value: Double) {
        self.key = key
        self.value = value
    }

    public var isExclusive: Bool { key == .exclusiveMinimum || key == .exclusiveMaximum }
    public var isLower: Bool { key == .minimum || key == .exclusiveMinimum }

    /// The same bound for an integer: an exclusive one as the nearest whole number it allows, inclusive
    /// (`exclusiveMinimum: 0` is `minimum: 1`, `exclusiveMaximum: 9.5` is `maximum: 9`).
    public var wholeNumber: NumberBound {
        guard isExclusive else { return self }
        return isLower ? NumberBound(key: .minimum, value: value.rounded(.down) + 1) : NumberBound(key: .maximum, value: value.rounded(.up) - 1)
    }

    /// Whether this bound refuses some value `other` (a bound on the same side) allows.
    public func isTighter(than other: NumberBound) -> Bool {
        let further = isLower ? value > other.value : value < other.value
        return further || value == other.value && isExclusive && !other.isExclusive
    }

    /// `exclusiveMinimum 0`, as diagnostics and the diff name it.
    public var description: String { "\(key.rawValue) \(JSONNumber(value))" }
}

extension Schema {
    /// The type of an array's items or of a map's values; `nil` for other types.
    public var element: Schema? {
        switch kind {
        case .array(let items): items
        case .map(let values): values
        default: nil
        }
    }

    public var isArray: Bool {
        if case .array = kind { true } else { false }
    }

    /// A number's bounds as the client documents them. An integer's exclusive bound is the whole number inside it,
    /// inclusive (`exclusiveMinimum: 0` is `minimum: 1`): the code is the same as for the spec `apigen import` writes.
    public var bounds: (lower: NumberBound?, upper: NumberBound?) {
        let (lower, upper) = (constraints.lowerBound, constraints.upperBound)
        return category == .integer ? (lower?.wholeNumber, upper?.wholeNumber) : (lower, upper)
    }

    /// The bounds a number is checked against: `bounds`, narrowed to an `int32`'s range where that is tighter.
    public var checkedBounds: (lower: NumberBound?, upper: NumberBound?) {
        let (lower, upper) = bounds
        guard case .integer(let format?) = kind, let range = format.range else { return (lower, upper) }
        return (lower.flatMap { $0.value >= range.lowerBound ? $0 : nil } ?? NumberBound(key: .minimum, value: range.lowerBound),
                upper.flatMap { $0.value <= range.upperBound ? $0 : nil } ?? NumberBound(key: .maximum, value: range.upperBound))
    }

    public var isString: Bool {
        if case .string = kind { true } else { false }
    }
}

extension Schema {
    /// Whether values of both are of the same Swift type: the same kind, model and element types, a string `date-time`
    /// (a `Timestamp`) or not; constraints aside. Elements that may be `null` are `T?`, so they count too, unless
    /// `comparingNullability` is false (`apigen diff` reports that change on its own).
    public func isSameType(as other: Schema, comparingNullability: Bool = true) -> Bool {
        guard !comparingNullability || isNullable == other.isNullable else { return false }
        switch (kind, other.kind) {
        case (.string(let a), .string(let b)): return (a == .dateTime) == (b == .dateTime)
        case (.array(let a), .array(let b)), (.map(let a), .map(let b)): return a.isSameType(as: b, comparingNullability: comparingNullability)
        case (.reference(let a), .reference(let b)): return a == b
        case (.integer, .integer), (.number, .number), (.boolean, .boolean), (.object, .object), (.any, .any), (.bytes, .bytes): return true
        default: return false
        }
    }
}
