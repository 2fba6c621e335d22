import APIGenIR
import APIGenSpec

extension Translator {
    /// For models with sensitive fields: a mirror and a debug description that show every field but
    /// print secrets as `<redacted>`, so `print`, `dump`, string interpolation and debuggers never
    /// reveal them. (`CustomStringConvertible` is not used: a model may have a `description` field.)
    func redaction(_ model: Model, _ object: ObjectModel) -> Declaration? {
        guard object.fields.contains(where: \.isSensitive) else { return nil }
        let typeName = names.typeName(model.name)
        let children = zip(object.fields, zip(names.fieldNames(of: model.name), names.storedNames(of: model.name)))
            .map { field, names -> Expression.DictionaryElement in
            let (name, stored) = names
            let value: Expression = field.isSensitive
                ? Expression.type(.runtime("Redacted")).dot("mask").call([.init(nil, .selfMember(stored))]) : .selfMember(stored)
            // `Any` is a keyword: it cannot be shadowed, nor qualified.
            return .init(.string(name), .cast(value, .local("Any")))
        }
        return .type(TypeDeclaration(
            kind: .extension, name: .local(typeName), access: nil, conformances: [.swift("CustomReflectable"), .swift("CustomDebugStringConvertible")],
            members: [
                .property(PropertyDeclaration(
                    name: "customMirror", type: .swift("Mirror"),
                    getter: [.expression(.initializer(.swift("Mirror"), [
                        .init(nil, .name("self")), .init("children", .dictionary(children)), .init("displayStyle", .dot("struct")),
                    ]))],
                    documentation: Documentation(paragraphs: ["Every field, with secrets shown as `<redacted>`."])
                )),
                .property(PropertyDeclaration(
                    name: "debugDescription", type: .string,
                    getter: [.expression(Expression.name("customMirror").dot("fieldDescription").call([.init("typeName", .string(typeName))]))],
                    documentation: Documentation(paragraphs: ["The fields, with secrets shown as `<redacted>`."])
                )),
            ]
        ))
    }
}
