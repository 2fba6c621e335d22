import APIGenJSON
import APIGenIR
import APIGenSpec

extension Translator {
    /// A union: an enum with a case per variant carrying its value, plus `unknown(JSONValue)` when
    /// answers carry it. Decoding follows the union's ``UnionDispatch``, decided here, once.
    func translateUnion(_ model: Model, _ union: UnionModel) -> Declaration {
        let caseNames = names.caseNames(of: model.name)
        let isOpen = isOpenUnion(model.name)
        let dispatch = unionDispatch(model.name)
        var members: [Declaration] = zip(union.variants.indices, caseNames).map { index, name in
            .enumCase(EnumCaseDeclaration(
                name: SwiftNaming.escapedMember(name), associatedType: swiftType(union.variants[index].schema),
                isIndirect: recursion.closesCycle(index, of: model.name),
                documentation: Documentation(paragraphs: [variantDescription(union.variants[index], index, dispatch)])
            ))
        }
        if isOpen {
            members.append(.enumCase(EnumCaseDeclaration(
                name: "unknown", associatedType: .jsonValue,
                documentation: Documentation(paragraphs: ["A value of none of the variants this version of the spec lists; it decodes and re-encodes unchanged, but requests refuse it."])
            )))
        }
        members.append(.function(unionDecodingInitializer(model, union, caseNames, isOpen: isOpen)))
        let encodeCases = zip(union.variants, caseNames).map { _, name in
            SwitchCase(patterns: [.enumCase(SwiftNaming.escapedMember(name), associatedValues: [.binding("value")])],
                       body: [.returnStatement(Expression.name("value").dot("encodeJSON").call())])
        } + (isOpen ? [SwitchCase(patterns: [.enumCase("unknown", associatedValues: [.binding("value")])], body: [.returnStatement(.name("value"))])] : [])
        members.append(.function(FunctionDeclaration(
            kind: .function("encodeJSON"), returnType: .jsonValue, body: [.switchStatement(subject: .name("self"), cases: encodeCases)],
            documentation: Documentation(paragraphs: ["The value as JSON: the variant's own JSON\(isOpen ? ", or the unknown value as it was decoded" : "")."])
        )))
        return .type(TypeDeclaration(kind: .enum, name: .local(names.typeName(model.name)), conformances: [.runtime("JSONModel")],
                                     documentation: modelDocumentation(model), members: members))
    }

    /// The discriminator values that select each variant, by variant index (empty without a discriminator).
    private func discriminatorValues(_ model: Model) -> [Int: [String]] {
        guard case .discriminator(_, let values) = unionDispatch(model.name) else { return [:] }
        return Dictionary(grouping: values, by: \.variant).mapValues { $0.map(\.value) }
    }

    /// The union's decision table, made once in `init`.
    func unionDispatch(_ modelName: String) -> UnionDispatch { unionDispatches[modelName] ?? .shape([]) }

    /// Whether answers carry the union, so it keeps a value of no known variant as `unknown`.
    func isOpenUnion(_ modelName: String) -> Bool { usage.directions(of: modelName).contains(.response) }

    /// `A \`SaaSApplication\`: JSON \`"type": "saas"\`.`, `A \`PurgeTags\`: a JSON object with \`tags\`.`, `A JSON string.`
    private func variantDescription(_ variant: UnionModel.Variant, _ index: Int, _ dispatch: UnionDispatch) -> String {
        let what = variant.schema.referencedModel.map { "A `\(names.typeName($0))`" }
            ?? (variant.schema.category == .map ? "A JSON object of named values" : "A JSON \(variant.schema.category.rawValue)")
        switch dispatch {
        case .discriminator(let field, let values):
            let json = values.filter { $0.variant == index }.map { "`\"\(field)\": \"\($0.value)\"`" }
            return json.isEmpty ? what + "." : "\(what): JSON \(json.joined(separator: " or "))."
        case .shape(let rules):
            switch rules.first(where: { $0.variant == index })?.test {
            case .hasMember(let members)?: return "\(what): a JSON object with " + members.map { "`\($0)`" }.joined(separator: " or ") + "."
            case .isOneOf(let values)?: return "\(what): JSON " + values.map { "`\(JSONSerializer.string($0.json))`" }.joined(separator: " or ") + "."
            case .isWholeNumber?: return "\(what): a whole JSON number."
            case .any?, nil: return what + "."
            }
        }
    }

