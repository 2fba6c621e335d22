import APIGenJSON
import APIGenRuntime
import APIGenSpec
import Foundation

/// Where a schema is used, for naming the model an inline object or enum becomes.
struct NameHint {
    /// The name the model gets when it is free (`AuthConfigSummary`, `Server`, `CreateServerRequest`).
    var name: String
    /// The model (or operation) it sits in, prefixed when `name` is taken by another shape.
    var parent: String?
    /// A request body: read-only members are left out and unknown members rejected.
    var isBody = false
    /// The schema describes a field (its description documents the field, not the model).
    var isField = false

    func child(_ field: String, parent: String) -> NameHint {
        NameHint(name: field, parent: parent, isField: true)
    }
}

/// A type in the spec format (`{"type": …}` or `{"ref": …}` with constraints) and whether `null` is allowed.
struct ImportedType {
    var type: JSONObject
    var nullable = false

    static let any = ImportedType(type: ["type": "any"])
}

/// OpenAPI schema → spec type. Objects with properties and string enums become models; everything the
/// format has no words for is approximated with a warning.
extension OpenAPIImporter {
    func importType(_ raw: JSONValue, at rawPath: JSONPath, hint: NameHint) -> ImportedType {
        if let reference = raw["$ref"]?.stringValue, let model = componentModel(reference: reference) {
            return ImportedType(type: ["ref": .string(model)], nullable: raw["nullable"]?.boolValue == true)
        }
        guard case .value(let schema, let path) = document.resolve(raw, at: rawPath) else {
            if case .failed(let failedPath, let reason) = document.resolve(raw, at: rawPath) {
                warn("reference", failedPath, "\(reason); written as any JSON value")
            }
            return .any
        }
        // A schema met again inside itself is read once more: by then the models on the way (an array's inline item
        // object, `trace: [{…, trace: <this array>}]`) are named, so the second pass ends at them and the cycle is one
        // of models. Met a third time, no model closes it: it cannot be stated.
        guard resolving.lazy.filter({ $0 == path }).count < 2 else {
            warn("recursion", rawPath, "a schema that contains itself (not through a named model); written as any JSON value")
            return .any
        }
        resolving.append(path)
        defer { resolving.removeLast() }
        if schema == .bool(true) { return .any }
        guard case .object(let object) = schema else {
            warn("schema", path, "a schema that is \(schema.kind), not an object; written as any JSON value")
            return .any
        }
        var nullable = object["nullable"]?.boolValue == true
        if let parts = object["allOf"]?.arrayValue {
            // Parts that only annotate (`allOf: [{description: …}, {$ref: …}]`) add nothing to the type.
            let annotations = parts.filter(Self.isAnnotation)
            let substantive = parts.enumerated().filter { !Self.isAnnotation($0.element) }
            if substantive.count == 1, object["properties"] == nil {
                var single = importType(substantive[0].element, at: path + "allOf" + String(substantive[0].offset), hint: hint)
                single.nullable = single.nullable || nullable || annotations.contains { $0["nullable"] == true }
                return single
            }
            guard let merged = mergedObject(object, at: path) else {
                warn("composition", path + "allOf", "allOf of schemas that are not all objects; written as any JSON value")
                return .any
            }
            return ImportedType(type: ["ref": .string(inlineModel(merged, at: path, hint: hint))], nullable: nullable)
        }
        if let merged = mergedStringAlternatives(object) {
            var single = importType(.object(merged), at: path, hint: hint)
            single.nullable = single.nullable || nullable || (object["oneOf"] ?? object["anyOf"])?.arrayValue?.contains(where: isNullSchema) == true
            return single
        }
        if unionAlternatives(object) != nil {
            nullable = nullable || (object["oneOf"] ?? object["anyOf"])?.arrayValue?.contains(where: isNullSchema) == true
            return ImportedType(type: ["ref": .string(inlineUnion(object, at: path, hint: hint))], nullable: nullable)
        }
        for key in ["oneOf", "anyOf"] where requiredAlternatives(object) == nil {
            guard let alternatives = object[key]?.arrayValue else { continue }
            let others = alternatives.enumerated().filter { !isNullSchema($0.element) }
            if others.count < alternatives.count { nullable = true }
            if others.count == 1, object["properties"] == nil {
                var single = importType(others[0].element, at: path + key + String(others[0].offset), hint: hint)
                single.nullable = single.nullable || nullable
                return single
            }
            warn("union", path + key, "a union of \(others.count) alternatives (\(key)); written as any JSON value")
            return ImportedType(type: ["type": "any"], nullable: nullable)
        }
        var types: [String] = switch object["type"] {
        case .string(let type)?: [type]
        case .array(let list)?: list.compactMap(\.stringValue)
        default: []
        }
        if types.contains("null") {
            nullable = true
            types.removeAll { $0 == "null" }
        }
        guard types.count <= 1 else {
            warn("union", path + "type", "a value of \(types.count) types (\(types.joined(separator: ", "))); written as any JSON value")
            return ImportedType(type: ["type": "any"], nullable: nullable)
        }
        let values = object["enum"]?.arrayValue ?? object["const"].map { [$0] }
        let type = types.first ?? inferredType(object, values: values)
        var constant: JSONValue?
        if let values {
            let listed = values.filter { !$0.isNull }
            if listed.count < values.count { nullable = true }
            // One value of a boolean or an integer, or a string's `const`, is a constant (a single-value string `enum` is an
            // enum model, as it has always been read); a constant is never null.
            if listed.count == 1, !nullable, Self.isConstant(listed[0], of: type, fromEnum: object["enum"] != nil, format: object["format"]) {
                constant = listed[0]
            } else if let enumValues = Self.enumModelValues(listed, of: type) {
                return ImportedType(type: ["ref": .string(enumModel(enumValues, object: object, at: path, hint: hint))], nullable: nullable)
            }
            // `enum: [true, false]` allows every boolean: it says nothing the type does not.
            let everyBoolean = type == "boolean" && Set(listed.compactMap(\.boolValue)) == [true, false]
            if !listed.isEmpty, constant == nil, !everyBoolean {
                let what = listed.count == 1 ? "the only allowed value \(JSONSerializer.string(listed[0]))" : "the allowed values"
                warn(type == "boolean" || listed.count == 1 ? "single-value enum" : "non-string enum", path + (object["enum"] != nil ? "enum" : "const"),
                     "\(what) of a \(type ?? "untyped") value cannot be stated; any \(type ?? "value") is accepted")
            }
        }
        var result = ImportedType(type: [:], nullable: nullable)
        switch type {
        case "string":
            result.type = stringType(object, at: path)
        case "integer", "number":
            result.type = numberType(type!, object, at: path)
        case "boolean":
            result.type = ["type": "boolean"]
        case "array":
            result.type = ["type": "array"]
            let itemHint = NameHint(name: Naming.singular(hint.name), parent: hint.parent)
            var items = object["items"].map { importType($0, at: path + "items", hint: itemHint) } ?? .any
            items.type = withoutConstant(items.type, at: path + "items", in: "array items")
            result.type["items"] = .object(Self.element(items))
            copyInteger(["minItems", "maxItems"], from: object, to: &result.type)
            if object["uniqueItems"]?.boolValue == true { result.type["uniqueItems"] = true }
        case "object":
            let properties = object["properties"]?.objectValue ?? [:]
            if properties.isEmpty {
                if let additional = object["additionalProperties"], isTypedMap(additional) || object["x-apigen-type"] == "map" {
                    // Members of one type and no fixed ones: a map.
                    var values = importType(additional, at: path + "additionalProperties", hint: NameHint(name: Naming.singular(hint.name), parent: hint.parent))
                    values.type = withoutConstant(values.type, at: path + "additionalProperties", in: "map values")
                    result.type = ["type": "map", "values": .object(Self.element(values))]
                    copyInteger(["minProperties", "maxProperties"], from: object, to: &result.type)
                } else {
                    result.type = ["type": "object"]
                }
            } else {
                result.type = ["ref": .string(inlineModel(object, at: path, hint: hint))]
            }
        default:
            result.type = ["type": "any"]
        }
        if let constant { result.type["const"] = constant }
        if object["not"] != nil { warn("not", path + "not", "'not' cannot be stated; ignored") }
        return result
    }

