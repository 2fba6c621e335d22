import APIGenJSON
import APIGenRuntime
import APIGenSpec
import Foundation

/// A spec → OpenAPI 3.1. What OpenAPI has no place for (our names, the envelope, command-line settings,
/// pagination, examples, waiters, decisions) travels in `x-apigen-…` members, which `apigen import` reads back, so
/// `import(export(spec))` generates the same Swift as the spec.
///
/// Works on the spec's JSON (after checking that it loads and lints), so member order is the spec's.
public enum OpenAPIExporter {
    public static func export(specAt url: URL, displayName: String? = nil) throws -> JSONValue {
        let data = try Data(contentsOf: url)
        let spec = try SpecLoader.load(data: data, fileName: displayName ?? url.path)
        try SpecValidator.validate(spec)
        return export(try JSONParser.parse(data))
    }

    /// The OpenAPI document of a spec's JSON (which must be a valid spec).
    public static func export(_ spec: JSONValue) -> JSONValue {
        var document: JSONObject = ["openapi": "3.1.0"]
        var info: JSONObject = ["title": spec["info"]?["title"] ?? "", "version": spec["info"]?["version"] ?? ""]
        if let description = spec["info"]?["description"] { info["description"] = description }
        if let sources = spec["info"]?["sources"] { info["x-apigen-sources"] = sources }
        document["info"] = .object(info)
        document["servers"] = [["url": spec["server"]?["baseURL"] ?? ""]]
        document["x-apigen-module"] = spec["module"]
        var server = spec["server"]?.objectValue ?? [:]
        server["baseURL"] = nil
        if !server.isEmpty { document["x-apigen-server"] = .object(server) }
        // An API without an envelope says so (null), or import would guess one.
        document["x-apigen-envelope"] = spec["envelope"] ?? .null
        if let waiters = spec["waiters"] { document["x-apigen-waiters"] = waiters }
        if let decisions = spec["decisions"] { document["x-apigen-decisions"] = decisions }
        let envelope = spec["envelope"]?.objectValue ?? [:]
        let schemes = spec["authentication"]?.objectValue ?? [:]
        document["paths"] = .object(paths(spec["operations"]?.objectValue ?? [:], envelope: envelope, schemes: schemes))
        var components = JSONObject()
        // Includes, resolved by the loader: which fields each include gives.
        let loaded = try? SpecLoader.load(data: Data(JSONSerializer.string(spec).utf8), fileName: "spec")
        let objects = Dictionary((loaded?.models ?? []).compactMap { model in model.objectModel.map { (model.name, $0) } },
                                 uniquingKeysWith: { first, _ in first })
        components["schemas"] = .object(JSONObject((spec["models"]?.objectValue ?? [:]).map { member in
            var schema = model(member.value, resolved: objects[member.key], in: spec)
            // A name import would spell otherwise (`protocol` → `Protocol`) travels as it is.
            if ModelNames.typeName(member.key) != member.key { schema["x-apigen-name"] = .string(member.key) }
            return (member.key, .object(schema))
        }))
        components["securitySchemes"] = .object(securitySchemes(schemes))
        document["components"] = .object(components)
        return .object(document)
    }

    static func reference(_ model: String) -> JSONValue { .string("#/components/schemas/" + JSONPath.escapePointerToken(model)) }

    /// Content that is not JSON, as OpenAPI writes it: a string schema, `format: binary` for bytes.
    static func rawContent(_ mediaType: String) -> JSONObject {
        [mediaType: ["schema": MediaType.isText(mediaType) ? ["type": "string"] : ["type": "string", "format": "binary"]]]
    }

    /// A spec type → a JSON Schema (3.1: nullability as a `null` type, or `anyOf` with `null` for a reference).
    static func schema(_ type: JSONObject, nullable: Bool = false) -> JSONObject {
        var schema = JSONObject()
        if let model = type["ref"]?.stringValue {
            schema = nullable ? ["anyOf": [["$ref": reference(model)], ["type": "null"]]] : ["$ref": reference(model)]
        } else {
            // A map is a JSON Schema object whose members all have the values' type.
            // A file is a binary string, as OpenAPI writes a multipart body's file members.
            let name = type["type"]?.stringValue.map { ["map": "object", "bytes": "string"][$0] ?? $0 } ?? "any"
            if name != "any" { schema["type"] = nullable ? [.string(name), "null"] : .string(name) }
            if type["type"] == "bytes" { schema["format"] = "binary" }
            // A map of any value reads in JSON Schema like a free-form object: say which it is.
            if type["type"] == "map" { schema["x-apigen-type"] = "map" }
        }
        for member in type {
            if member.key == "default" || member.key == "example" {
                schema[member.key] = member.value
                continue
            }
            // The constraint keys are JSON Schema's own names, except the two that hold a type.
            switch ConstraintKey(rawValue: member.key) {
            case .items?: schema["items"] = .object(element(member.value.objectValue ?? [:]))
            case .values?: schema["additionalProperties"] = .object(element(member.value.objectValue ?? [:]))
            // A string constant as `const` (a one-value string `enum` reads as an enum model); others as OpenAPI 3.0 wrote them.
            case .const?: if case .string = member.value { schema["const"] = member.value } else { schema["enum"] = [member.value] }
            case .some: schema[member.key] = member.value
            case nil: break
            }
        }
        return schema
    }

