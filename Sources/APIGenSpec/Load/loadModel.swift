import APIGenJSON

extension SpecLoader {
    static let fieldKeys = schemaKeys + [
        "required", "nullable", "readOnly", "writeOnly", "sensitive", "deprecated", "description", "swiftName", "cli",
    ]

    func loadModel(name: String, _ value: JSONValue, at path: JSONPath) -> Model? {
        guard let object = reader.object(
            value, at: path,
            allowed: ["kind", "description", "source", "deprecated", "unknownFields", "additionalFields", "requiredAlternatives", "includes", "fields", "values", "variants", "discriminator"],
            required: ["kind"], what: "model '\(name)'"
        ) else { return nil }
        let description = reader.string(object, "description", at: path)
        let source = reader.string(object, "source", at: path)
        let deprecation = reader.deprecation(object, at: path)
        switch reader.string(object, "kind", at: path) {
        case "object":
            misplaced(["variants", "discriminator"], in: object, at: path, belongTo: "union models", kind: "an object")
            if object["values"] != nil { reader.error("'values' belongs to enum models; this model is an object", at: reader.keyLocation(path + "values")) }
            let unknownFields = object["unknownFields"] == nil
                ? .keep : reader.choice(object, "unknownFields", at: path, as: ObjectModel.UnknownFields.self) ?? .keep
            var fields: [Field] = []
            if let fieldsValue = object["fields"] {
                guard case .object(let fieldObjects) = fieldsValue else {
                    reader.error("'fields' must be an object mapping JSON names to fields, found \(fieldsValue.kind)", at: path + "fields")
                    return nil
                }
                for member in fieldObjects {
                    if let field = loadField(name: member.key, member.value, at: path + "fields" + member.key) { fields.append(field) }
                }
            } else if object["includes"] == nil {
                reader.error("an object model needs 'fields' or 'includes'", at: path)
            }
            if let includesValue = object["includes"] { includeRequests[name] = loadIncludes(includesValue, at: path + "includes") }
            var additionalFields: Schema?
            if object["additionalFields"] != nil {
                if object["unknownFields"] != nil {
                    reader.error("'additionalFields' gives every member beside the fields a type; 'unknownFields' has no members left to keep or reject: leave one out",
                                 at: reader.keyLocation(path + "unknownFields"))
                }
                additionalFields = loadElementSchema(object, "additionalFields", at: path, of: "an object model", what: "the additional fields' type").map {
                    Schema(kind: .map(values: $0), location: $0.location)
                }
            }
            var model = ObjectModel(fields: fields, unknownFields: additionalFields == nil ? unknownFields : .reject)
            model.additionalFields = additionalFields
            model.requiredAlternatives = loadRequiredAlternatives(object["requiredAlternatives"], at: path + "requiredAlternatives")
            return Model(name: name, description: description, source: source, deprecation: deprecation,
                         kind: .object(model), location: reader.location(path))
        case "enum":
            misplaced(["variants", "discriminator"], in: object, at: path, belongTo: "union models", kind: "an enum")
            for key in ["fields", "unknownFields", "additionalFields", "requiredAlternatives", "includes"] where object[key] != nil {
                reader.error("'\(key)' belongs to object models; this model is an enum", at: reader.keyLocation(path + key))
            }
            guard case .array(let valueList)? = object["values"] else {
                reader.error("an enum model needs 'values', an array of strings, whole numbers or {\"value\": …} objects", at: path)
                return nil
            }
            var values: [EnumModel.Value] = []
            for (index, element) in valueList.enumerated() {
                let elementPath = (path + "values").appending(index: index)
                if case .object = element {
                    guard let entry = reader.object(element, at: elementPath, allowed: ["value", "description", "swiftName"],
                                                    required: ["value"], what: "an enum value"),
                          let raw = entry["value"], let value = loadEnumValue(raw, at: elementPath + "value")
                    else { continue }
                    values.append(EnumModel.Value(
                        value: value, description: reader.string(entry, "description", at: elementPath),
                        swiftName: reader.string(entry, "swiftName", at: elementPath), location: reader.location(elementPath)
                    ))
                } else if let value = loadEnumValue(element, at: elementPath) {
                    values.append(EnumModel.Value(value: value, description: nil, swiftName: nil, location: reader.location(elementPath)))
                }
            }
            return Model(name: name, description: description, source: source, deprecation: deprecation,
                         kind: .enumeration(EnumModel(values: values)), location: reader.location(path))
        case "union":
            misplaced(["fields", "unknownFields", "additionalFields", "requiredAlternatives", "includes"], in: object, at: path, belongTo: "object models", kind: "a union")
            misplaced(["values"], in: object, at: path, belongTo: "enum models", kind: "a union")
            guard let union = loadUnion(object, at: path) else { return nil }
            return Model(name: name, description: description, source: source, kind: .union(union), location: reader.location(path))
        case nil:
            return nil
        case let other?:
            reader.error("'kind' must be 'object', 'enum' or 'union', found '\(other)'", at: path + "kind")
            return nil
        }
    }

    /// A listed value: a string or a whole number. Booleans are refused with what to write instead (one value is a
    /// constant, both are any boolean), fractions because a number that is not whole has no stable text to match.
    private func loadEnumValue(_ element: JSONValue, at path: JSONPath) -> EnumValue? {
        if let value = EnumValue(json: element) { return value }
        switch element {
        case .bool:
            reader.error("an enum value cannot be a boolean: for one value use a boolean field with 'const', for both a plain boolean", at: path)
        case .number(let number):
            reader.error("an enum value that is a number must be a whole number (an Int), found \(number.text)", at: path)
        default:
            reader.error("an enum value must be a string, a whole number or an object with 'value', found \(element.kind)", at: path)
        }
        return nil
    }