    /// An array's items, a map's values or additional members as the spec writes them: `"nullable": true` when they may be
    /// `null` (`any` holds `null` already).
    static func element(_ imported: ImportedType) -> JSONObject {
        var type = imported.type
        if imported.nullable, type["type"] != "any" { type["nullable"] = true }
        return type
    }

    /// The values of an enum model a schema's `enum` becomes, without `null`: strings of a string, or whole numbers of an
    /// integer or a number (as integers: `2.0` is `2`); nil for other enums (booleans, fractions, mixed kinds).
    static func enumModelValues(_ listed: [JSONValue], of type: String?) -> [JSONValue]? {
        guard let first = listed.first.flatMap(EnumValue.init(json:)) else { return nil }
        let values = listed.compactMap(EnumValue.init(json:))
        guard values.count == listed.count, values.allSatisfy({ $0.kind == first.kind }) else { return nil }
        switch (first.kind, type) {
        case (.string, "string"), (.integer, "integer"), (.integer, "number"): return values.map(\.json)
        default: return nil
        }
    }

    /// The values of a component's `enum` when it is an enum model (see ``enumModelValues(_:of:)``); one whole number
    /// alone is not: it is a constant where it is used.
    func enumModelValues(_ object: JSONObject) -> [JSONValue]? {
        guard let listed = object["enum"]?.arrayValue?.filter({ !$0.isNull }),
              let values = Self.enumModelValues(listed, of: object["type"]?.stringValue),
              values.count > 1 || values.first?.stringValue != nil
        else { return nil }
        return values
    }

