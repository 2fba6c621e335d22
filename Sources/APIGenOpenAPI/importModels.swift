import APIGenJSON
import APIGenRuntime
import Foundation

/// Models: named ones from `components/schemas`, and inline object and enum shapes, each shape written once.
extension OpenAPIImporter {
    /// The model a reference to `#/components/schemas/<name>` becomes, or `nil` when that schema is not an
    /// object with properties or a string enum (it is then written inline where it is used).
    /// A component's name from its path: a key, or a number (`#/components/schemas/13335` reads as an index).
    static func componentKey(_ component: JSONPath.Component) -> String? {
        switch component {
        case .key(let key): key
        case .index(let index): String(index)
        }
    }

    func componentModel(reference: String) -> String? {
        let prefix = "#/components/schemas/"
        guard reference.hasPrefix(prefix), let pointed = OpenAPIDocument.path(ofReference: reference),
              pointed.components.count == 3, let key = Self.componentKey(pointed.components[2]) else { return nil }
        let path = JSONPath.root + "components" + "schemas" + key
        if let known = componentModels[key] { return known }
        guard case .value(let schema, let resolvedPath) = document.resolve(.object(["$ref": .string(reference)]), at: path),
              case .object(var object) = schema else { return nil }
        if resolvedPath != path {
            // An alias of another component: the same model.
            guard resolvedPath.components.count == 3, let target = Self.componentKey(resolvedPath.components[2]) else { return nil }
            return componentModel(reference: prefix + JSONPath.escapePointerToken(target))
        }
        var composed: (includes: [JSONValue], own: JSONObject, ownPath: JSONPath)?
        if object["allOf"] != nil, object["oneOf"] == nil, object["anyOf"] == nil {
            guard let merged = mergedObject(object, at: path) else { return nil }
            composed = includes(object, at: path)
            object = merged
        }
        let isEnum = enumModelValues(object) != nil
        let isObject = (object["type"] == nil || object["type"]?.stringValue == "object")
            && (object["oneOf"] == nil && object["anyOf"] == nil || requiredAlternatives(object) != nil)
            // Without properties it is any object, unless `apigen export` wrote it: then it is a model without fields.
            && (!(object["properties"]?.objectValue?.isEmpty ?? true) || (object["properties"] != nil && x("name", in: object) != nil))
        let isUnion = unionAlternatives(object) != nil && mergedStringAlternatives(object) == nil
        guard isEnum || isObject || isUnion else { return nil }
        let name = x("name", in: object).map { modelNames.claim(exactly: $0) } ?? modelNames.claim(key)
        componentModels[key] = name
        let position = componentPosition[key] ?? Int.max
        reserveModel(name, order: (0, position))
        let source = x("source", in: object) ?? (isApigenExport ? nil : "\(documentName), #\(path.pointer)")
        if isUnion {
            setModel(name, unionModelValue(object, at: path, name: name, description: object["description"]?.stringValue, source: source))
        } else if isEnum {
            let values = enumModelValues(object)!
            enumValues[name] = values
            setModel(name, enumModelValue(values, object: object, description: object["description"]?.stringValue, source: source))
        } else {
            modelKinds.insert(name)
            var model = objectModel(composed?.own ?? object, at: composed?.ownPath ?? path, name: name, description: object["description"]?.stringValue, source: source, isBody: false)
            if let composed {
                // `includes` before the own `fields` (left out when there are none), as the format documents them.
                let fields = model["fields"]
                model["fields"] = nil
                model["includes"] = .array(composed.includes)
                if fields?.objectValue?.isEmpty == false { model["fields"] = fields }
            }
            setModel(name, model)
        }
        return name
    }

