import APIGenIR
import APIGenJSON
import APIGenSpec

extension Translator {
    func translateModel(_ model: Model) -> [Declaration] {
        let declarations: [Declaration] = switch model.kind {
        case .object(let object): [translateObject(model, object)] + (redaction(model, object).map { [$0] } ?? [])
        case .enumeration(let enumeration): [translateEnum(model, enumeration)]
        case .union(let union): [translateUnion(model, union)]
        }
        let multipart = model.objectModel.flatMap { multipartBodies.contains(model.name) ? multipartConformance(model, $0) : nil }
        return declarations + [codingConformance(model)] + (multipart.map { [$0] } ?? [])
    }

    /// `JSONCodable`, the runtime's coding protocol, is SPI: the conformance that lets the runtime's
    /// generic helpers encode and decode the model is declared apart, visible to generated code only.
    private func codingConformance(_ model: Model) -> Declaration {
        .type(TypeDeclaration(kind: .extension, name: .local(names.typeName(model.name)), access: nil, spi: Translator.runtimeSPI,
                              conformances: [.runtime("JSONCodable")], members: []))
    }

    func modelDocumentation(_ model: Model) -> Documentation {
        Documentation(paragraphs: [model.description ?? "", model.source.map { "Source: \($0)" } ?? "", deprecationNote(model.deprecation)],
                      remark: remark(model.location))
    }

    private func translateObject(_ model: Model, _ object: ObjectModel) -> Declaration {
        let typeName = names.typeName(model.name)
        let memberNames = names.fieldNames(of: model.name)
        let storedNames = names.storedNames(of: model.name)
        let keepsUnknown = object.unknownFields == .keep
        var members: [Declaration] = object.fields.indices.flatMap { index -> [Declaration] in
            let field = object.fields[index], name = memberNames[index], stored = storedNames[index]
            // A field that closes a cycle of models is boxed: a struct cannot hold itself inline.
            let wrapper: TypeName? = recursion.closesCycle(index, of: model.name) ? .runtime("Indirect") : nil
            if let constant = field.schema.constraints.constant {
                // Not stored: the value cannot be set wrong, and is what decoding checked.
                return [.property(PropertyDeclaration(
                    name: SwiftNaming.escapedMember(name), type: swiftType(field.schema), getter: [.expression(constantLiteral(constant))],
                    documentation: documentation(for: field), deprecated: deprecated(field.deprecation)
                ))]
            }
            guard let deprecation = field.deprecation else {
                return [.property(PropertyDeclaration(name: SwiftNaming.escapedMember(name), type: swiftType(field), documentation: documentation(for: field),
                                                      wrapper: wrapper))]
            }
            return [
                .property(PropertyDeclaration(
                    name: SwiftNaming.escapedMember(name), type: swiftType(field), getter: [.expression(.selfMember(stored))],
                    setter: [.assignment(target: .selfMember(stored), value: .name("newValue"))], documentation: documentation(for: field),
                    deprecated: deprecated(deprecation)
                )),
                .property(PropertyDeclaration(access: nil, name: stored, type: swiftType(field),
                                              documentation: Documentation(paragraphs: ["The storage of `\(name)`, which is deprecated."]), wrapper: wrapper)),
            ]
        }
        if keepsUnknown {
            members.append(.property(PropertyDeclaration(
                name: "unknownFields", type: .jsonObject,
                documentation: Documentation(paragraphs: [
                    "Members the spec does not list (fields the API added later, or `null` sent for an optional field), kept so they can be read and are sent back unchanged when this value is encoded."
                ])
            )))
        }
        if let additional = object.additionalFields {
            members.append(.property(PropertyDeclaration(
                name: "additionalFields", type: swiftType(additional),
                documentation: Documentation(paragraphs: ["Members beside the fields above, by JSON name in the order they came: the API lets an object have any others, each of this type."])
            )))
        }
        // A model without fields has no keys (and an enum without cases cannot have a raw type).
        if !object.fields.isEmpty { members.append(.type(codingKeys(object, memberNames))) }
        var initializer = memberwiseInitializer(object, memberNames, storedNames, keepsUnknown: keepsUnknown)
        initializer.deprecated = deprecated(model.deprecation)
        members.append(.function(initializer))
        members.append(.function(decodingInitializer(model, object, memberNames, storedNames)))
        members.append(.function(encodeFunction(object, memberNames, storedNames, keepsUnknown: keepsUnknown)))
        return .type(TypeDeclaration(
            kind: .struct, name: .local(typeName), conformances: [.runtime("JSONModel")], documentation: modelDocumentation(model), members: members
        ))
    }

    /// A constant's value as a Swift literal (`false`, `3`, `"v1"`); the loader admits no other kinds.
    func constantLiteral(_ value: JSONValue) -> Expression {
        switch value {
        case .bool(let bool): .boolean(bool)
        case .number(let number): .integer(number.intValue ?? 0)
        case .string(let string): .string(string)
        default: .nil
        }
    }

    private func codingKeys(_ object: ObjectModel, _ memberNames: [String]) -> TypeDeclaration {
        let cases: [Declaration] = zip(object.fields, memberNames).map { field, name in
            .enumCase(EnumCaseDeclaration(name: SwiftNaming.escapedMember(name), rawValue: field.name == name ? nil : field.name))
        }
        return TypeDeclaration(
            kind: .enum, name: .local("CodingKeys"), conformances: [.string, .swift("CodingKey"), .swift("CaseIterable")],
            documentation: Documentation(paragraphs: ["The JSON name of each field."]), members: cases
        )
    }

    private func memberwiseInitializer(_ object: ObjectModel, _ memberNames: [String], _ storedNames: [String], keepsUnknown: Bool) -> FunctionDeclaration {
        let settable = zip(object.fields, zip(memberNames, storedNames)).filter { field, _ in !field.isConstant }
        var parameters = settable.map { field, names in
            let name = names.0
            let defaultValue: Expression? = switch FieldStorage(field) {
            case .required, .requiredNullable: nil
            case .optional: .nil
            case .optionalNullable: .dot("absent")
            }
            return FunctionDeclaration.Parameter(name: SwiftNaming.escapedMember(name), type: swiftType(field), defaultValue: defaultValue)
        }
        var body: [Statement] = settable.map { _, names in
            .assignment(target: .selfMember(names.1), value: .name(SwiftNaming.escapedMember(names.0)))
        }
        if keepsUnknown {
            parameters.append(.init(name: "unknownFields", type: .jsonObject, defaultValue: .initializer(.jsonObject)))
            body.append(.assignment(target: .selfMember("unknownFields"), value: .name("unknownFields")))
        }
        if let additional = object.additionalFields {
            parameters.append(.init(name: "additionalFields", type: swiftType(additional), defaultValue: .dictionary([])))
            body.append(.assignment(target: .selfMember("additionalFields"), value: .name("additionalFields")))
        }
        return FunctionDeclaration(kind: .initializer, parameters: parameters, body: body,
                                   documentation: Documentation(paragraphs: ["Creates a value from its fields; optional fields default to absent."]))
    }
}
