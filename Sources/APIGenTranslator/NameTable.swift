import APIGenSpec

/// The Swift names of everything in a spec, decided once so every file agrees.
struct NameTable {
    private var typeNames: [String: String] = [:]
    private var fieldNames: [String: [String]] = [:]
    private var storedNames: [String: [String]] = [:]
    private var caseNames: [String: [String]] = [:]
    private var answerTypeNames: [String: String] = [:]

    /// `unionDispatches`: each union's decision table, whose discriminator values name the cases.
    init(spec: Spec, unionDispatches: [String: UnionDispatch]) {
        let memberNames = Set(spec.models.flatMap { model in
            SwiftNaming.uniqueMemberNames((model.objectModel?.fields ?? []).map { ($0.name, $0.swiftName) })
        })
        for model in spec.models {
            // A name without letters has no case to tell a type from a member (`13335` → `_13335` for both); inside the
            // model that holds such a field, the property would hide the type, so the type takes a suffix.
            let typeName = SwiftNaming.typeName(model.name)
            typeNames[model.name] = memberNames.contains(typeName) ? typeName + "Model" : typeName
            switch model.kind {
            case .object(let object):
                let names = SwiftNaming.uniqueMemberNames(object.fields.map { ($0.name, $0.swiftName) })
                fieldNames[model.name] = names
                storedNames[model.name] = zip(object.fields, names).map { field, name in
                    field.deprecation == nil || field.isConstant ? name : "_" + name
                }
            case .enumeration(let enumeration):
                caseNames[model.name] = SwiftNaming.uniqueMemberNames(
                    enumeration.values.map { (Self.caseBaseName($0.value), $0.swiftName) }, reserved: ["unknown", "allCases", "rawValue", "isKnown"]
                )
            case .union(let union):
                caseNames[model.name] = SwiftNaming.uniqueMemberNames(union.variants.enumerated().map {
                    (Self.variantName($0.element, at: $0.offset, dispatch: unionDispatches[model.name]), $0.element.swiftName)
                },
                                                                      reserved: ["unknown"])
            }
        }
        // The enum of an operation whose success statuses carry different results: `createRule` → `CreateRuleResponse`, with a
        // number when a model, the client or a type generated code uses has the name already (`CreateRuleResponse2`).
        var taken = SwiftNaming.reservedTypeNames.union(typeNames.values).union([spec.module.client, spec.module.clientProtocol])
        for operation in spec.operations where !operation.response.answersShareResult {
            answerTypeNames[operation.name] = SwiftNaming.claim(SwiftNaming.typeName(operation.name) + "Response", in: &taken)
        }
    }

    func typeName(_ model: String) -> String { typeNames[model] ?? SwiftNaming.typeName(model) }

    /// The enum `operation`'s method returns when its success statuses carry different results; nil when they do not.
    func answerTypeName(of operation: Operation) -> String? { answerTypeNames[operation.name] }

    /// The case of a success status in such an enum: its reason phrase (RFC 9110) for 200…206 (`created`, `noContent`),
    /// else the number (`status207`).
    static func answerCaseName(status: Int) -> String {
        let phrases = [200: "ok", 201: "created", 202: "accepted", 203: "nonAuthoritativeInformation", 204: "noContent", 205: "resetContent",
                       206: "partialContent"]
        return phrases[status] ?? "status\(status)"
    }

    /// Field names of an object model, in field order.
    func fieldNames(of model: String) -> [String] { fieldNames[model] ?? [] }

    /// An enum value's case before clashes are resolved (and unless `swiftName` replaces it): a string as it is
    /// (`guinea_pig` → `guineaPig`); a whole number has no words, so `value2`, `valueMinus1`.
    private static func caseBaseName(_ value: EnumValue) -> String {
        switch value {
        case .string(let text): text
        case .integer(let number): number < 0 ? "value_minus_\(number.magnitude)" : "value_\(number)"
        }
    }

    /// A variant's case before clashes are resolved: the one discriminator value that selects its model, mapped
    /// (`self_hosted` → `selfHosted`) or the only value its member holds (`"type": "A"` → `a`), else the model's name
    /// (`PurgeByTags` → `purgeByTags`), or the type's (`string`).
    private static func variantName(_ variant: UnionModel.Variant, at index: Int, dispatch: UnionDispatch?) -> String {
        guard let model = variant.schema.referencedModel else { return variant.schema.category.rawValue }
        guard case .discriminator(_, let values)? = dispatch else { return model }
        let selecting = values.filter { $0.variant == index }
        return selecting.count == 1 ? selecting[0].value : model
    }

    /// The stored properties of an object model's fields, in field order: the field name, or `_name` for a deprecated field,
    /// whose public property (deprecated) reads and writes it. The model's own code (coding, validation, redaction) uses
    /// these, so a deprecated field warns its callers and not the generated module.
    func storedNames(of model: String) -> [String] { storedNames[model] ?? [] }

    /// Case names of an enum model, in value order, or of a union model, in variant order.
    func caseNames(of model: String) -> [String] { caseNames[model] ?? [] }

    /// The method of an operation, e.g. `listServers`; the validator refuses operations whose
    /// methods would collide.
    func methodName(of operation: Operation) -> String { SwiftNaming.memberName(operation.name) }

    /// The method that walks every page: `listServers` → `allServers`; other names get an `All` suffix.
    func allPagesMethodName(of operation: Operation) -> String {
        SwiftNaming.memberName(operation.name.hasPrefix("list") ? "all" + operation.name.dropFirst(4) : operation.name + "All")
    }

    /// The `Credentials` factory of a scheme, e.g. `apiToken`.
    func factoryName(of scheme: AuthScheme) -> String { SwiftNaming.memberName(scheme.name) }

    /// The factory's argument names, one a credential, in order.
    func credentialNames(of scheme: AuthScheme) -> [String] { scheme.credentials.map { SwiftNaming.memberName($0.name) } }

    /// Argument names of an operation's parameters, in parameter order (never `body` or `options`);
    /// keywords in backticks, since the names are also used as values (`if let \`in\``).
    func parameterNames(of operation: Operation) -> [String] {
        SwiftNaming.uniqueMemberNames(operation.parameters.map { ($0.name, nil) }, reserved: Self.methodLocals).map(SwiftNaming.escapedMember)
    }

    /// Names a client method declares or uses unqualified besides its parameters (`body`, `options`,
    /// the locals `report` and `envelope`, the stored `core`); a parameter with one of these names
    /// gets a suffix (`report2`), or it would shadow them and the method would not compile.
    static let methodLocals: Set<String> = ["body", "options", "report", "request", "envelope", "core"]

    /// A parameter name as an argument label in a call, where keywords need no backticks (`in: \`in\``).
    static func argumentLabel(_ name: String) -> String { name.filter { $0 != "`" } }

    /// Names the generated decode, encode and validate bodies declare themselves.
    static let bodyLocals: Set<String> = ["json", "path", "object", "member", "report", "unknownFields", "index", "item"]

    /// The local variable that holds a field inside those bodies: the field's name, unless that
    /// would shadow one of the bodies' own names (`path` becomes `pathValue`).
    func localName(_ memberName: String) -> String {
        SwiftNaming.escapedMember(Self.bodyLocals.contains(memberName) ? memberName + "Value" : memberName)
    }
}