    /// `init(json:at:)`: one `switch` on the discriminator's value or on the JSON's kind (and a member only one
    /// object variant requires), then the chosen variant's own decoder. No variant is tried and discarded.
    private func unionDecodingInitializer(_ model: Model, _ union: UnionModel, _ caseNames: [String], isOpen: Bool) -> FunctionDeclaration {
        let json = Expression.name("json")
        func decode(_ variant: Int) -> [Statement] {
            let value = Expression.initializer(swiftType(union.variants[variant].schema), [.init("json", json), .init("at", .name("path"))]).tried
            return [.assignment(target: .name("self"), value: Expression.dot(SwiftNaming.escapedMember(caseNames[variant])).call([.init(nil, value)]))]
        }
        let subject: Expression
        var cases: [SwitchCase]
        let expected: [String]
        let field: Expression
        switch unionDispatch(model.name) {
        case .discriminator(let name, let values):
            subject = json.dot("discriminator").call([.init(nil, .string(name))])
            cases = values.map { SwitchCase(patterns: [.optional(.value(.string($0.value)))], body: decode($0.variant)) }
            expected = values.map(\.value)
            field = .string(name)
        case .shape(let rules):
            subject = json
            cases = rules.map { shapeCase($0, body: decode($0.variant)) }
            expected = rules.map { rule in
                let noun = [.array, .object].contains(rule.shape) ? "an \(rule.shape.rawValue)" : "a \(rule.shape.rawValue)"
                switch rule.test {
                case .any: return noun
                case .hasMember(let members): return "\(noun) with " + members.map { "'\($0)'" }.joined(separator: " or ")
                case .isOneOf(let values): return values.map { JSONSerializer.string($0.json) }.joined(separator: " or ")
                case .isWholeNumber: return "a whole number"
                }
            }
            field = .nil
        }
        let noVariant: Statement = isOpen
            ? .assignment(target: .name("self"), value: Expression.dot("unknown").call([.init(nil, json)]))
            : .throwStatement(Expression.type(.runtime("DecodingFailure")).dot("noVariant").call([
                .init(nil, json), .init("discriminator", field), .init("expected", .array(expected.map { .string($0) })), .init("at", .name("path")),
            ]))
        cases.append(SwitchCase(patterns: nil, body: [noVariant]))
        return FunctionDeclaration(
            kind: .initializer,
            parameters: [.init(name: "json", type: .jsonValue), .init(label: "at", name: "path", type: .jsonPath)],
            throwsClause: .typed(.runtime("DecodingFailure")), body: [.switchStatement(subject: subject, cases: cases)],
            documentation: Documentation(
                paragraphs: ["Decodes a value from JSON; `path` locates it in the document for error messages. The variant is decided once, "
                    + (union.discriminator.map { "by the value of `\($0.field)`" } ?? "by the kind of JSON value") + ", then decoded by its own type."],
                throwsText: isOpen
                    ? "`DecodingFailure` naming the field when the chosen variant does not decode; a value of no variant is kept as `unknown`."
                    : "`DecodingFailure` naming the field when the value is of no variant or the chosen variant does not decode."
            )
        )
    }

    /// `case .object(let object) where object["files"] != nil`, `case .string("auto"), .string("off")`: one row of a shape decision.
    private func shapeCase(_ rule: UnionDispatch.ShapeRule, body: [Statement]) -> SwitchCase {
        let jsonCase = rule.shape == .boolean ? "bool" : rule.shape.rawValue
        switch rule.test {
        case .any:
            return SwitchCase(patterns: [.enumCase(jsonCase, associatedValues: [])], body: body)
        case .hasMember(let members):
            let present = members.map { Expression.binary(Expression.name("object").subscripted(.string($0)), .notEqual, .nil) }
            return SwitchCase(patterns: [.enumCase(jsonCase, associatedValues: [.binding("object")])],
                              where: present.dropFirst().reduce(present[0]) { .binary($0, .or, $1) }, body: body)
        case .isOneOf(let values):
            let strings = values.compactMap { value -> Pattern? in
                if case .string(let text) = value { .enumCase(jsonCase, associatedValues: [.value(.string(text))]) } else { nil }
            }
            guard strings.count < values.count else { return SwitchCase(patterns: strings, body: body) }
            let integers = values.compactMap { value -> Expression? in if case .integer(let number) = value { .integer(number) } else { nil } }
            return SwitchCase(patterns: [.enumCase(jsonCase, associatedValues: [.binding("number")])],
                              where: Expression.name("number").dot("isOne").call([.init("of", .array(integers))]), body: body)
        case .isWholeNumber:
            return SwitchCase(patterns: [.enumCase(jsonCase, associatedValues: [.binding("number")])],
                              where: Expression.name("number").dot("isWholeNumber"), body: body)
        }
    }

    /// `validate(at:into:)` of a union: the carried value's checks, at the union's own path (the variant does not add
    /// to paths); an unknown value is refused in requests.
    func unionValidation(_ model: Model, _ union: UnionModel) -> [Statement] {
        let caseNames = names.caseNames(of: model.name)
        let selectors = discriminatorValues(model)
        var cases = zip(union.variants.indices, caseNames).map { index, name in
            var checks = valueChecks(union.variants[index].schema, value: .name("value"), path: .name("path"))
            if let discriminator = union.discriminator, let modelName = union.variants[index].schema.referencedModel,
               let object = spec.model(named: modelName)?.objectModel,
               let position = object.fields.firstIndex(where: { $0.name == discriminator.field }),
               let kind = object.fields[position].discriminatorMember(in: spec),
               // A constant, or an enum whose every value selects this variant, cannot name another one.
               !(kind.fixedValues.map { Set($0).isSubset(of: selectors[index] ?? []) } ?? false) {
                var member = Expression.name("value").dot(SwiftNaming.escapedMember(names.fieldNames(of: modelName)[position]))
                if case .enumeration = kind {
                    // An optional member left out names no variant: the check takes `nil` and passes.
                    member = (object.fields[position].isRequired ? member : member.optionallyChained).dot("rawValue")
                }
                checks.insert(.expression(Self.report.dot("checkDiscriminator").call([
                    .init(nil, member), .init("at", Expression.name("path") + .string(discriminator.field)),
                    .init("allowed", .array((selectors[index] ?? []).map { .string($0) })),
                ])), at: 0)
            }
            return SwitchCase(patterns: [.enumCase(SwiftNaming.escapedMember(name), associatedValues: checks.isEmpty ? [] : [.binding("value")])], body: checks)
        }
        if isOpenUnion(model.name) {
            let variants = union.variants.map { $0.schema.referencedModel ?? $0.schema.category.rawValue }
            cases.append(SwitchCase(patterns: [.enumCase("unknown", associatedValues: [])], body: [
                .expression(Self.report.dot("refuseUnknownVariant").call([.init("at", .name("path")), .init("variants", .array(variants.map { .string($0) }))])),
            ]))
        }
        return [.switchStatement(subject: .name("self"), cases: cases)]
    }
}
