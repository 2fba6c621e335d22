import APIGenJSON
import APIGenRuntime

/// The type of a field, parameter or result, with its constraints.
public struct Schema: Sendable {
    public indirect enum Kind: Sendable {
        case string(format: StringFormat?)
        case integer
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
    }

    public var kind: Kind
    public var constraints: Constraints
    public var defaultValue: JSONValue?
    public var example: JSONValue?
    public var location: SpecLocation

    public init(kind: Kind, constraints: Constraints = Constraints(), defaultValue: JSONValue? = nil, example: JSONValue? = nil, location: SpecLocation) {
        self.kind = kind
        self.constraints = constraints
        self.defaultValue = defaultValue
        self.example = example
        self.location = location
    }
}

public struct Constraints: Sendable, Hashable {
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var minimum: Double?
    public var maximum: Double?
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

    public var isString: Bool {
        if case .string = kind { true } else { false }
    }
}
