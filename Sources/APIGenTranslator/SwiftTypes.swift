import APIGenIR
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

/// The types generated code names, each with its module, so none can be shadowed by a type of
/// the same name in the target the code is compiled into.
extension TypeName {
    static func swift(_ name: String, _ arguments: [TypeName] = []) -> TypeName { .named(module: "Swift", name: name, arguments: arguments) }
    static func foundation(_ name: String) -> TypeName { .named(module: "Foundation", name: name, arguments: []) }
    static let runtimeModule = SwiftNaming.runtimeModule

    /// A runtime type.
    static func runtime(_ name: String, _ arguments: [TypeName] = []) -> TypeName {
        .named(module: runtimeModule, name: name, arguments: arguments)
    }

    static let string = swift("String")
    static let int = swift("Int")
    static let double = swift("Double")
    static let bool = swift("Bool")
    static let url = foundation("URL")
    static let jsonValue = runtime("JSONValue")
    static let jsonObject = runtime("JSONObject")
    static let jsonPath = runtime("JSONPath")
    static let clientError = runtime("APIClientError")
    static let requestOptions = runtime("RequestOptions")
    static let credentials = runtime("Credentials")
    static let clientConfiguration = runtime("ClientConfiguration")

    static func nullable(_ wrapped: TypeName) -> TypeName { runtime("Nullable", [wrapped]) }
}

extension Expression {
    /// A free function of the runtime, qualified: `APIGenRuntime.requireField`.
    static func runtimeFunction(_ name: String) -> Expression { .name(TypeName.runtimeModule).dot(name) }

    /// A bound or other number as a literal: whole numbers without a fraction, as the spec's JSON writes them.
    static func number(_ value: Double) -> Expression {
        if let integer = Int(exactly: value) { .integer(integer) } else { .literal(.floatingPoint(value)) }
    }
}

extension Translator {
    /// The Swift type of a value of `schema`: without optionality, which a field's storage adds, except for an element
    /// (an array's items, a map's values) that may be `null`, which is `T?`.
    func swiftType(_ schema: Schema) -> TypeName {
        let type = valueType(schema)
        return schema.isNullable ? type.optional : type
    }

    private func valueType(_ schema: Schema) -> TypeName {
        switch schema.kind {
        case .string(let format): format == .dateTime ? .runtime("Timestamp") : .string
        case .integer: .int
        case .number: .double
        case .boolean: .bool
        case .object: .jsonObject
        case .any: .jsonValue
        case .array(let items): .array(swiftType(items))
        case .map(let values): .runtime("JSONMap", [swiftType(values)])
        case .reference(let name): .local(names.typeName(name))
        case .bytes: .runtime("FilePart")
        }
    }

    /// The declared type of a field.
    func swiftType(_ field: Field) -> TypeName {
        let base = swiftType(field.schema)
        switch FieldStorage(field) {
        case .required: return base
        case .requiredNullable, .optional: return base.optional
        case .optionalNullable: return .nullable(base)
        }
    }

    func isEnum(_ schema: Schema) -> Bool {
        if case .reference(let name) = schema.kind { spec.model(named: name)?.enumModel != nil } else { false }
    }
}