    /// An array's items, a map's values or additional members: nullable as a field is when they say `"nullable": true`.
    static func element(_ type: JSONObject) -> JSONObject { schema(type, nullable: type["nullable"] == true) }

    static func model(_ model: JSONValue, resolved: ObjectModel? = nil, in spec: JSONValue = .null) -> JSONObject {
        var schema = JSONObject()
        if model["kind"] == "enum" {
            let values = model["values"]?.arrayValue ?? []
            // Each value is written as it is or as the `value` of an object; the spec's validator made them all of one kind.
            let rawValues = values.map { $0.objectValue == nil ? $0 : $0["value"] ?? .null }
            schema["type"] = if case .number? = rawValues.first { "integer" } else { "string" }
            if let description = model["description"] { schema["description"] = description }
            schema["enum"] = .array(rawValues)
            if values.contains(where: { $0.objectValue != nil }) { schema["x-apigen-values"] = .array(values) }
        } else if model["kind"] == "union" {
            if let description = model["description"] { schema["description"] = description }
            schema["oneOf"] = .array((model["variants"]?.arrayValue ?? []).map { variant in
                var variantSchema = Self.schema(variant.objectValue ?? [:])
                if let swiftName = variant["swiftName"] { variantSchema["x-apigen-swiftName"] = swiftName }
                return .object(variantSchema)
            })
            if let discriminator = model["discriminator"] {
                var openAPI: JSONObject = ["propertyName": discriminator["field"] ?? ""]
                if let mapping = discriminator["mapping"]?.objectValue {
                    openAPI["mapping"] = .object(JSONObject(mapping.map { ($0.key, reference($0.value.stringValue ?? "")) }))
                }
                schema["discriminator"] = .object(openAPI)
            }
        } else if let includes = resolved?.includes, !includes.isEmpty {
            // `allOf`: a whole include is a reference, a projection the fields it gives, then the model's own fields.
            schema["type"] = "object"
            if let description = model["description"] { schema["description"] = description }
            var parts: [JSONValue] = includes.map { include in
                guard !include.isWhole else { return ["$ref": reference(include.model)] }
                let fields = include.fields.compactMap { name in resolved?.fields.first { $0.name == name } }
                var part = objectPart(fields.map { field in
                    var object = spec.value(at: field.location.path)?.objectValue ?? [:]
                    object["required"] = field.isRequired ? true : nil
                    return (field.name, object)
                })
                // The projection as written, which import reads back instead of the copied fields.
                part["x-apigen-include"] = spec.value(at: include.location.path) ?? .null
                return .object(part)
            }
            let own = (model["fields"]?.objectValue ?? [:]).map { ($0.key, $0.value.objectValue ?? [:]) }
            if !own.isEmpty { parts.append(.object(objectPart(own))) }
            schema["allOf"] = .array(parts)
            // additionalProperties would refuse the members the parts list: unevaluatedProperties sees them all.
            if model["unknownFields"] == "reject" { schema["unevaluatedProperties"] = false }
            if let additional = model["additionalFields"]?.objectValue { schema["unevaluatedProperties"] = .object(element(additional)) }
        } else {
            schema["type"] = "object"
            if let description = model["description"] { schema["description"] = description }
            schema.appendAbsent(from: objectPart((model["fields"]?.objectValue ?? [:]).map { ($0.key, $0.value.objectValue ?? [:]) }))
            if model["unknownFields"] == "reject" { schema["additionalProperties"] = false }
            if let additional = model["additionalFields"]?.objectValue { schema["additionalProperties"] = .object(element(additional)) }
        }
        if let groups = model["requiredAlternatives"]?.arrayValue {
            schema["anyOf"] = .array(groups.map { ["required": $0] })
        }
        if let source = model["source"] { schema["x-apigen-source"] = source }
        exportDeprecation(model["deprecated"], into: &schema)
        return schema
    }

