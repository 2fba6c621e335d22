import APIGenSpec

/// How a field is stored, from whether it is required and whether it is nullable.
enum FieldStorage {
    /// Required, not nullable: `T`.
    case required
    /// Required and nullable: `T?`, `nil` encodes as `null`.
    case requiredNullable
    /// Optional, not nullable: `T?`, `nil` is absent.
    case optional
    /// Optional and nullable: `Nullable<T>`, absent, null or a value.
    case optionalNullable

    init(_ field: Field) {
        switch (field.isRequired, field.isNullable) {
        case (true, false): self = .required
        case (true, true): self = .requiredNullable
        case (false, false): self = .optional
        case (false, true): self = .optionalNullable
        }
    }
}

extension Translator {
    /// The Swift type of a value of `schema`, without optionality.
    func swiftType(_ schema: Schema) -> String {
        switch schema.kind {
        case .string(let format): format == .dateTime ? "Timestamp" : "String"
        case .integer: "Int"
        case .number: "Double"
        case .boolean: "Bool"
        case .object: "JSONObject"
        case .any: "JSONValue"
        case .array(let items): "[\(swiftType(items))]"
        case .reference(let name): names.typeName(name)
        }
    }

    /// The declared type of a field.
    func swiftType(_ field: Field) -> String {
        let base = swiftType(field.schema)
        switch FieldStorage(field) {
        case .required: return base
        case .requiredNullable, .optional: return base + "?"
        case .optionalNullable: return "Nullable<\(base)>"
        }
    }

    func isEnum(_ schema: Schema) -> Bool {
        if case .reference(let name) = schema.kind { spec.model(named: name)?.enumModel != nil } else { false }
    }
}
