import APIGenIR
import APIGenSpec

extension Translator {
    /// `Validatable` conformances, one group a model: one `report.check` per constrained field.
    /// Models with nothing to check get none, except request bodies, which the client always validates.
    func translateValidation() -> DeclarationGroups {
        let requestBodies = Set(spec.operations.compactMap { operation -> String? in
            if case .reference(let name)? = operation.requestBody?.kind { name } else { nil }
        })
        let models = spec.models
        return DeclarationGroups(count: models.count) { index in
            validationExtension(models[index], isRequestBody: requestBodies.contains(models[index].name)).map { [$0] } ?? []
        }
    }

    private func validationExtension(_ model: Model, isRequestBody: Bool) -> Declaration? {
        guard let object = model.objectModel, isRequestBody || needsValidation(model.name) else { return nil }
        let memberNames = names.fieldNames(of: model.name)
        var body: [Statement] = []
        for (field, name) in zip(object.fields, memberNames) {
            body += validation(of: field, named: name)
        }
        return .type(TypeDeclaration(
            kind: .extension, name: .local(names.typeName(model.name)), access: nil, conformances: [.runtime("Validatable")],
            members: [.function(FunctionDeclaration(
                kind: .function("validate"),
                parameters: [.init(label: "at", name: "path", type: .jsonPath),
                             .init(label: "into", name: "report", type: .runtime("ValidationReport"), isInout: true)],
                body: body,
                documentation: Documentation(paragraphs: ["Adds a violation to `report` for every constraint of the spec this value breaks."],
                                             remark: remark(model.location))
            ))]
        ))
    }

    /// Statements that check one field, unwrapping it first when it may be absent or null.
    private func validation(of field: Field, named memberName: String) -> [Statement] {
        let path = Expression.name("path") + Expression.name("CodingKeys").dot(SwiftNaming.escapedMember(memberName)).dot("rawValue")
        let value = names.localName(memberName)
        let storage = FieldStorage(field)
        let checks = valueChecks(field.schema, value: storage == .required ? .selfMember(memberName) : .name(value), path: path,
                                 isSensitive: field.isSensitive)
        guard !checks.isEmpty else { return [] }
        switch storage {
        case .required:
            return checks
        case .optional, .requiredNullable:
            return [.ifThen([.optionalBinding(value, value: value == memberName ? nil : .selfMember(memberName))], checks)]
        case .optionalNullable:
            return [.ifThen([.matches(.enumCase("value", associatedValues: [.binding(value)]), value: .selfMember(memberName))], checks)]
        }
    }

    /// The `report.check` calls for a value of `schema`; empty when nothing constrains it.
    func valueChecks(_ schema: Schema, value: Expression, path: Expression, isSensitive: Bool = false) -> [Statement] {
        let constraints = schema.constraints
        switch schema.kind {
        case .string(let format):
            var arguments: [Expression.Argument] = []
            if let min = constraints.minLength { arguments.append(.init("minLength", .integer(min))) }
            if let max = constraints.maxLength { arguments.append(.init("maxLength", .integer(max))) }
            if let pattern = constraints.pattern { arguments.append(.init("pattern", .string(pattern))) }
            if format == .uri { arguments.append(.init("format", .dot("uri"))) }
            // Only pattern and format messages quote the value; a secret must not appear in them.
            if isSensitive, constraints.pattern != nil || format == .uri { arguments.append(.init("isSensitive", .boolean(true))) }
            return arguments.isEmpty ? [] : [check(value, path, arguments)]
        case .integer, .number:
            var arguments: [Expression.Argument] = []
            if let min = constraints.minimum { arguments.append(.init("minimum", .number(min))) }
            if let max = constraints.maximum { arguments.append(.init("maximum", .number(max))) }
            return arguments.isEmpty ? [] : [check(value, path, arguments)]
        case .reference(let name):
            return isEnum(schema) || needsValidation(name) ? [check(value, path, [])] : []
        case .array(let items):
            var counts: [Expression.Argument] = []
            if let min = constraints.minItems { counts.append(.init("minItems", .integer(min))) }
            if let max = constraints.maxItems { counts.append(.init("maxItems", .integer(max))) }
            if case .reference(let name) = items.kind, !isEnum(items), needsValidation(name) {
                return [check(value, path, counts)]
            }
            var checks: [Statement] = counts.isEmpty ? [] : [
                .expression(Self.report.dot("checkCount").call([.init(nil, value.dot("count")), .init("at", path)] + counts)),
            ]
            let itemPath = path.dot("appending").call([.init("index", .name("index"))])
            let itemChecks = valueChecks(items, value: .name("item"), path: itemPath)
            if !itemChecks.isEmpty {
                checks.append(.forIn(pattern: .tuple([.identifier("index"), .identifier("item")]), sequence: value.dot("enumerated").call(), body: itemChecks))
            }
            return checks
        case .boolean, .object, .any:
            return []
        }
    }

    /// The validation report every `validate` adds to.
    static let report = Expression.name("report")

    /// `report.check(value, at: path, constraints…)`
    private func check(_ value: Expression, _ path: Expression, _ arguments: [Expression.Argument]) -> Statement {
        .expression(Self.report.dot("check").call([.init(nil, value), .init("at", path)] + arguments))
    }

    /// Whether a model has anything to check, directly or in the models it holds.
    func needsValidation(_ modelName: String) -> Bool { validatedModels.contains(modelName) }
}