    /// An object schema with a property per field (the spec's field JSON, by name).
    static func objectPart(_ fields: [(name: String, field: JSONObject)]) -> JSONObject {
        var properties = JSONObject()
        var required: [JSONValue] = []
        for (name, object) in fields {
            var property = Self.schema(object, nullable: object["nullable"] == true)
            for (key, target) in [("description", "description"), ("readOnly", "readOnly"), ("writeOnly", "writeOnly"),
                                  ("sensitive", "x-apigen-sensitive"), ("swiftName", "x-apigen-swiftName"), ("cli", "x-apigen-cli")] {
                if let value = object[key], value != false { property[target] = value }
            }
            exportDeprecation(object["deprecated"], into: &property)
            properties[name] = .object(property)
            if object["required"] == true { required.append(.string(name)) }
        }
        var schema: JSONObject = ["type": "object", "properties": .object(properties)]
        if !required.isEmpty { schema["required"] = .array(required) }
        return schema
    }

    /// Each scheme once; a `headers` scheme with several credentials becomes one apiKey scheme per header,
    /// required together, each naming its scheme and credential.
    static func securityKeys(_ name: String, _ scheme: JSONValue) -> [String] {
        let credentials = scheme["credentials"]?.objectValue?.keys ?? []
        return scheme["kind"] == "headers" && credentials.count > 1 ? credentials.map { "\(name)_\($0)" } : [name]
    }

    static func securitySchemes(_ schemes: JSONObject) -> JSONObject {
        var result = JSONObject()
        for scheme in schemes {
            let keys = securityKeys(scheme.key, scheme.value)
            for (index, credential) in (scheme.value["credentials"]?.objectValue ?? [:]).enumerated() where index < keys.count {
                var object: JSONObject = scheme.value["kind"] == "bearer" ? ["type": "http", "scheme": "bearer"]
                    : ["type": "apiKey", "in": "header", "name": credential.value["header"] ?? .string(credential.key)]
                if let description = scheme.value["description"] { object["description"] = description }
                object["x-apigen-scheme"] = .string(scheme.key)
                var carried: JSONObject = ["name": .string(credential.key)]
                for member in credential.value.objectValue ?? [:] where member.key != "header" { carried[member.key] = member.value }
                object["x-apigen-credential"] = .object(carried)
                result[keys[index]] = .object(object)
            }
        }
        return result
    }

    static func paths(_ operations: JSONObject, envelope: JSONObject, schemes: JSONObject) -> JSONObject {
        var paths = JSONObject()
        let grouped = operations.members.enumerated().sorted { lhs, rhs in
            let left = operations.members.firstIndex { $0.value["path"] == lhs.element.value["path"] }!
            let right = operations.members.firstIndex { $0.value["path"] == rhs.element.value["path"] }!
            return (left, lhs.offset) < (right, rhs.offset)
        }
        let reordered = grouped.map(\.offset) != Array(operations.members.indices)
        for (position, member) in grouped {
            let path = member.value["path"]?.stringValue ?? "/"
            var item = paths[path]?.objectValue ?? [:]
            var operation = self.operation(member.key, member.value, envelope: envelope, schemes: schemes)
            if reordered { operation["x-apigen-position"] = .number(JSONNumber(position)) }
            item[(member.value["method"]?.stringValue ?? "get").lowercased()] = .object(operation)
            paths[path] = .object(item)
        }
        return paths
    }

    /// A success answer: its description and content, the result in `envelope` unless `isWhole`.
    static func successAnswer(_ response: JSONObject, isWhole: Bool, envelope: JSONObject) -> JSONObject {
        var success: JSONObject = ["description": response["description"] ?? ""]
        let nullable = response["result"]?["nullable"] == true
        if let mediaType = response["contentType"]?.stringValue {
            success["content"] = .object(rawContent(mediaType))
        } else if isWhole, let result = response["result"]?.objectValue {
            success["content"] = ["application/json": ["schema": .object(schema(result, nullable: nullable))]]
        } else if let result = response["result"]?.objectValue {
            var properties = JSONObject()
            var required: [JSONValue] = []
            if let field = envelope["successField"]?.stringValue {
                properties[field] = ["type": "boolean"]
                required.append(.string(field))
            }
            let resultField = envelope["resultField"]?.stringValue ?? "result"
            properties[resultField] = .object(schema(result, nullable: nullable))
            required.append(.string(resultField))
            // A list's page information beside it (`response.info`), which import reads back.
            if let info = response["info"]?.stringValue, let field = envelope["pageInfoField"]?.stringValue {
                properties[field] = .object(schema(["ref": .string(info)], nullable: false))
            }
            success["content"] = ["application/json": ["schema": ["type": "object", "properties": .object(properties), "required": .array(required)]]]
        }
        return success
    }

