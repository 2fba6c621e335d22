import APIGenJSON
import APIGenRuntime

extension SpecLoader {
    /// Keys that describe a type; fields and parameters add their own.
    static let schemaKeys = ["type", "ref"] + ConstraintKey.allCases.map(\.rawValue) + ["default", "example"]

    /// Keys of an array's items, a map's values and a model's additional fields: a type that may be `null`.
    static let elementKeys = schemaKeys + ["nullable"]

    static let typeNames = ["string", "integer", "number", "boolean", "array", "map", "object", "any", "bytes"]

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
                var format: StringFormat?
                if object["format"] != nil {
                    guard let parsed = reader.choice(object, "format", at: path, as: StringFormat.self) else { return nil }
                    format = parsed
                }
                kind = .string(format: format)
            case "integer":
                var format: IntegerFormat?
                if object["format"] != nil {
                    guard let parsed = reader.choice(object, "format", at: path, as: IntegerFormat.self) else { return nil }
                    format = parsed
                }
                kind = .integer(format: format)
            case "number": kind = .number
            case "boolean": kind = .boolean
            case "object": kind = .object
            case "any": kind = .any
            case "bytes": kind = .bytes
            case "array":
                guard let items = loadElementSchema(object, "items", at: path, of: "an array type", what: "an items type") else { return nil }
                kind = .array(items: items)
            case "map":
                guard let values = loadElementSchema(object, "values", at: path, of: "a map type", what: "a values type") else { return nil }
                kind = .map(values: values)
            default:
                let suggestion = closest(to: typeName, in: Self.typeNames).map { "; did you mean '\($0)'?" } ?? ""
                reader.error("unknown type '\(typeName)'\(suggestion) (expected one of: \(Self.typeNames.joined(separator: ", ")))", at: path + "type")
                return nil
            }
        }
        return Schema(kind: kind, constraints: loadConstraints(object, kind: kind, at: path), defaultValue: object["default"],
                      example: object["example"], location: location)
    }

    /// The type of an array's items or a map's values, which is required: `key` of `object`.
    func loadElementSchema(_ object: JSONObject, _ key: String, at path: JSONPath, of container: String, what: String) -> Schema? {
        guard let value = object[key] else {
            reader.error("\(container) needs '\(key)'", at: path)
            return nil
        }
        guard let element = reader.object(value, at: path + key, allowed: Self.elementKeys, what: what) else { return nil }
        guard var schema = loadSchema(element, at: path + key) else { return nil }
        refuseConstant(schema, in: container == "an array type" ? "array items" : "map values")
        if reader.bool(element, "nullable", at: path + key) == true {
            if case .any = schema.kind {
                // `any` holds `null` already: saying it twice would be a second spelling of one type.
                reader.error("'nullable' does not apply to type 'any', which already holds null", at: reader.keyLocation(path + key + "nullable"))
            } else {
                schema.isNullable = true
            }
        }
        return schema
    }

    /// `"const"`: a value of the type itself; a string with a format is not a plain `String` in Swift, so it has none.
    private func loadConstant(_ object: JSONObject, kind: Schema.Kind, at path: JSONPath) -> JSONValue? {
        guard let value = object["const"] else { return nil }
        let fits = switch (kind, value) {
        case (.string(nil), .string), (.boolean, .bool): true
        case (.integer, .number(let number)): number.intValue != nil
        default: false
        }
        guard fits else {
            if case .string(let format?) = kind {
                reader.error("'const' does not apply to a string with format '\(format.rawValue)'", at: reader.keyLocation(path + "const"))
            } else {
                reader.error("'const' must be a value of the type (\(kind.category.phrase)), found \(value)", at: path + "const")
            }
            return nil
        }
        return value
    }

    /// Where a type cannot be a constant (only fields can): an error at its `const`.
    func refuseConstant(_ schema: Schema?, in place: String) {
        guard let schema, schema.constraints.constant != nil else { return }
        reader.error("'const' applies to fields only, not to \(place)", at: reader.keyLocation(schema.location.path + "const"))
    }

    /// Each constraint key the object has, read with its own type; a key that cannot apply to the
    /// type is a mistake worth reporting (`maxLength` on an integer).
    private func loadConstraints(_ object: JSONObject, kind: Schema.Kind, at path: JSONPath) -> Constraints {
        var constraints = Constraints()
        let lengths = 0...Int(Int32.max)
        for key in ConstraintKey.allCases where object[key.rawValue] != nil {
            guard key.appliesTo.contains(kind.category) else {
                let typeName = if case .reference(let name) = kind { "a reference to '\(name)'" } else { kind.category.phrase }
                reader.error("'\(key.rawValue)' does not apply to \(typeName)", at: reader.keyLocation(path + key.rawValue))
                continue
            }
            switch key {
            case .format, .items, .values: break  // part of the type, read with it
            case .minLength: constraints.minLength = reader.integer(object, key.rawValue, at: path, range: lengths)
            case .maxLength: constraints.maxLength = reader.integer(object, key.rawValue, at: path, range: lengths)
            case .pattern: constraints.pattern = reader.string(object, key.rawValue, at: path)
            case .minimum: constraints.minimum = reader.number(object, key.rawValue, at: path)
            case .maximum: constraints.maximum = reader.number(object, key.rawValue, at: path)
            case .exclusiveMinimum, .exclusiveMaximum:
                // Two bounds on one side: one of them does nothing, and which was meant is unclear.
                let inclusive = key == .exclusiveMinimum ? ConstraintKey.minimum : .maximum
                guard object[inclusive.rawValue] == nil else {
                    let side = key == .exclusiveMinimum ? "below" : "above"
                    reader.error("'\(key.rawValue)' and '\(inclusive.rawValue)' both bound the value from \(side); keep one",
                                 at: reader.keyLocation(path + key.rawValue))
                    break
                }
                let bound = reader.number(object, key.rawValue, at: path)
                if key == .exclusiveMinimum { constraints.exclusiveMinimum = bound } else { constraints.exclusiveMaximum = bound }
            case .multipleOf:
                guard let divisor = reader.number(object, key.rawValue, at: path) else { break }
                guard divisor > 0 else {
                    reader.error("'multipleOf' must be greater than 0, found \(JSONNumber(divisor))", at: path + key.rawValue)
                    break
                }
                constraints.multipleOf = divisor
            case .minItems: constraints.minItems = reader.integer(object, key.rawValue, at: path, range: lengths)
            case .maxItems: constraints.maxItems = reader.integer(object, key.rawValue, at: path, range: lengths)
            case .minProperties: constraints.minProperties = reader.integer(object, key.rawValue, at: path, range: lengths)
            case .maxProperties: constraints.maxProperties = reader.integer(object, key.rawValue, at: path, range: lengths)
            case .uniqueItems: constraints.uniqueItems = reader.bool(object, key.rawValue, at: path) ?? false
            case .const: constraints.constant = loadConstant(object, kind: kind, at: path)
            }
        }
        return constraints
    }
}
