/// The keys that refine a type, each with the kinds of type it applies to. The one table the
/// loader reads (which keys a type may have, and what a misplaced key is reported as); the JSON
/// Schema's applicability rules are tested against it.
public enum ConstraintKey: String, CaseIterable, Sendable {
    case format, items, values, minLength, maxLength, pattern, minimum, maximum, minItems, maxItems, minProperties, maxProperties
    /// No two items equal (`"uniqueItems": true`), checked before sending.
    case uniqueItems
    /// The one value a field has (`"const": false`): the property is not stored, always encoded, and checked when decoded.
    case const
    /// A number the value must be a whole multiple of (`"multipleOf": 5`), checked before sending.
    case multipleOf
    /// Bounds the value must be strictly beyond (`"exclusiveMinimum": 0`: more than 0), checked before sending. A type has
    /// `minimum` or `exclusiveMinimum`, not both, and the same for the maximum.
    case exclusiveMinimum, exclusiveMaximum

    /// The kinds of type the key can refine.
    public var appliesTo: Set<Schema.Category> {
        switch self {
        case .format: [.string, .integer]
        case .minLength, .maxLength, .pattern: [.string]
        case .minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum, .multipleOf: [.integer, .number]
        case .items, .minItems, .maxItems, .uniqueItems: [.array]
        case .values, .minProperties, .maxProperties: [.map]
        case .const: [.string, .integer, .boolean]
        }
    }
}

extension Schema {
    /// A kind of type without its details: what constraint keys are checked against.
    public enum Category: String, CaseIterable, Sendable {
        case string, integer, number, boolean, array, map, object, any, reference, bytes

        /// How diagnostics name a built-in type: `type 'string'` (references name their model).
        var phrase: String { "type '\(rawValue)'" }
    }

    public var category: Category { kind.category }
}

extension Schema.Kind {
    public var category: Schema.Category {
        switch self {
        case .string: .string
        case .integer: .integer
        case .number: .number
        case .boolean: .boolean
        case .array: .array
        case .map: .map
        case .object: .object
        case .any: .any
        case .reference: .reference
        case .bytes: .bytes
        }
    }
}