    /// An `allOf` of references to object models (and projections apigen exported, `x-apigen-include`), then at most
    /// one object of its own properties, becomes `includes` and the own fields; nil when it is anything else (it is
    /// then flattened into one object).
    private func includes(_ object: JSONObject, at path: JSONPath) -> (includes: [JSONValue], own: JSONObject, ownPath: JSONPath)? {
        guard object["properties"] == nil, let parts = object["allOf"]?.arrayValue else { return nil }
        // A member two parts define is merged (the first wins); includes define each field once.
        var names: [String] = []
        for (index, part) in parts.enumerated() {
            guard case .value(let resolved, let partPath) = document.resolve(part, at: path + "allOf" + String(index)),
                  case .object(let partObject) = resolved else { return nil }
            let merged = partObject["allOf"] == nil ? partObject : mergedObject(partObject, at: partPath)
            names += merged?["properties"]?.objectValue?.keys.map { $0 } ?? []
        }
        guard Set(names).count == names.count else { return nil }
        var ownPath = path
        var includes: [JSONValue] = []
        var own = object
        own["allOf"] = nil
        own["properties"] = .object([:])
        for (index, part) in parts.enumerated() {
            guard case .object(let partObject) = part else { return nil }
            if let include = partObject["x-apigen-include"] {
                includes.append(include)
            } else if let reference = partObject["$ref"]?.stringValue, partObject.count == 1 {
                guard let model = componentModel(reference: reference), modelKinds.contains(model) else { return nil }
                includes.append(.string(model))
            } else if index == parts.count - 1, partObject["$ref"] == nil, partObject["allOf"] == nil {
                own["properties"] = partObject["properties"] ?? .object([:])
                own["required"] = partObject["required"]
                ownPath = path + "allOf" + String(index)
            } else {
                return nil
            }
        }
        return includes.isEmpty ? nil : (includes, own, ownPath)
    }

    /// The model an inline object shape becomes (the first place it appears names it).
    func inlineModel(_ object: JSONObject, at path: JSONPath, hint: NameHint) -> String {
        let key = (hint.isBody ? "body " : "") + (multipartSchemaPaths.contains(path) ? "multipart " : "") + shapeKey(object)
        if let known = shapeModels[key] { return known }
        let name = claimInlineName(hint)
        shapeModels[key] = name
        modelKinds.insert(name)
        reserveModel(name, order: (1, nextInlinePosition()))
        let description = object["title"]?.stringValue ?? (hint.isField ? nil : object["description"]?.stringValue)
        let source = isApigenExport ? nil : "\(documentName), #\(path.pointer)"
        setModel(name, objectModel(object, at: path, name: name, description: description, source: source, isBody: hint.isBody))
        return name
    }

    func enumModel(_ values: [JSONValue], object: JSONObject, at path: JSONPath, hint: NameHint) -> String {
        let key = "enum " + JSONSerializer.string(.array(values))
        if let known = shapeModels[key] { return known }
        let name = claimInlineName(hint)
        shapeModels[key] = name
        enumValues[name] = values
        reserveModel(name, order: (1, nextInlinePosition()))
        setModel(name, enumModelValue(values, object: object, description: hint.isField ? nil : object["description"]?.stringValue,
                                      source: isApigenExport ? nil : "\(documentName), #\(path.pointer)"))
        return name
    }

    /// The model an inline `oneOf`/`anyOf` becomes (the first place it appears names it).
    func inlineUnion(_ object: JSONObject, at path: JSONPath, hint: NameHint) -> String {
        let key = "union " + shapeKey(object)
        if let known = shapeModels[key] { return known }
        let name = claimInlineName(hint)
        shapeModels[key] = name
        reserveModel(name, order: (1, nextInlinePosition()))
        let description = object["title"]?.stringValue ?? (hint.isField ? nil : object["description"]?.stringValue)
        setModel(name, unionModelValue(object, at: path, name: name, description: description, source: isApigenExport ? nil : "\(documentName), #\(path.pointer)"))
        return name
    }

