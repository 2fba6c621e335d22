import APIGenIR
import APIGenSpec

extension Translator {
    /// `init(json:at:)`: one pass over the members, a `case` per field, then required fields unwrapped.
    func decodingInitializer(_ model: Model, _ object: ObjectModel, _ memberNames: [String]) -> FunctionDeclaration {
        let keepsUnknown = object.unknownFields == .keep
        var body: [Statement] = [.line("let object = try json.objectMembers(at: path)")]
        for (field, name) in zip(object.fields, memberNames) {
            let type = swiftType(field.schema)
            let local = names.localName(name)
            switch FieldStorage(field) {
            case .required, .optional: body.append(.line("var \(local): \(type)?"))
            case .requiredNullable, .optionalNullable: body.append(.line("var \(local): \(TypeName.nullable(type)) = .absent"))
            }
        }
        if keepsUnknown { body.append(.line("var unknownFields = \(TypeName.jsonObject)()")) }

        var cases: [SwitchCase] = zip(object.fields, memberNames).map { field, memberName in
            let type = swiftType(field.schema)
            let name = names.localName(memberName)
            let key = "." + SwiftNaming.escapedMember(memberName) + "?"
            switch FieldStorage(field) {
            case .required:
                return SwitchCase(patterns: [Expression(stringLiteral: key)], body: [.line("\(name) = try \(type)(json: member.value, at: path + member.key)")])
            case .optional:
                // A `null` for an optional field is not a value; in models that keep unknown members it
                // falls through to `default` and is kept, so re-encoding gives back the same JSON.
                let pattern = keepsUnknown ? "\(key) where !member.value.isNull" : key
                return SwitchCase(patterns: [Expression(stringLiteral: pattern)], body: [.line("\(name) = try \(type)(json: member.value, at: path + member.key)")])
            case .requiredNullable, .optionalNullable:
                return SwitchCase(patterns: [Expression(stringLiteral: key)], body: [.line("\(name) = try \(TypeName.nullable(type))(json: member.value, at: path + member.key)")])
            }
        }
        cases.append(SwitchCase(patterns: nil, body: [
            keepsUnknown
                ? .line("unknownFields.appendUnchecked(key: member.key, value: member.value)")
                : .line("throw \(TypeName.runtime("DecodingFailure"))(path: path + member.key, reason: .unknownField)"),
        ]))
        body.append(.forIn(pattern: "member", sequence: "object", body: [.switchStatement(subject: "CodingKeys(rawValue: member.key)", cases: cases)]))

        for (field, name) in zip(object.fields, memberNames) {
            let local = names.localName(name)
            switch FieldStorage(field) {
            case .required, .requiredNullable:
                body.append(.line("self.\(name) = try \(Expression.runtimeFunction("requireField"))(\(local), \(literal: field.name), at: path)"))
            case .optional, .optionalNullable:
                body.append(.line("self.\(name) = \(local)"))
            }
        }
        if keepsUnknown { body.append(.line("self.unknownFields = unknownFields")) }
        return FunctionDeclaration(
            kind: .initializer,
            parameters: [.init(name: "json", type: .jsonValue), .init(label: "at", name: "path", type: .jsonPath)],
            throwsClause: .typed(.runtime("DecodingFailure")), body: body,
            documentation: Documentation(
                paragraphs: ["Decodes a value from JSON; `path` locates it in the document for error messages."],
                throwsText: keepsUnknown
                    ? "`DecodingFailure` naming the field when a member has the wrong type or a required one is missing."
                    : "`DecodingFailure` naming the field when a member has the wrong type, a required one is missing, or a member is unknown."
            )
        )
    }

    /// `encodeJSON()`: fields in spec order, then the kept unknown members.
    func encodeFunction(_ object: ObjectModel, _ memberNames: [String], keepsUnknown: Bool) -> FunctionDeclaration {
        var body: [Statement] = ["var object = \(TypeName.jsonObject)()"]
        for (field, name) in zip(object.fields, memberNames) {
            let method = switch FieldStorage(field) {
            case .required: "encode"
            case .requiredNullable: "encodeNullable"
            case .optional: "encodeIfPresent"
            case .optionalNullable: "encodeUnlessAbsent"
            }
            // `self.` only where a bare name would be a keyword or the local `object`.
            let value = SwiftNaming.escapedMember(name) == name && name != "object" ? name : "self." + name
            body.append(.line("object.\(method)(\(value), forKey: CodingKeys.\(SwiftNaming.escapedMember(name)).rawValue)"))
        }
        if keepsUnknown { body.append(.line("object.encodeUnknownFields(unknownFields)")) }
        body.append(.line("return .object(object)"))
        return FunctionDeclaration(kind: .function("encodeJSON"), returnType: .jsonValue, body: body,
                                   documentation: Documentation(paragraphs: ["The value as JSON: set fields in spec order, absent ones left out."]))
    }
}
