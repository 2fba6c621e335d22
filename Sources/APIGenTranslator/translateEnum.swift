import APIGenIR
import APIGenSpec

extension Translator {
    /// An open enum: a case per documented value plus `unknown(String)`, or `unknown(Int)` for an enum of whole numbers.
    func translateEnum(_ model: Model, _ enumeration: EnumModel) -> Declaration {
        let typeName = names.typeName(model.name)
        let rawType: TypeName = switch enumeration.rawType {
        case .string: .string
        case .integer: .int
        }
        let caseNames = names.caseNames(of: model.name)
        var members: [Declaration] = zip(enumeration.values, caseNames).map { value, name in
            .enumCase(EnumCaseDeclaration(
                name: SwiftNaming.escapedMember(name),
                documentation: Documentation(paragraphs: [value.description ?? ""], remark: "JSON \(Self.quoted(value.value)).")
            ))
        }
        members.append(.enumCase(EnumCaseDeclaration(
            name: "unknown", associatedType: rawType,
            documentation: Documentation(paragraphs: ["A value this version of the spec does not list; it decodes and re-encodes unchanged, but requests refuse it."])
        )))
        let rawCases = zip(enumeration.values, caseNames).map { value, name in
            SwitchCase(patterns: [.value(Self.literal(value.value))], body: [.assignment(target: .name("self"), value: .dot(SwiftNaming.escapedMember(name)))])
        }
        members.append(.function(FunctionDeclaration(
            kind: .initializer, parameters: [.init(name: "rawValue", type: rawType)],
            body: [.switchStatement(subject: .name("rawValue"), cases: rawCases + [SwitchCase(patterns: nil, body: [
                .assignment(target: .name("self"), value: Expression.dot("unknown").call([.init(nil, .name("rawValue"))])),
            ])])],
            documentation: Documentation(paragraphs: ["The case for `rawValue`; values the spec does not list become `unknown`."])
        )))
        let valueCases = zip(enumeration.values, caseNames).map { value, name in
            SwitchCase(patterns: [.enumCase(SwiftNaming.escapedMember(name), associatedValues: [])], body: [.expression(Self.literal(value.value))])
        }
        members.append(.property(PropertyDeclaration(
            name: "rawValue", type: rawType,
            getter: [.switchStatement(subject: .name("self"), cases: valueCases + [
                SwitchCase(patterns: [.enumCase("unknown", associatedValues: [.binding("value")])], body: [.expression(.name("value"))]),
            ])],
            documentation: Documentation(paragraphs: ["The JSON value."])
        )))
        members.append(.property(PropertyDeclaration(
            isStatic: true, binding: .let, name: "allCases", type: .array(.local(typeName)),
            initialValue: .array(caseNames.map { .dot(SwiftNaming.escapedMember($0)) }),
            documentation: Documentation(paragraphs: ["The values the spec lists."])
        )))
        members.append(.property(PropertyDeclaration(
            name: "isKnown", type: .bool,
            getter: [.conditional([
                ConditionalBranch([.matches(.enumCase("unknown", associatedValues: []), value: .name("self"))], [.expression(.boolean(false))]),
                ConditionalBranch(nil, [.expression(.boolean(true))]),
            ])],
            documentation: Documentation(paragraphs: ["Whether the spec lists this value."])
        )))
        return .type(TypeDeclaration(kind: .enum, name: .local(typeName), conformances: [.runtime("OpenEnum")], documentation: modelDocumentation(model), members: members))
    }
}

extension Translator {
    /// An enum value as a Swift literal: `"cat"`, `2`.
    static func literal(_ value: EnumValue) -> Expression {
        switch value {
        case .string(let text): .string(text)
        case .integer(let number): .integer(number)
        }
    }

    /// An enum value as JSON in a doc comment: `"cat"` quoted, `2` as it is.
    static func quoted(_ value: EnumValue) -> String {
        switch value {
        case .string(let text): StringQuote.of(text)
        case .integer(let number): "`\(number)`"
        }
    }
}

/// A JSON string value quoted for prose in doc comments (not code): `"oauth"`.
enum StringQuote {
    static func of(_ value: String) -> String { "`\"\(value)\"`" }
}
