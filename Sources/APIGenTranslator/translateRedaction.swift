import APIGenIR
import APIGenSpec

extension Translator {
    /// For models with sensitive fields: a mirror and a debug description that show every field but
    /// print secrets as `<redacted>`, so `print`, `dump`, string interpolation and debuggers never
    /// reveal them. (`CustomStringConvertible` is not used: a model may have a `description` field.)
    func redaction(_ model: Model, _ object: ObjectModel) -> Declaration? {
        guard object.fields.contains(where: \.isSensitive) else { return nil }
        let typeName = names.typeName(model.name)
        let children = zip(object.fields, names.fieldNames(of: model.name)).map { field, name -> Expression in
            // `Any` is a keyword: it cannot be shadowed, nor qualified.
            let value: Expression = field.isSensitive ? "\(TypeName.runtime("Redacted")).mask(self.\(name)) as Any" : "self.\(name) as Any"
            return "\(literal: name): \(value)"
        }
        return .type(TypeDeclaration(
            kind: .extension, name: .local(typeName), access: nil, conformances: [.swift("CustomReflectable"), .swift("CustomDebugStringConvertible")],
            members: [
                .property(PropertyDeclaration(
                    name: "customMirror", type: .swift("Mirror"),
                    getter: [.line(.call(TypeName.swift("Mirror"), [.init(nil, "self"), .init("children", .array(children).asDictionaryLiteral), .init("displayStyle", ".struct")]))],
                    documentation: Documentation(paragraphs: ["Every field, with secrets shown as `<redacted>`."])
                )),
                .property(PropertyDeclaration(
                    name: "debugDescription", type: .string,
                    getter: [.line("customMirror.fieldDescription(typeName: \(literal: typeName))")],
                    documentation: Documentation(paragraphs: ["The fields, with secrets shown as `<redacted>`."])
                )),
            ]
        ))
    }
}