    /// Whether `value`, the one value a schema of `type` allows, is a constant the format can state.
    static func isConstant(_ value: JSONValue, of type: String?, fromEnum: Bool, format: JSONValue?) -> Bool {
        switch (type, value) {
        case ("boolean", .bool): true
        case ("integer", .number(let number)): number.intValue != nil
        case ("string", .string): !fromEnum && format == nil
        default: false
        }
    }

    private func inferredType(_ object: JSONObject, values: [JSONValue]?) -> String? {
        if object["properties"] != nil || object["additionalProperties"] != nil { return "object" }
        if object["items"] != nil { return "array" }
        if let values, let first = values.first(where: { !$0.isNull }) {
            switch first {
            case .string: return "string"
            case .bool: return "boolean"
            case .number(let number): return number.intValue != nil ? "integer" : "number"
            default: return nil
            }
        }
        return nil
    }

    func isNullSchema(_ schema: JSONValue) -> Bool {
        schema["type"]?.stringValue == "null" || schema["enum"] == .array([.null])
    }

    /// `type` without its constant where the spec format takes none (parameters, results, array items, map values): any
    /// value of its type is accepted, warned.
    func withoutConstant(_ type: JSONObject, at path: JSONPath, in place: String) -> JSONObject {
        guard let constant = type["const"] else { return type }
        warn("single-value enum", path, "the only allowed value \(JSONSerializer.string(constant)) cannot be stated for \(place); any value of its type is accepted")
        var result = type
        result["const"] = nil
        return result
    }

    private func isTypedMap(_ additional: JSONValue) -> Bool {
        if case .object(let object) = additional { return !object.isEmpty }
        return false
    }

    /// Formats documents spell their own way for one the spec format checks. A query value is percent-encoded on the
    /// wire whatever its format, so a "URL-encoded" date-time is a date-time (Cloudflare Tunnel's `existed_at`).
    private static let formatAliases: [String: StringFormat] = ["url-encoded-date-time": .dateTime]

    private func stringType(_ object: JSONObject, at path: JSONPath) -> JSONObject {
        var type: JSONObject = ["type": "string"]
        if let format = object["format"]?.stringValue {
            if let known = StringFormat(rawValue: format) ?? StringFormat(rawValue: format.lowercased()) ?? Self.formatAliases[format] {
                type["format"] = .string(known.rawValue)
            } else {
                warn("format \(format)", path + "format", "format '\(format)' is not one the spec format checks; written as a plain string")
            }
        }
        copyInteger(["minLength", "maxLength"], from: object, to: &type)
        if let pattern = object["pattern"]?.stringValue {
            if (try? NSRegularExpression(pattern: pattern)) != nil {
                type["pattern"] = .string(pattern)
            } else {
                warn("pattern", path + "pattern", "the pattern is not a regular expression Foundation reads; not checked")
            }
        }
        return type
    }