    /// The alternatives of a `oneOf` (or `anyOf`) of two or more schemas that are not `null`, and the keyword; `nil` for other schemas.
    func unionAlternatives(_ object: JSONObject) -> (key: String, alternatives: [(offset: Int, element: JSONValue)])? {
        for key in ["oneOf", "anyOf"] {
            guard let alternatives = object[key]?.arrayValue else { continue }
            let others = alternatives.enumerated().filter { !isNullSchema($0.element) }.map { (offset: $0.offset, element: $0.element) }
            guard others.count > 1 else { return nil }
            guard object["properties"] != nil else { return (key, others) }
            // Members beside object alternatives belong to each of them, as if every alternative were `allOf` of them
            // and itself: `{properties: {enabled}, anyOf: [{properties: {type: custom, …}}, …]}`.
            guard others.allSatisfy({ isObjectAlternative($0.element) || nestedUnion($0.element) != nil }) else { return nil }
            var shared = object
            for keyword in ["oneOf", "anyOf", "discriminator", "description", "title", "example", "examples"] { shared[keyword] = nil }
            return (key, others.map { alternative in
                // A union among the alternatives takes the members too and hands them on to its own alternatives
                // (DNS records: shared members beside `anyOf` of two unions of record types); it is spliced later.
                if var nested = nestedUnion(alternative.element) {
                    for keyword in ["properties", "required"] { nested[keyword] = shared[keyword] }
                    return (offset: alternative.offset, element: .object(nested))
                }
                return (offset: alternative.offset, element: .object(["allOf": [.object(shared), alternative.element]]))
            })
        }
        return nil
    }

    /// OpenAPI: the discriminator's property "MUST be required in the payload schemas", which documents often forget
    /// to say (Cloudflare's ruleset rules leave `action` optional); every variant that declares it requires it.
    private func requireDiscriminator(_ field: String, in variants: [String]) {
        for variant in variants {
            guard var model = models[variant], case .object(var fields)? = model["fields"], case .object(var member)? = fields[field],
                  member["required"] != true, member["nullable"] != true else { continue }
            member["required"] = true
            fields[field] = .object(member)
            model["fields"] = .object(fields)
            models[variant] = model
        }
    }

    /// For an alternative that took the members beside it (`allOf` of them and a reference), the referenced component's
    /// own name, after the prefix of the API part it belongs to (`dns-records_DNSKEYRecord` → `DNSKEYRecord`), so the
    /// variant is named after what it is rather than where it is; nil for other alternatives.
    private static func referencedSuffix(of alternative: JSONValue) -> String? {
        guard let parts = alternative["allOf"]?.arrayValue, parts.count == 2, let reference = parts[1]["$ref"]?.stringValue,
              let pointed = OpenAPIDocument.path(ofReference: reference), let last = pointed.components.last,
              let key = componentKey(last), let own = key.split(separator: "_").last, !own.isEmpty else { return nil }
        return ModelNames.typeName(String(own))
    }

    /// One string type that allows exactly what a `oneOf`/`anyOf` of plain strings allows together: any string when one
    /// of them is, the same string (descriptions aside), an IPv4 or IPv6 address (`ip`), or strings up to the largest of
    /// their `maxLength`s; nil for
    /// other alternatives, which stay a union.
    func mergedStringAlternatives(_ object: JSONObject) -> JSONObject? {
        guard object["properties"] == nil, let (_, alternatives) = unionAlternatives(object) else { return nil }
        var strings: [JSONObject] = []
        for alternative in alternatives {
            guard case .value(.object(var schema), _) = document.resolve(alternative.element, at: .root),
                  schema["type"] == "string", schema["enum"] == nil, schema["const"] == nil, schema["oneOf"] == nil, schema["anyOf"] == nil
            else { return nil }
            for key in schema.keys where Self.isDocumentation(key) || ["readOnly", "writeOnly"].contains(key) {
                schema[key] = nil
            }
            strings.append(schema)
        }
        func without(_ key: String, _ schema: JSONObject) -> JSONObject {
            var copy = schema
            copy[key] = nil
            return copy
        }
        var merged = strings[0]
        if let any = strings.first(where: { $0 == ["type": "string"] }) {
            // Any string is one of them: together they allow any string (`date-time` or any text).
            merged = any
        } else if strings.allSatisfy({ $0 == strings[0] }) {
            // One string, said several times.
        } else if Set(strings.compactMap { $0["format"]?.stringValue }) == ["ipv4", "ipv6"], strings.allSatisfy({ without("format", $0) == without("format", strings[0]) }) {
            merged["format"] = "ip"
        } else if strings.allSatisfy({ $0["maxLength"]?.numberValue?.intValue != nil && without("maxLength", $0) == without("maxLength", strings[0]) }) {
            merged["maxLength"] = .number(JSONNumber(strings.compactMap { $0["maxLength"]?.numberValue?.intValue }.max()!))
        } else {
            return nil
        }
        for key in ["description", "title", "nullable"] { merged[key] = object[key] }
        return merged
    }

