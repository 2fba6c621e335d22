import APIGenJSON

extension SpecLoader {
    /// Keys that describe a type; fields and parameters add their own.
    static let schemaKeys = [
        "type", "ref", "format", "items", "minLength", "maxLength", "pattern", "minimum", "maximum",
        "minItems", "maxItems", "default", "example",
    ]

    static let typeNames = ["string", "integer", "number", "boolean", "array", "object", "any"]

    /// Reads the type part of a field, parameter, result or array item.
    func loadSchema(_ object: JSONObject, at path: JSONPath) -> Schema? {
        let location = reader.location(path)
        let kind: Schema.Kind
        switch (object["type"], object["ref"]) {
        case (nil, nil):
            reader.error("a type needs 'type' (one of \(Self.typeNames.joined(separator: ", "))) or 'ref' (a model name)", at: path)
            return nil
        case (.some, .some):
            reader.error("'type' and 'ref' cannot both be given: 'ref' names a model, which is its own type", at: path + "ref")
            return nil
        case (nil, .some):
            guard let name = reader.string(object, "ref", at: path) else { return nil }
            kind = .reference(name)
        case (.some(let typeValue), nil):
            guard case .string(let typeName) = typeValue else {
                reader.error("'type' must be a string, found \(typeValue.kind)", at: path + "type")
                return nil
            }
            switch typeName {
            case "string":
                var format: StringFormatName?
                if object["format"] != nil {
                    guard let parsed = reader.choice(object, "format", at: path, as: StringFormatName.self) else { return nil }
                    format = parsed
                }
                kind = .string(format: format)
            case "integer": kind = .integer
            case "number": kind = .number
            case "boolean": kind = .boolean
            case "object": kind = .object
            case "any": kind = .any
            case "array":
                guard let itemsValue = object["items"] else {
                    reader.error("an array type needs 'items'", at: path)
                    return nil
                }
                guard let items = reader.object(itemsValue, at: path + "items", allowed: Self.schemaKeys, what: "an items type"),
                      let itemSchema = loadSchema(items, at: path + "items")
                else { return nil }
                kind = .array(items: itemSchema)
            default:
                let suggestion = closest(to: typeName, in: Self.typeNames).map { "; did you mean '\($0)'?" } ?? ""
                reader.error("unknown type '\(typeName)'\(suggestion) (expected one of: \(Self.typeNames.joined(separator: ", ")))", at: path + "type")
                return nil
            }
        }
        checkApplicableKeys(object, kind: kind, at: path)

        var constraints = Constraints()
        constraints.minLength = reader.integer(object, "minLength", at: path, range: 0...Int(Int32.max))
        constraints.maxLength = reader.integer(object, "maxLength", at: path, range: 0...Int(Int32.max))
        constraints.pattern = reader.string(object, "pattern", at: path)
        constraints.minimum = reader.number(object, "minimum", at: path)
        constraints.maximum = reader.number(object, "maximum", at: path)
        constraints.minItems = reader.integer(object, "minItems", at: path, range: 0...Int(Int32.max))
        constraints.maxItems = reader.integer(object, "maxItems", at: path, range: 0...Int(Int32.max))
        return Schema(kind: kind, constraints: constraints, defaultValue: object["default"], example: object["example"], location: location)
    }

    /// A constraint that cannot apply to the type is a mistake worth reporting (`maxLength` on an integer).
    private func checkApplicableKeys(_ object: JSONObject, kind: Schema.Kind, at path: JSONPath) {
        let applicable: [String]
        switch kind {
        case .string: applicable = ["minLength", "maxLength", "pattern", "format"]
        case .integer, .number: applicable = ["minimum", "maximum"]
        case .array: applicable = ["items", "minItems", "maxItems"]
        case .boolean, .object, .any, .reference: applicable = []
        }
        let constraintKeys = ["format", "items", "minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems"]
        let typeName: String
        switch kind {
        case .reference(let name): typeName = "a reference to '\(name)'"
        case .string: typeName = "type 'string'"
        case .integer: typeName = "type 'integer'"
        case .number: typeName = "type 'number'"
        case .boolean: typeName = "type 'boolean'"
        case .array: typeName = "type 'array'"
        case .object: typeName = "type 'object'"
        case .any: typeName = "type 'any'"
        }
        for key in object.keys where constraintKeys.contains(key) && !applicable.contains(key) {
            reader.error("'\(key)' does not apply to \(typeName)", at: reader.keyLocation(path + key))
        }
    }
}
