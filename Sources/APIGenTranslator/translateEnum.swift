import APIGenIR
import APIGenSpec

extension Translator {
    /// An open enum: a case per documented value plus `unknown(String)`.
    func translateEnum(_ model: Model, _ enumeration: EnumModel) -> Declaration {
        let typeName = names.typeName(model.name)
        let caseNames = names.caseNames(of: model.name)
        var members: [Declaration] = zip(enumeration.values, caseNames).map { value, name in
            .enumCase(EnumCaseDeclaration(
                name: SwiftNaming.escapedMember(name),
                documentation: Documentation(paragraphs: [value.description ?? ""], remark: "JSON \(StringQuote.of(value.value)).")
            ))
        }
        members.append(.enumCase(EnumCaseDeclaration(
            name: "unknown", associatedType: .string,
            documentation: Documentation(paragraphs: ["A value this version of the spec does not list; it decodes and re-encodes unchanged, but requests refuse it."])
        )))
        let rawCases = zip(enumeration.values, caseNames).map { value, name in
            SwitchCase(patterns: [.literal(value.value)], body: [.line("self = .\(SwiftNaming.escapedMember(name))")])
        }
        members.append(.function(FunctionDeclaration(
            kind: .initializer, parameters: [.init(name: "rawValue", type: .string)],
            body: [.switchStatement(subject: "rawValue", cases: rawCases + [SwitchCase(patterns: nil, body: [.line("self = .unknown(rawValue)")])])],
            documentation: Documentation(paragraphs: ["The case for `rawValue`; values the spec does not list become `unknown`."])
        )))
        let valueCases = zip(enumeration.values, caseNames).map { value, name in
            SwitchCase(patterns: [Expression(stringLiteral: ".\(SwiftNaming.escapedMember(name))")], body: [.line(.literal(value.value))])
        }
        members.append(.property(PropertyDeclaration(
            name: "rawValue", type: .string,
            getter: [.switchStatement(subject: "self", cases: valueCases + [SwitchCase(patterns: [".unknown(let value)"], body: ["value"])])],
            documentation: Documentation(paragraphs: ["The JSON value."])
        )))
        members.append(.property(PropertyDeclaration(
            isStatic: true, binding: .let, name: "allCases", type: .array(.local(typeName)),
            initialValue: .array(caseNames.map { Expression(stringLiteral: "." + SwiftNaming.escapedMember($0)) }),
            documentation: Documentation(paragraphs: ["The values the spec lists."])
        )))
        members.append(.property(PropertyDeclaration(
            name: "isKnown", type: .bool,
            getter: [.conditional([ConditionalBranch("case .unknown = self", ["false"]), ConditionalBranch(nil, ["true"])])],
            documentation: Documentation(paragraphs: ["Whether the spec lists this value."])
        )))
        return .type(TypeDeclaration(kind: .enum, name: .local(typeName), conformances: [.runtime("OpenEnum")], documentation: modelDocumentation(model), members: members))
    }
}

/// A JSON string value quoted for prose in doc comments (not code): `"oauth"`.
enum StringQuote {
    static func of(_ value: String) -> String { "`\"\(value)\"`" }
}
