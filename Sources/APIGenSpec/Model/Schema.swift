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

    /// The inclusive bounds a number must be within: `minimum` and `maximum`, narrowed to an `int32`'s range.
    public var bounds: (minimum: Double?, maximum: Double?) {
        guard case .integer(let format?) = kind, let range = format.range else { return (constraints.minimum, constraints.maximum) }
        return (Swift.max(constraints.minimum ?? range.lowerBound, range.lowerBound), Swift.min(constraints.maximum ?? range.upperBound, range.upperBound))
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