    static func operation(_ name: String, _ spec: JSONValue, envelope: JSONObject, schemes: JSONObject) -> JSONObject {
        var operation: JSONObject = [:]
        operation["operationId"] = spec["operationId"] ?? .string(name)
        if spec["operationId"] == nil { operation["x-apigen-operationId"] = false }  // made up from the name: not the spec's
        if let idempotent = spec["idempotent"] { operation["x-apigen-idempotent"] = idempotent }
        operation["x-apigen-name"] = .string(name)
        for key in ["summary", "description"] { if let value = spec[key] { operation[key] = value } }
        if let warning = spec["warning"] { operation["x-apigen-warning"] = warning }
        exportDeprecation(spec["deprecated"], into: &operation)
        if let permissions = spec["permissions"] { operation["x-apigen-permissions"] = permissions }
        if let names = spec["authentication"]?.arrayValue {
            operation["security"] = .array(names.compactMap(\.stringValue).map { scheme in
                .object(JSONObject(securityKeys(scheme, schemes[scheme] ?? [:]).map { ($0, .array([])) }))
            })
        }
        var parameters: [JSONValue] = []
        for parameter in spec["parameters"]?.objectValue ?? [:] {
            let object = parameter.value.objectValue ?? [:]
            var entry: JSONObject = ["name": .string(parameter.key), "in": object["in"] ?? "query"]
            if object["in"] == "path" || object["required"] == true { entry["required"] = true }
            if let description = object["description"] { entry["description"] = description }
            entry["schema"] = .object(schema(object))
            if let environment = object["environment"] { entry["x-apigen-environment"] = environment }
            // An array query parameter: form, exploded (repeated) or not (comma-separated); said only when the spec says it.
            if let style = object["style"] {
                entry["style"] = "form"
                entry["explode"] = .bool(style == "repeated")
            }
            if let sensitive = object["sensitive"] { entry["x-apigen-sensitive"] = sensitive }
            if let flag = object["cli"]?["flag"] { entry["x-apigen-cli-flag"] = flag }
            exportDeprecation(object["deprecated"], into: &entry)
            parameters.append(.object(entry))
        }
        if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
        // OpenAPI has no headers an operation always sends with one value.
        if let headers = spec["headers"] { operation["x-apigen-headers"] = headers }
        // A model (`$ref`) or an array of items, as the spec types it.
        if let mediaType = spec["requestBody"]?["contentType"]?.stringValue, let model = spec["requestBody"]?["ref"]?.stringValue {
            // multipart/form-data: the model's members are the parts.
            operation["requestBody"] = ["content": [mediaType: ["schema": ["$ref": reference(model)]]]]
        } else if let mediaType = spec["requestBody"]?["contentType"]?.stringValue {
            operation["requestBody"] = ["content": .object(rawContent(mediaType))]
        } else if let body = spec["requestBody"]?.objectValue {
            operation["requestBody"] = ["content": ["application/json": ["schema": .object(schema(body))]]]
        }
        var responses = JSONObject()
        let response = spec["response"]?.objectValue ?? [:]
        // The whole body is the result: the API has no envelope, or the operation is outside it.
        let isWhole = envelope.isEmpty || spec["envelope"] == false
        if spec["envelope"] == false { operation["x-apigen-envelope"] = false }
        // The response, then its alternatives: every success status is an answer of its own.
        for answer in [response] + (response["alternatives"]?.arrayValue ?? []).compactMap(\.objectValue) {
            responses[String(answer["status"]?.numberValue?.intValue ?? 200)] = .object(successAnswer(answer, isWhole: isWhole, envelope: envelope))
        }
        for error in spec["errors"]?.arrayValue ?? [] {
            // A whole number, or `4XX`, `5XX`, `default`: OpenAPI's own keys.
            let status = error["status"]?.numberValue?.intValue.map(String.init) ?? error["status"]?.stringValue ?? "400"
            var answer: JSONObject = ["description": error["description"] ?? ""]
            if let model = error["body"]?["ref"]?.stringValue {
                answer["content"] = ["application/json": ["schema": ["$ref": reference(model)]]]
            }
            responses[status] = .object(answer)
        }
        operation["responses"] = .object(responses)
        for (key, target) in [("pagination", "x-apigen-pagination"), ("cli", "x-apigen-cli"), ("examples", "x-apigen-examples")] {
            if let value = spec[key] { operation[target] = value }
        }
        return operation
    }
}

/// The spec's `"deprecated"` as OpenAPI's `deprecated: true`, with its message, which OpenAPI has no place for, in
/// `x-apigen-deprecated`.
func exportDeprecation(_ value: JSONValue?, into object: inout JSONObject) {
    switch value {
    case .bool(true)?: object["deprecated"] = true
    case .string?: object["deprecated"] = true; object["x-apigen-deprecated"] = value
    default: break
    }
}

/// OpenAPI's `deprecated: true` (and apigen's message in `x-apigen-deprecated`) as the spec's `"deprecated"`.
func importedDeprecation(_ object: JSONObject) -> JSONValue? {
    if case .string? = object["x-apigen-deprecated"] { return object["x-apigen-deprecated"] }
    return object["deprecated"] == true ? true : nil
}