    private func numberType(_ name: String, _ object: JSONObject, at path: JSONPath) -> JSONObject {
        var type: JSONObject = ["type": .string(name)]
        if name == "integer", let format = object["format"]?.stringValue, IntegerFormat(rawValue: format) != nil { type["format"] = .string(format) }
        for key in ["minimum", "maximum"] {
            if let number = object[key]?.numberValue { type[key] = .number(number) }
        }
        for (key, bound, step) in [("exclusiveMinimum", "minimum", 1), ("exclusiveMaximum", "maximum", -1)] {
            // OpenAPI 3.1 gives the bound itself; 3.0 makes `minimum`/`maximum` exclusive with `true`.
            let exclusive: JSONNumber? = switch object[key] {
            case .number(let number)?: number
            case .bool(true)?: object[bound]?.numberValue
            default: nil
            }
            guard let exclusive else { continue }
            // 3.1 may state both; the spec format takes one bound a side, so an inclusive one further in wins.
            if let inclusive = type[bound]?.numberValue, Double(step) * (inclusive.doubleValue - exclusive.doubleValue) > 0 { continue }
            // Between whole numbers an exclusive bound is the next one, inclusive: `> 0` is `>= 1`.
            if name == "integer", let whole = exclusive.intValue {
                type[bound] = .number(JSONNumber(whole + step))
            } else {
                type[bound] = nil
                type[key] = .number(exclusive)
            }
        }
        if let divisor = object["multipleOf"] {
            // JSON Schema: strictly greater than 0. Anything else states nothing checkable.
            if let number = divisor.numberValue, number.doubleValue > 0 {
                type["multipleOf"] = .number(number)
            } else {
                warn("multipleOf", path + "multipleOf", "multipleOf \(divisor) is not a number greater than 0; not checked")
            }
        }
        return type
    }

    private func copyInteger(_ keys: [String], from object: JSONObject, to type: inout JSONObject) {
        for key in keys {
            if let number = object[key]?.numberValue, let value = number.intValue, value >= 0 { type[key] = .number(JSONNumber(value)) }
        }
    }

    /// One object schema from `allOf` parts that are all objects: properties in order, required lists joined.
    /// Whether a schema keyword only documents (a description, a title, examples, an extension), constraining nothing.
    static func isDocumentation(_ keyword: String) -> Bool {
        keyword.hasPrefix("x-") || ["description", "title", "example", "examples"].contains(keyword)
    }

    /// Whether a schema only annotates (documentation, deprecation, nullability), stating no type of its own.
    static func isAnnotation(_ schema: JSONValue) -> Bool {
        guard case .object(let object) = schema, !object.isEmpty else { return false }
        return object.keys.allSatisfy { isDocumentation($0) || ["deprecated", "nullable"].contains($0) }
    }

    func mergedObject(_ object: JSONObject, at path: JSONPath, within outer: [JSONPath] = []) -> JSONObject? {
        // An allOf that includes itself has no finite merge.
        guard !outer.contains(path) else { return nil }
        var merged = object
        merged["allOf"] = nil
        var properties = object["properties"]?.objectValue ?? [:]
        var required = object["required"]?.arrayValue ?? []
        for (index, part) in (object["allOf"]?.arrayValue ?? []).enumerated() {
            guard case .value(let resolved, let partPath) = document.resolve(part, at: path + "allOf" + String(index)),
                  case .object(var partObject) = resolved else { return nil }
            if partObject["allOf"] != nil {
                guard let nested = mergedObject(partObject, at: partPath, within: outer + [path]) else { return nil }
                partObject = nested
            }
            let partType = partObject["type"]?.stringValue
            guard partType == nil || partType == "object", partObject["oneOf"] == nil, partObject["anyOf"] == nil else { return nil }
            properties.appendAbsent(from: partObject["properties"]?.objectValue ?? [:])
            required += partObject["required"]?.arrayValue ?? []
            for key in ["description", "additionalProperties"] where merged[key] == nil {
                if let value = partObject[key] { merged[key] = value }
            }
        }
        merged["type"] = "object"
        merged["properties"] = .object(properties)
        merged["required"] = .array(required)
        return merged
    }
}