    /// An alternative that is only a union of object alternatives (`{type: object, anyOf: […]}` without members of its
    /// own), resolved; nil for anything else.
    private func nestedUnion(_ alternative: JSONValue) -> JSONObject? {
        guard case .value(.object(let resolved), _) = document.resolve(alternative, at: .root),
              resolved["type"] == nil || resolved["type"] == "object", resolved["properties"] == nil, resolved["allOf"] == nil,
              let alternatives = (resolved["oneOf"] ?? resolved["anyOf"])?.arrayValue, alternatives.count > 1,
              alternatives.allSatisfy(isObjectAlternative) else { return nil }
        return resolved
    }

    /// Whether an alternative beside listed members describes an object of its own (members or composition), rather
    /// than only naming members the object requires.
    private func isObjectAlternative(_ alternative: JSONValue) -> Bool {
        guard case .value(.object(let resolved), _) = document.resolve(alternative, at: .root) else { return false }
        let type = resolved["type"]?.stringValue
        return (type == nil || type == "object") && (resolved["properties"] != nil || resolved["allOf"] != nil)
    }

    /// The groups of members an object with listed members requires one of (`anyOf: [{required: [url]}, {required:
    /// [html]}]`); nil when its `oneOf`/`anyOf` is anything else.
    func requiredAlternatives(_ object: JSONObject) -> (key: String, groups: [[String]])? {
        guard object["properties"] != nil else { return nil }
        for key in ["oneOf", "anyOf"] {
            guard let alternatives = object[key]?.arrayValue, !alternatives.isEmpty else { continue }
            let groups = alternatives.map { alternative -> [String]? in
                guard case .object(let members) = alternative, members["required"] != nil,
                      Set(members.keys).isSubset(of: ["required", "description", "title"]) else { return nil }
                return members["required"]?.arrayValue?.compactMap(\.stringValue)
            }
            return groups.allSatisfy { $0 != nil } ? (key, groups.compactMap { $0 }) : nil
        }
        return nil
    }

    /// A union model: each alternative a variant (an object becomes a model of its own), and the discriminator, its mapping
    /// named by the models the references become. An alternative the format cannot make a variant (a free-form object, any
    /// value) is left out, with a warning.
    private func unionModelValue(_ object: JSONObject, at path: JSONPath, name: String, description: String?, source: String?) -> JSONObject {
        unionPaths[name] = path
        var model: JSONObject = ["kind": "union"]
        if let description, !description.isEmpty { model["description"] = .string(description) }
        if let source { model["source"] = .string(source) }
        guard let (key, alternatives) = unionAlternatives(object) else { return model }
        var variants: [JSONValue] = []
        for alternative in alternatives {
            let variantPath = path + key + String(alternative.offset)
            let variantName = name + (Self.referencedSuffix(of: alternative.element) ?? "Variant\(alternative.offset + 1)")
            var variant = importType(alternative.element, at: variantPath, hint: NameHint(name: variantName, parent: name)).type
            guard variant["ref"] != nil || ["string", "integer", "number", "boolean", "array", "map", "object"].contains(variant["type"]?.stringValue ?? "") else {
                warn("union variant", variantPath, "an alternative that is neither a model nor a scalar, array, map or object; left out of the union")
                continue
            }
            if let swiftName = alternative.element["x-apigen-swiftName"] { variant["swiftName"] = swiftName }
            variants.append(.object(variant))
        }
        model["variants"] = .array(variants)
        if let discriminator = object["discriminator"]?.objectValue, let field = discriminator["propertyName"]?.stringValue {
            // apigen's own export says exactly what its spec says, optional discriminators included.
            if !isApigenExport { requireDiscriminator(field, in: variants.compactMap { $0["ref"]?.stringValue }) }
            var imported: JSONObject = ["field": .string(field)]
            if let mapping = discriminator["mapping"]?.objectValue {
                imported["mapping"] = .object(JSONObject(mapping.compactMap { member -> (String, JSONValue)? in
                    guard let reference = member.value.stringValue else { return nil }
                    let target = reference.hasPrefix("#") ? reference : "#/components/schemas/" + JSONPath.escapePointerToken(reference)
                    return componentModel(reference: target).map { (member.key, .string($0)) }
                }))
            }
            model["discriminator"] = .object(imported)
        }
        return model
    }

