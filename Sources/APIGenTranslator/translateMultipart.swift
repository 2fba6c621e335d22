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
            if let constant = field.schema.constraints.constant {
                body += partStatements(name: key, value: constantLiteral(constant), schema: field.schema, avoiding: stored)
                continue
            }
            // A bare name, unless it is a keyword or the local `parts`.
            let bare = SwiftNaming.escapedMember(stored) == stored && stored != "parts"
            switch FieldStorage(field) {
            case .required:
                body += partStatements(name: key, value: bare ? .name(stored) : .selfMember(stored), schema: field.schema, avoiding: stored)
            case .optional, .requiredNullable, .optionalNullable:  // lint allows no nullable part
                let local = bare ? stored : "value"
                body.append(.ifThen([.optionalBinding(local, value: bare ? nil : .selfMember(stored))],
                                    partStatements(name: key, value: .name(local), schema: field.schema, avoiding: local)))
            }
        }
        if let values = object.additionalFields?.element {
            // Members by any name: a part each, named by its key.
            body.append(.forIn(pattern: .tuple([.identifier("key"), .identifier("value")]), sequence: .name("additionalFields"),
                               body: partStatements(name: .name("key"), value: .name("value"), schema: values, avoiding: "value")))
        }
        if object.unknownFields == .keep {
            body.append(.expression(parts.dot("append").call([.init("contentsOf", Expression.type(part).dot("unknownFields").call([.init(nil, .name("unknownFields"))]))])))
        }
        body.append(.returnStatement(parts))
        let function = FunctionDeclaration(
            kind: .function("multipartParts"), returnType: .array(part), body: body,
            documentation: Documentation(paragraphs: [
                "The parts of the `multipart/form-data` body, in spec order: scalars as text, files as file parts, other fields as JSON; absent fields send none."
                    + (object.additionalFields == nil ? "" : " Then each additional field, named by its key."),
            ])
        )
        return .type(TypeDeclaration(kind: .extension, name: .local(names.typeName(model.name)), access: nil, spi: Translator.runtimeSPI,
                                     conformances: [.runtime("MultipartBody")], members: [.function(function)]))
    }

    /// The statements appending the part or parts of `value`, of type `schema`, named `name`: an array of files one file
    /// part each (its loop variable `file`, or `item` when `avoiding` is `file`).
    private func partStatements(name: Expression, value: Expression, schema: Schema, avoiding: String) -> [Statement] {
        func append(_ value: Expression, as schema: Schema) -> Statement {
            let (kind, content): (String, Expression) = switch schema.kind {
            case .bytes: ("file", value)
            case _ where isTextPart(schema): ("text", value)
            default: ("json", value.dot("encodeJSON").call())
            }
            return .expression(Expression.name("parts").dot("append").call([.init(nil, Expression.dot(kind).call([.init("name", name), .init(nil, content)]))]))
        }
        guard case .array(let items) = schema.kind, case .bytes = items.kind else { return [append(value, as: schema)] }
        // Several files under one name (Cloudflare's Workers modules): one part each.
        let file = avoiding == "file" ? "item" : "file"
        return [.forIn(pattern: .identifier(file), sequence: value, body: [append(.name(file), as: items)])]
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
