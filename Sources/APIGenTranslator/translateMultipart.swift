import APIGenIR
import APIGenSpec

extension Translator {
    /// `multipartParts()` of a model sent as a `multipart/form-data` body (`MultipartBody`, SPI like `JSONCodable`): each
    /// field once, in spec order, as the part its type makes. Scalars and enums are text parts (the text a query parameter
    /// would send), files are file parts (an array of files one part each, under the same name), every other type is a
    /// JSON part; an absent optional field sends no part, and kept unknown members follow the fields.
    func multipartConformance(_ model: Model, _ object: ObjectModel) -> Declaration {
        let memberNames = names.fieldNames(of: model.name)
        let storedNames = names.storedNames(of: model.name)
        let parts = Expression.name("parts")
        let part = TypeName.runtime("MultipartPart")
        var body: [Statement] = [.declaration(.var, name: "parts", type: .array(part), value: .array([]))]
        for (field, (name, stored)) in zip(object.fields, zip(memberNames, storedNames)) {
            let key = Expression.name("CodingKeys").dot(SwiftNaming.escapedMember(name)).dot("rawValue")
            func append(_ value: Expression, as schema: Schema) -> Statement {
                let (kind, content): (String, Expression) = switch schema.kind {
                case .bytes: ("file", value)
                case _ where isTextPart(schema): ("text", value)
                default: ("json", value.dot("encodeJSON").call())
                }
                return .expression(parts.dot("append").call([.init(nil, Expression.dot(kind).call([.init("name", key), .init(nil, content)]))]))
            }
            if let constant = field.schema.constraints.constant {
                body.append(append(constantLiteral(constant), as: field.schema))
                continue
            }
            // A bare name, unless it is a keyword or the local `parts`.
            let bare = SwiftNaming.escapedMember(stored) == stored && stored != "parts"
            func statements(_ value: Expression) -> [Statement] {
                guard case .array(let items) = field.schema.kind, case .bytes = items.kind else { return [append(value, as: field.schema)] }
                // Several files under one name (Cloudflare's Workers modules): one part each.
                let file = stored == "file" ? "item" : "file"
                return [.forIn(pattern: .identifier(file), sequence: value, body: [append(.name(file), as: items)])]
            }
            switch FieldStorage(field) {
            case .required:
                body += statements(bare ? .name(stored) : .selfMember(stored))
            case .optional, .requiredNullable, .optionalNullable:  // lint allows no nullable part
                let local = bare ? stored : "value"
                body.append(.ifThen([.optionalBinding(local, value: bare ? nil : .selfMember(stored))], statements(.name(local))))
            }
        }
        if object.unknownFields == .keep {
            body.append(.expression(parts.dot("append").call([.init("contentsOf", Expression.type(part).dot("unknownFields").call([.init(nil, .name("unknownFields"))]))])))
        }
        body.append(.returnStatement(parts))
        let function = FunctionDeclaration(
            kind: .function("multipartParts"), returnType: .array(part), body: body,
            documentation: Documentation(paragraphs: [
                "The parts of the `multipart/form-data` body, in spec order: scalars as text, files as file parts, other fields as JSON; absent fields send none.",
            ])
        )
        return .type(TypeDeclaration(kind: .extension, name: .local(names.typeName(model.name)), access: nil, spi: Translator.runtimeSPI,
                                     conformances: [.runtime("MultipartBody")], members: [.function(function)]))
    }

    /// Whether a field's value is a text part: a string (any format), a number, a boolean or an enum.
    private func isTextPart(_ schema: Schema) -> Bool {
        switch schema.kind {
        case .string, .integer, .number, .boolean: true
        case .reference: isEnum(schema)
        case .array, .map, .object, .any, .bytes: false
        }
    }
}
