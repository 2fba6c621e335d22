import APIGenIR
import APIGenSpec

extension Translator {
    /// `Validatable` conformances of `models`, one group a model: one `report.check` per constrained field.
    /// Models with nothing to check get none, except request bodies, which the client always validates.
    func translateValidation(_ models: [Model]) -> DeclarationGroups {
        let requestBodies = Set(spec.operations.compactMap { operation -> String? in
            if case .reference(let name)? = operation.requestBody?.kind { name } else { nil }
        })
        return DeclarationGroups(count: models.count) { index in
            validationExtension(models[index], isRequestBody: requestBodies.contains(models[index].name)).map { [$0] } ?? []
        }
    }

    private func validationExtension(_ model: Model, isRequestBody: Bool) -> Declaration? {
        guard isRequestBody || needsValidation(model.name) else { return nil }
        var body: [Statement] = []
        switch model.kind {
        case .object(let object):
            for (field, (name, stored)) in zip(object.fields, zip(names.fieldNames(of: model.name), names.storedNames(of: model.name)))
            where !field.isConstant {  // a constant cannot be set wrong
                body += validation(of: field, named: name, stored: stored)
            }
            if !object.requiredAlternatives.isEmpty { body.append(requiredAlternativesCheck(model, object)) }
            if let additional = object.additionalFields {
                // The members sit beside the fields: each is checked at its own key of the object's path.
                body += valueChecks(additional, value: .selfMember("additionalFields"), path: .name("path"))
            }
        case .union(let union):
            body = unionValidation(model, union)
        case .enumeration:
            return nil
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

    /// `report.checkRequiredAlternatives([commitHash != nil, branch != nil], groups: [["commit_hash"], ["branch"]], at: path)`:
    /// whether each group is whole (its optional fields set; required ones always are), and the groups by JSON name.
    private func requiredAlternativesCheck(_ model: Model, _ object: ObjectModel) -> Statement {
        let stored = Dictionary(zip(object.fields.map(\.name), names.storedNames(of: model.name)), uniquingKeysWith: { first, _ in first })
        let present = object.requiredAlternatives.map { group -> Expression in
            let checks = group.compactMap { member -> Expression? in
                guard let field = object.fields.first(where: { $0.name == member.name }), let name = stored[member.name] else { return nil }
                switch FieldStorage(field) {
                case .required, .requiredNullable: return nil
                case .optional: return .binary(.selfMember(name), .notEqual, .nil)
                case .optionalNullable: return .not(Expression.selfMember(name).dot("isAbsent"))
                }
            }
            return checks.dropFirst().reduce(checks.first ?? .boolean(true)) { .binary($0, .and, $1) }
        }
        let groups = object.requiredAlternatives.map { Expression.array($0.map { .string($0.name) }) }
        return .expression(Self.report.dot("checkRequiredAlternatives").call([
            .init(nil, .array(present)), .init("groups", .array(groups)), .init("at", .name("path")),
        ]))
    }

    /// Statements that check one field, unwrapping it first when it may be absent or null.
    private func validation(of field: Field, named memberName: String, stored: String) -> [Statement] {
        let path = Expression.name("path") + Expression.name("CodingKeys").dot(SwiftNaming.escapedMember(memberName)).dot("rawValue")
        let value = names.localName(memberName)
        let storage = FieldStorage(field)
        let checks = valueChecks(field.schema, value: storage == .required ? .selfMember(stored) : .name(value), path: path,
                                 isSensitive: field.isSensitive)
        guard !checks.isEmpty else { return [] }
        switch storage {
        case .required:
            return checks
        case .optional, .requiredNullable:
            return [.ifThen([.optionalBinding(value, value: value == stored ? nil : .selfMember(stored))], checks)]
        case .optionalNullable:
            return [.ifThen([.matches(.enumCase("value", associatedValues: [.binding(value)]), value: .selfMember(stored))], checks)]
        }
    }

    /// The `report.check` calls for a value of `schema`; empty when nothing constrains it.
    /// `depth` counts the loops around it (over arrays and maps), whose variables get a suffix so nested ones do not shadow
    /// the outer ones the path still needs (`index`, then `index2`).
    func valueChecks(_ schema: Schema, value: Expression, path: Expression, isSensitive: Bool = false, depth: Int = 0) -> [Statement] {
        let constraints = schema.constraints
        switch schema.kind {
        case .string(let format):
            var arguments: [Expression.Argument] = []
            if let min = constraints.minLength { arguments.append(.init("minLength", .integer(min))) }
            if let max = constraints.maxLength { arguments.append(.init("maxLength", .integer(max))) }
            if let pattern = constraints.pattern { arguments.append(.init("pattern", .string(pattern))) }
            let checkedFormat = format.flatMap { $0.checksString ? $0 : nil }
            if let checkedFormat { arguments.append(.init("format", .dot(String(describing: checkedFormat)))) }
            // Only pattern and format messages quote the value; a secret must not appear in them.
            if isSensitive, constraints.pattern != nil || checkedFormat != nil { arguments.append(.init("isSensitive", .boolean(true))) }
            return arguments.isEmpty ? [] : [check(value, path, arguments)]
        case .integer, .number:
            var arguments: [Expression.Argument] = []
            // Each bound under its own key's name (`minimum: 0`, `exclusiveMinimum: 0`), lower first as the parameters are.
            for bound in [schema.checkedBounds.lower, schema.checkedBounds.upper].compactMap(\.self) {
                arguments.append(.init(bound.key.rawValue, .number(bound.value)))
            }
            if let divisor = constraints.multipleOf { arguments.append(.init("multipleOf", .number(divisor))) }
            return arguments.isEmpty ? [] : [check(value, path, arguments)]
        case .reference(let name):
            return isEnum(schema) || needsValidation(name) ? [check(value, path, [])] : []
        case .array(let items):
            let (index, item) = (Self.loopName("index", depth), Self.loopName("item", depth))
            let unique: [Statement] = constraints.uniqueItems
                ? [.expression(Self.report.dot("checkUnique").call([.init(nil, value), .init("at", path)]))] : []
            return unique + elementChecks(value, path, counts: [("minItems", constraints.minItems), ("maxItems", constraints.maxItems)],
                                 countMethod: "checkCount", element: items, depth: depth,
                                 loop: (.tuple([.identifier(index), .identifier(item)]), value.dot("enumerated").call(), item,
                                        path.dot("appending").call([.init("index", .name(index))])))
        case .map(let values):
            let (key, item) = (Self.loopName("key", depth), Self.loopName("item", depth))
            return elementChecks(value, path, counts: [("minProperties", constraints.minProperties), ("maxProperties", constraints.maxProperties)],
                                 countMethod: "checkPropertyCount", element: values, depth: depth,
                                 loop: (.tuple([.identifier(key), .identifier(item)]), value, item, path.dot("appending").call([.init(nil, .name(key))])))
        case .boolean, .object, .any, .bytes:
            return []
        }
    }

    /// The checks of an array or a map: a validated model's own `report.check` of the whole (counts and each element), or
    /// the count's check and a loop checking each element.
    private func elementChecks(
        _ value: Expression, _ path: Expression, counts bounds: [(label: String, bound: Int?)], countMethod: String, element: Schema, depth: Int,
        loop: (pattern: Pattern, sequence: Expression, element: String, elementPath: Expression)
    ) -> [Statement] {
        let counts = bounds.compactMap { label, bound in bound.map { Expression.Argument(label, .integer($0)) } }
        if case .reference(let name) = element.kind, !element.isNullable, !isEnum(element), needsValidation(name) {
            return [check(value, path, counts)]
        }
        var checks: [Statement] = counts.isEmpty ? [] : [
            .expression(Self.report.dot(countMethod).call([.init(nil, value.dot("count")), .init("at", path)] + counts)),
        ]
        let elementChecks = valueChecks(element, value: .name(loop.element), path: loop.elementPath, depth: depth + 1)
        if !elementChecks.isEmpty {
            // A `null` element has nothing to check; it still counts.
            let body = element.isNullable ? [Statement.ifThen([.optionalBinding(loop.element, value: nil)], elementChecks)] : elementChecks
            checks.append(.forIn(pattern: loop.pattern, sequence: loop.sequence, body: body))
        }
        return checks
    }

    /// A loop variable: `index` outside any other loop, `index2` inside one, and so on.
    private static func loopName(_ name: String, _ depth: Int) -> String { depth == 0 ? name : "\(name)\(depth + 1)" }

    /// The validation report every `validate` adds to.
    static let report = Expression.name("report")

    /// `report.check(value, at: path, constraints…)`
    private func check(_ value: Expression, _ path: Expression, _ arguments: [Expression.Argument]) -> Statement {
        .expression(Self.report.dot("check").call([.init(nil, value), .init("at", path)] + arguments))
    }

    /// Whether a model has anything to check, directly or in the models it holds.
    func needsValidation(_ modelName: String) -> Bool { validatedModels.contains(modelName) }
}
