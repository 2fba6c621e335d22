import APIGenIR
import APIGenSpec

extension Translator {
    /// `init(json:at:)`: one pass over the members, a `case` per field, then required fields unwrapped.
    func decodingInitializer(_ model: Model, _ object: ObjectModel, _ memberNames: [String], _ storedNames: [String]) -> FunctionDeclaration {
        let keepsUnknown = object.unknownFields == .keep
        var body: [Statement] = [.constant("object", Expression.name("json").dot("objectMembers").call([.init("at", .name("path"))]).tried)]
        for (field, name) in zip(object.fields, memberNames) {
            let type = swiftType(field.schema)
            let local = names.localName(name)
            if field.isConstant {
                // A constant is checked as it is decoded; a required one is then only looked for.
                if field.isRequired { body.append(.declaration(.var, name: local, type: type.optional, value: nil)) }
                continue
            }
            switch FieldStorage(field) {
            case .required, .optional: body.append(.declaration(.var, name: local, type: type.optional, value: nil))
            case .requiredNullable, .optionalNullable: body.append(.declaration(.var, name: local, type: .nullable(type), value: .dot("absent")))
            }
        }
        if keepsUnknown { body.append(.declaration(.var, name: "unknownFields", type: nil, value: .initializer(.jsonObject))) }
        if let additional = object.additionalFields {
            body.append(.declaration(.var, name: "additionalFields", type: swiftType(additional), value: .dictionary([])))
        }

        let member = Expression.name("member")
        let memberPath = Expression.name("path") + member.dot("key")
        var cases: [SwitchCase] = zip(object.fields, memberNames).map { field, memberName in
            let name = names.localName(memberName)
            let key = Pattern.optional(.enumCase(SwiftNaming.escapedMember(memberName), associatedValues: []))
            let storedType = switch FieldStorage(field) {
            case .required, .optional: swiftType(field.schema)
            case .requiredNullable, .optionalNullable: TypeName.nullable(swiftType(field.schema))
            }
            var decode = Statement.assignment(
                target: .name(name), value: Expression.initializer(storedType, [.init("json", member.dot("value")), .init("at", memberPath)]).tried
            )
            if let constant = field.schema.constraints.constant {
                let check = Expression.runtimeFunction("requireConstant")
                    .call([.init(nil, constantLiteral(constant)), .init("json", member.dot("value")), .init("at", memberPath)])
                decode = .assignment(target: .name(field.isRequired ? name : "_"), value: check.tried)
            }
            // A `null` for an optional field is not a value; in models that keep unknown members it
            // falls through to `default` and is kept, so re-encoding gives back the same JSON.
            let skipsNull = keepsUnknown && FieldStorage(field) == .optional
            return SwitchCase(patterns: [key], where: skipsNull ? .not(member.dot("value").dot("isNull")) : nil, body: [decode])
        }
        let unknownMember: Statement
        if let additional = object.additionalFields, case .map(let values) = additional.kind {
            unknownMember = .assignment(target: Expression.name("additionalFields").subscripted(member.dot("key")),
                                        value: Expression.initializer(swiftType(values), [.init("json", member.dot("value")), .init("at", memberPath)]).tried)
        } else if keepsUnknown {
            unknownMember = .expression(Expression.name("unknownFields").dot("appendUnchecked").call([.init("key", member.dot("key")), .init("value", member.dot("value"))]))
        } else {
            unknownMember = .throwStatement(.initializer(.runtime("DecodingFailure"), [.init("path", memberPath), .init("reason", .dot("unknownField"))]))
        }
        if cases.isEmpty {
            // No fields: every member is unknown.
            body.append(.forIn(pattern: .identifier("member"), sequence: .name("object"), body: [unknownMember]))
        } else {
            cases.append(SwitchCase(patterns: nil, body: [unknownMember]))
            let codingKey = Expression.initializer(.local("CodingKeys"), [.init("rawValue", member.dot("key"))])
            body.append(.forIn(pattern: .identifier("member"), sequence: .name("object"), body: [.switchStatement(subject: codingKey, cases: cases)]))
        }

        for (field, (name, stored)) in zip(object.fields, zip(memberNames, storedNames)) {
            let local = Expression.name(names.localName(name))
            if field.isConstant {
                if field.isRequired {
                    let required = Expression.runtimeFunction("requireField").call([.init(nil, local), .init(nil, .string(field.name)), .init("at", .name("path"))])
                    body.append(.assignment(target: .name("_"), value: required.tried))
                }
                continue
            }
            switch FieldStorage(field) {
            case .required, .requiredNullable:
                let required = Expression.runtimeFunction("requireField").call([.init(nil, local), .init(nil, .string(field.name)), .init("at", .name("path"))])
                body.append(.assignment(target: .selfMember(stored), value: required.tried))
            case .optional, .optionalNullable:
                body.append(.assignment(target: .selfMember(stored), value: local))
            }
        }
        if keepsUnknown { body.append(.assignment(target: .selfMember("unknownFields"), value: .name("unknownFields"))) }
        if object.additionalFields != nil { body.append(.assignment(target: .selfMember("additionalFields"), value: .name("additionalFields"))) }
        return FunctionDeclaration(
            kind: .initializer,
            parameters: [.init(name: "json", type: .jsonValue), .init(label: "at", name: "path", type: .jsonPath)],
            throwsClause: .typed(.runtime("DecodingFailure")), body: body,
            documentation: Documentation(
                paragraphs: ["Decodes a value from JSON; `path` locates it in the document for error messages."],
                throwsText: keepsUnknown || object.additionalFields != nil
                    ? "`DecodingFailure` naming the field when a member has the wrong type or a required one is missing."
                    : "`DecodingFailure` naming the field when a member has the wrong type, a required one is missing, or a member is unknown."
            )
        )
    }

