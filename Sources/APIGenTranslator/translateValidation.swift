import APIGenIR
import APIGenJSON
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
        let path: Expression = "path + CodingKeys.\(SwiftNaming.escapedMember(memberName)).rawValue"
        let value = names.localName(memberName)
        let storage = FieldStorage(field)
        let checks = valueChecks(field.schema, value: storage == .required ? "self." + memberName : value, path: path, isSensitive: field.isSensitive)
        guard !checks.isEmpty else { return [] }
        switch storage {
        case .required:
            return checks
        case .optional, .requiredNullable:
            let binding: Expression = value == memberName ? "let \(value)" : "let \(value) = self.\(memberName)"
            return [.ifThen(binding, checks)]
        case .optionalNullable:
            return [.ifThen("case .value(let \(value)) = self.\(memberName)", checks)]
        }
    }

    /// The `report.check` calls for a value of `schema`; empty when nothing constrains it.
    func valueChecks(_ schema: Schema, value: String, path: Expression, isSensitive: Bool = false) -> [Statement] {
        let constraints = schema.constraints
        switch schema.kind {
        case .string(let format):
            var arguments: [Expression] = []
            if let min = constraints.minLength { arguments.append("minLength: \(min)") }
            if let max = constraints.maxLength { arguments.append("maxLength: \(max)") }
            if let pattern = constraints.pattern { arguments.append("pattern: \(literal: pattern)") }
            if format == .uri { arguments.append("format: .uri") }
            // Only pattern and format messages quote the value; a secret must not appear in them.
            if isSensitive, constraints.pattern != nil || format == .uri { arguments.append("isSensitive: true") }
            return arguments.isEmpty ? [] : [call(value, path, arguments)]
        case .integer, .number:
            var arguments: [Expression] = []
            if let min = constraints.minimum { arguments.append("minimum: \(numberLiteral(min))") }
            if let max = constraints.maximum { arguments.append("maximum: \(numberLiteral(max))") }
            return arguments.isEmpty ? [] : [call(value, path, arguments)]
        case .reference(let name):
            return isEnum(schema) || needsValidation(name) ? [call(value, path, [])] : []
        case .array(let items):
            var counts: [Expression] = []
            if let min = constraints.minItems { counts.append("minItems: \(min)") }
            if let max = constraints.maxItems { counts.append("maxItems: \(max)") }
            if case .reference(let name) = items.kind, !isEnum(items), needsValidation(name) {
                return [call(value, path, counts)]
            }
            var checks: [Statement] = counts.isEmpty ? [] : ["report.checkCount(\(value).count, at: \(path), \(join(counts)))"]
            let itemChecks = valueChecks(items, value: "item", path: "(\(path)).appending(index: index)")
            if !itemChecks.isEmpty {
                checks.append(.forIn(pattern: "(index, item)", sequence: "\(value).enumerated()", body: itemChecks))
            }
            return checks
        case .boolean, .object, .any:
            return []
        }
    }

    private func call(_ value: String, _ path: Expression, _ arguments: [Expression]) -> Statement {
        arguments.isEmpty ? "report.check(\(value), at: \(path))" : "report.check(\(value), at: \(path), \(join(arguments)))"
    }

    func join(_ expressions: [Expression], separator: String = ", ") -> Expression {
        var segments: [Expression.Segment] = []
        for (index, expression) in expressions.enumerated() {
            if index > 0 { segments.append(.code(separator)) }
            segments += expression.segments
        }
        return Expression(segments: segments)
    }

    /// A bound as Swift code: the JSON spelling, which writes whole numbers without a fraction.
    private func numberLiteral(_ value: Double) -> String { JSONNumber(value).text }

    /// Whether a model has anything to check, directly or in the models it holds.
    func needsValidation(_ modelName: String) -> Bool { validatedModels.contains(modelName) }
}