    private func misplaced(_ keys: [String], in object: JSONObject, at path: JSONPath, belongTo owners: String, kind: String) {
        for key in keys where object[key] != nil {
            reader.error("'\(key)' belongs to \(owners); this model is \(kind)", at: reader.keyLocation(path + key))
        }
    }

    /// `variants` (types, each a model reference or a scalar, with an optional `swiftName`) and an optional `discriminator`.
    /// `"requiredAlternatives": [["commit_hash"], ["branch"]]`: an array of non-empty arrays of field names. Whether the
    /// names are fields, and the groups make sense, is the validator's to say.
    private func loadRequiredAlternatives(_ value: JSONValue?, at path: JSONPath) -> [[(name: String, location: SpecLocation)]] {
        guard let value else { return [] }
        let shape = "'requiredAlternatives' must be an array of groups, each an array of field names"
        guard case .array(let groups) = value else {
            reader.error("\(shape), found \(value.kind)", at: path)
            return []
        }
        return groups.enumerated().compactMap { index, group in
            let groupPath = path.appending(index: index)
            guard case .array(let names) = group, !names.isEmpty else {
                reader.error("\(shape); group \(index) is \(group.arrayValue == nil ? group.kind.description : "empty")", at: groupPath)
                return nil
            }
            return names.enumerated().compactMap { position, name in
                guard case .string(let text) = name else {
                    reader.error("\(shape); found \(name.kind)", at: groupPath.appending(index: position))
                    return nil
                }
                return (text, reader.location(groupPath.appending(index: position)))
            }
        }
    }

    private func loadUnion(_ object: JSONObject, at path: JSONPath) -> UnionModel? {
        guard case .array(let variantValues)? = object["variants"], !variantValues.isEmpty else {
            reader.error("a union model needs 'variants', a non-empty array of types ({\"ref\": model} or {\"type\": …})", at: object["variants"] == nil ? path : path + "variants")
            return nil
        }
        var variants: [UnionModel.Variant] = []
        for (index, value) in variantValues.enumerated() {
            let variantPath = (path + "variants").appending(index: index)
            guard let variantObject = reader.object(value, at: variantPath, allowed: Self.variantKeys + ["nullable"], what: "a variant"),
                  let schema = loadSchema(variantObject, at: variantPath)
            else { continue }
            if variantObject["nullable"] != nil {
                // `null` is not one of the union's values: the field, item or result holding the union may be null.
                reader.error("a variant cannot be nullable; say 'nullable' where the union is used (a field, an array's items, a map's values or a result)",
                             at: reader.keyLocation(variantPath + "nullable"))
            }
            variants.append(UnionModel.Variant(schema: schema, swiftName: reader.string(variantObject, "swiftName", at: variantPath),
                                               location: reader.location(variantPath)))
        }
        var discriminator: UnionModel.Discriminator?
        if let value = object["discriminator"] {
            let discriminatorPath = path + "discriminator"
            guard let entry = reader.object(value, at: discriminatorPath, allowed: ["field", "mapping"], required: ["field"], what: "'discriminator'"),
                  let field = reader.string(entry, "field", at: discriminatorPath)
            else { return nil }
            var mapping: [(value: String, model: String)] = []
            if let mappingValue = entry["mapping"] {
                guard case .object(let members) = mappingValue else {
                    reader.error("'mapping' must be an object from discriminator values to model names, found \(mappingValue.kind)", at: discriminatorPath + "mapping")
                    return nil
                }
                for member in members {
                    guard case .string(let model) = member.value else {
                        reader.error("a discriminator value maps to a model name (a string), found \(member.value.kind)", at: discriminatorPath + "mapping" + member.key)
                        continue
                    }
                    mapping.append((member.key, model))
                }
            }
            discriminator = UnionModel.Discriminator(field: field, mapping: mapping, location: reader.location(discriminatorPath))
        }
        return UnionModel(variants: variants, discriminator: discriminator)
    }

    /// A variant is a type without `default` or `example` (the union's value has them), and may name its case.
    static let variantKeys = schemaKeys.filter { $0 != "default" && $0 != "example" } + ["swiftName"]

    func loadField(name: String, _ value: JSONValue, at path: JSONPath) -> Field? {
        guard let object = reader.object(value, at: path, allowed: Self.fieldKeys, what: "field '\(name)'"),
              let schema = loadSchema(object, at: path)
        else { return nil }
        if schema.constraints.constant != nil, reader.bool(object, "nullable", at: path) == true {
            reader.error("a constant field cannot be nullable: its value is always \(schema.constraints.constant!)", at: reader.keyLocation(path + "nullable"))
        }
        var flag: String?
        if let cliValue = object["cli"], let cli = reader.object(cliValue, at: path + "cli", allowed: ["flag"], what: "'cli'") {
            flag = reader.name(cli, "flag", at: path + "cli")
        }
        return Field(
            name: name, schema: schema,
            isRequired: reader.bool(object, "required", at: path) ?? false,
            isNullable: reader.bool(object, "nullable", at: path) ?? false,
            isReadOnly: reader.bool(object, "readOnly", at: path) ?? false,
            isWriteOnly: reader.bool(object, "writeOnly", at: path) ?? false,
            isSensitive: reader.bool(object, "sensitive", at: path) ?? false,
            description: reader.string(object, "description", at: path),
            swiftName: reader.string(object, "swiftName", at: path),
            commandLineFlag: flag,
            deprecation: reader.deprecation(object, at: path),
            location: reader.location(path)
        )
    }
}