    /// `encodeJSON()`: fields in spec order, then the kept unknown members.
    func encodeFunction(_ object: ObjectModel, _ memberNames: [String], _ storedNames: [String], keepsUnknown: Bool) -> FunctionDeclaration {
        // Nothing to add to an object without fields or kept members: a `var` would warn.
        let binding: PropertyDeclaration.Binding = object.fields.isEmpty && !keepsUnknown && object.additionalFields == nil ? .let : .var
        var body: [Statement] = [.declaration(binding, name: "object", type: nil, value: .initializer(.jsonObject))]
        let encoder = Expression.name("object")
        for (field, (name, stored)) in zip(object.fields, zip(memberNames, storedNames)) {
            let key = Expression.name("CodingKeys").dot(SwiftNaming.escapedMember(name)).dot("rawValue")
            if let constant = field.schema.constraints.constant {
                // Always sent: the one value the API accepts.
                body.append(.expression(encoder.dot("encode").call([.init(nil, constantLiteral(constant)), .init("forKey", key)])))
                continue
            }
            let method = switch FieldStorage(field) {
            case .required: "encode"
            case .requiredNullable: "encodeNullable"
            case .optional: "encodeIfPresent"
            case .optionalNullable: "encodeUnlessAbsent"
            }
            // `self.` only where a bare name would be a keyword or the local `object`.
            let value: Expression = SwiftNaming.escapedMember(stored) == stored && stored != "object" ? .name(stored) : .selfMember(stored)
            body.append(.expression(encoder.dot(method).call([.init(nil, value), .init("forKey", key)])))
        }
        if keepsUnknown { body.append(.expression(encoder.dot("encodeUnknownFields").call([.init(nil, .name("unknownFields"))]))) }
        if object.additionalFields != nil { body.append(.expression(encoder.dot("encodeAdditionalFields").call([.init(nil, .name("additionalFields"))]))) }
        body.append(.returnStatement(Expression.dot("object").call([.init(nil, encoder)])))
        return FunctionDeclaration(kind: .function("encodeJSON"), returnType: .jsonValue, body: body,
                                   documentation: Documentation(paragraphs: ["The value as JSON: set fields in spec order, absent ones left out."]))
    }
}