    private func claimInlineName(_ hint: NameHint) -> String {
        let candidate = ModelNames.typeName(hint.name)
        if let parent = hint.parent, !modelNames.isFree(candidate) || SwiftNamingReserved.contains(candidate) {
            return modelNames.claim(parent + candidate)
        }
        return modelNames.claim(candidate)
    }

    /// What makes two inline shapes the same model: the schema without what documents its use.
    private func shapeKey(_ object: JSONObject) -> String {
        var shape = object
        for key in ["description", "example", "default", "readOnly", "writeOnly", "nullable", "deprecated"] { shape[key] = nil }
        return JSONSerializer.string(.object(shape), options: .init(sortedKeys: true))
    }

    private func enumModelValue(_ values: [JSONValue], object: JSONObject, description: String?, source: String?) -> JSONObject {
        var model: JSONObject = ["kind": "enum"]
        if let description, !description.isEmpty { model["description"] = .string(description) }
        if let source { model["source"] = .string(source) }
        if let deprecated = importedDeprecation(object) { model["deprecated"] = deprecated }
        if let detailed = object["x-apigen-values"], detailed.arrayValue?.count == values.count {
            model["values"] = detailed
        } else {
            model["values"] = .array(values)
        }
        return model
    }

    private func objectModel(_ object: JSONObject, at path: JSONPath, name: String, description: String?, source: String?, isBody: Bool) -> JSONObject {
        var model: JSONObject = ["kind": "object"]
        if let description, !description.isEmpty { model["description"] = .string(description) }
        if let source { model["source"] = .string(source) }
        if let deprecated = importedDeprecation(object) { model["deprecated"] = deprecated }
        // unevaluatedProperties: false is how an allOf refuses members none of its parts lists.
        let rejects = isBody || object["additionalProperties"] == .bool(false) || object["unevaluatedProperties"] == .bool(false)
        // `{}` or `{nullable: true}` allows any value: the members the model keeps unknown are exactly that. Another
        // schema types every member beside the properties.
        let anyValue: Set<String> = ["nullable", "description", "title", "example", "deprecated", "readOnly", "writeOnly"]
        let additionalKey = object["additionalProperties"] != nil ? "additionalProperties" : "unevaluatedProperties"
        if case .object(let additional)? = object[additionalKey], !Set(additional.keys).isSubset(of: anyValue) {
            // A multipart body's files by any name (Cloudflare's snippets: the modules beside their metadata).
            let file = multipartSchemaPaths.contains(path) ? fileType(.object(additional), at: path + additionalKey) : nil
            var values = file.map { ImportedType(type: $0) } ?? importType(.object(additional), at: path + additionalKey, hint: NameHint(name: name + "Value", parent: name))
            values.type = withoutConstant(values.type, at: path + additionalKey, in: "additional fields")
            model["additionalFields"] = .object(Self.element(values))
        } else {
            model["unknownFields"] = rejects ? "reject" : "keep"
        }
        let required = Set((object["required"]?.arrayValue ?? []).compactMap(\.stringValue))
        // A multipart body's binary members are files; anywhere else they are strings.
        let holdsFiles = multipartSchemaPaths.contains(path)
        var fields = JSONObject()
        for member in object["properties"]?.objectValue ?? [:] {
            let fieldPath = path + "properties" + member.key
            if isBody, annotation("readOnly", of: member.value, at: fieldPath)?.boolValue == true { continue }
            fields[member.key] = .object(importField(member.value, at: fieldPath, name: member.key, parent: name, isRequired: required.contains(member.key),
                                                     file: holdsFiles ? fileType(member.value, at: fieldPath) : nil))
        }
        if let (key, groups) = requiredAlternatives(object) {
            let properties = object["properties"]?.objectValue ?? [:]
            let required = Set((object["required"]?.arrayValue ?? []).compactMap(\.stringValue))
            let stated = key == "anyOf" && groups.count > 1 && groups.allSatisfy { group in
                group.allSatisfy { properties[$0] != nil && !(isBody && annotation("readOnly", of: properties[$0]!, at: path)?.boolValue == true) }
                    && !group.allSatisfy(required.contains)
            }
            if stated {
                model["requiredAlternatives"] = .array(groups.map { .array($0.map { .string($0) }) })
            } else {
                let listed = groups.map { $0.joined(separator: " and ") }.joined(separator: " | ")
                warn("required alternatives", path + key, "\(key == "oneOf" ? "exactly one" : "at least one") of these must be present: \(listed); not checked")
            }
        }
        model["fields"] = .object(fields)
        return model
    }

