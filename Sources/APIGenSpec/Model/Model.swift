import APIGenJSON
import APIGenRuntime

/// A named model: an object with fields, an enum of strings or whole numbers, or a union of several shapes.
public struct Model: Sendable {
    public enum Kind: Sendable {
        case object(ObjectModel)
        case enumeration(EnumModel)
        case union(UnionModel)
    }

    public var name: String
    public var description: String?
    /// Where the model's shape comes from (a document and a place in it), for the doc comment.
    public var source: String?
    /// `"deprecated"`: documented, and an object model's memberwise initializer is deprecated.
    public var deprecation: Deprecation?
    public var kind: Kind
    public var location: SpecLocation

    public var objectModel: ObjectModel? {
        if case .object(let object) = kind { object } else { nil }
    }

    public var enumModel: EnumModel? {
        if case .enumeration(let enumeration) = kind { enumeration } else { nil }
    }

    public var unionModel: UnionModel? {
        if case .union(let union) = kind { union } else { nil }
    }
}

public struct ObjectModel: Sendable {
    /// What decoding does with members the spec does not list.
    public enum UnknownFields: String, Sendable, CaseIterable {
        /// Keep them, readable and re-encoded (responses: the API may add fields).
        case keep
        /// Fail with a decoding error naming the member (request bodies: a typo should not be sent).
        case reject
    }

    /// Other object models whose fields this one has (`includes`), in include order. The loader has
    /// already put their fields into ``fields``; these only say where the fields came from (for export).
    public struct Include: Sendable {
        /// The included model.
        public var model: String
        /// The names of the fields it gave, in the included model's order.
        public var fields: [String]
        /// Whether the include gave every field of the model unchanged (no `only`, `writable` or `required`).
        public var isWhole: Bool
        public var location: SpecLocation
    }

    /// Included fields first (in include order), then the model's own.
    public var fields: [Field]
    public var unknownFields: UnknownFields
    public var includes: [Include] = []
    /// `"requiredAlternatives"`: groups of fields of which a value has at least one whole (a branch or a commit to build);
    /// each name is a field of the model, with where it is written.
    public var requiredAlternatives: [[(name: String, location: SpecLocation)]] = []
    /// `"additionalFields"`: the type of every member beside the listed fields (OpenAPI's `additionalProperties: {schema}`
    /// beside `properties`), as a map of them (`.map(values:)`); nil when other members are unknown fields.
    public var additionalFields: Schema?
}

/// One member of an object model.
public struct Field: Sendable {
    public var name: String
    public var schema: Schema
    public var isRequired: Bool
    public var isNullable: Bool
    public var isReadOnly: Bool
    public var isWriteOnly: Bool
    /// A secret: never printed in descriptions of values that hold it.
    public var isSensitive: Bool
    public var description: String?
    public var swiftName: String?
    public var commandLineFlag: String?
    /// `"deprecated"`: the property is `@available(*, deprecated)`.
    public var deprecation: Deprecation?
    public var location: SpecLocation
}

public struct EnumModel: Sendable {
    public struct Value: Sendable {
        public var value: EnumValue
        public var description: String?
        public var swiftName: String?
        public var location: SpecLocation
    }

    public var values: [Value]

    /// The kind of the first value; the validator refuses an enum whose values are of several kinds.
    public var rawType: EnumValue.Kind { values.first?.value.kind ?? .string }
}

/// A value that is one of several shapes (OpenAPI's `oneOf`): object models, enums and scalars,
/// told apart by a discriminator member or by what the JSON shows (see ``UnionDispatch``).
public struct UnionModel: Sendable {
    public struct Variant: Sendable {
        public var schema: Schema
        /// The enum case instead of the derived one.
        public var swiftName: String?
        public var location: SpecLocation
    }

    /// A string member every variant (an object model) has, whose value names the variant.
    public struct Discriminator: Sendable {
        public var field: String
        /// Discriminator values and the model each selects, in spec order. A variant no value maps
        /// to is selected by its model name.
        public var mapping: [(value: String, model: String)]
        public var location: SpecLocation

        public init(field: String, mapping: [(value: String, model: String)], location: SpecLocation) {
            self.field = field
            self.mapping = mapping
            self.location = location
        }
    }

    public var variants: [Variant]
    public var discriminator: Discriminator?
}

extension Field {
    /// A field with one value (`"const"`): not stored, never validated (it cannot be set wrong), always encoded.
    public var isConstant: Bool { schema.constraints.constant != nil }
}