    /// One field: its type, then what the spec format says of fields.
    func importField(_ raw: JSONValue, at path: JSONPath, name: String, parent: String, isRequired: Bool, file: JSONObject? = nil) -> JSONObject {
        let imported = file.map { ImportedType(type: $0) } ?? importType(raw, at: path, hint: NameHint(name: name, parent: parent, isField: true))
        var field = imported.type
        if isRequired { field["required"] = true }
        if imported.nullable { field["nullable"] = true }
        let readOnly = annotation("readOnly", of: raw, at: path)?.boolValue == true
        let writeOnly = annotation("writeOnly", of: raw, at: path)?.boolValue == true
        if readOnly { field["readOnly"] = true }
        if writeOnly, !readOnly { field["writeOnly"] = true }
        if field["type"]?.stringValue == "string",
           (annotation("x-apigen-sensitive", of: raw, at: path) ?? annotation("x-sensitive", of: raw, at: path))?.boolValue == true {
            field["sensitive"] = true
        }
        addValues(of: raw, at: path, to: &field)
        if let description = annotation("description", of: raw, at: path)?.stringValue, !description.isEmpty {
            field["description"] = .string(description)
        }
        if annotation("deprecated", of: raw, at: path)?.boolValue == true {
            field["deprecated"] = annotation("x-apigen-deprecated", of: raw, at: path).flatMap { $0.stringValue == nil ? nil : $0 } ?? true
        }
        if let swiftName = raw["x-apigen-swiftName"] { field["swiftName"] = swiftName }
        if let cli = raw["x-apigen-cli"] { field["cli"] = cli }
        return field
    }

    /// A keyword of a schema: on the schema as written (beside a `$ref`), else on what it refers to
    /// (unless that is a named model, whose own keywords document the model).
    func annotation(_ key: String, of raw: JSONValue, at path: JSONPath) -> JSONValue? {
        if let value = raw[key] { return value }
        guard let reference = raw["$ref"]?.stringValue else {
            if let parts = raw["allOf"]?.arrayValue, parts.count == 1 { return annotation(key, of: parts[0], at: path + "allOf" + "0") }
            return nil
        }
        if reference.hasPrefix("#/components/schemas/"), componentModel(reference: reference) != nil { return nil }
        guard case .value(let schema, let target) = document.resolve(raw, at: path) else { return nil }
        return annotation(key, of: schema, at: target)
    }

    /// An `x-apigen-<key>` string of a schema (how `apigen export` carries what OpenAPI has no place for).
    func x(_ key: String, in object: JSONObject) -> String? { object["x-apigen-\(key)"]?.stringValue }
}

let SwiftNamingReserved: Set<String> = ["Error", "Result", "Type", "Protocol", "Data", "Date"]
