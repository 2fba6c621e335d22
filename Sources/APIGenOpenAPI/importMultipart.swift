import APIGenJSON
import APIGenRuntime

/// `multipart/form-data` request bodies: an object schema whose properties are the parts, its `format: binary` strings
/// (and arrays of them) files (`bytes`).
extension OpenAPIImporter {
    /// What the importer makes of a request body that is `multipart/form-data`.
    enum MultipartImport {
        /// The spec's `requestBody`: `{"contentType": "multipart/form-data", "ref": model}`.
        case body(JSONObject)
        /// The operation cannot be imported: the cause, where, and why.
        case skipped(cause: String, at: JSONPath, reason: String)
    }

    /// The operation's body as a multipart body, when it has no JSON form and lists `multipart/form-data`; nil otherwise.
    /// A multipart body is preferred to raw content the operation also accepts (Workers scripts as one JavaScript file):
    /// the parts say more. Other media types beside it are warned about.
    func multipartRequestBody(_ operation: JSONObject, at pointer: JSONPath, typeName: String) -> MultipartImport? {
        guard let raw = operation["requestBody"], case .value(let body, let bodyPath) = document.resolve(raw, at: pointer + "requestBody") else { return nil }
        let (json, _, mediaTypes) = jsonSchema(body["content"])
        guard json == nil, let key = mediaTypes.first(where: { MediaType.essence($0) == MediaType.multipartFormData }) else { return nil }
        let others = mediaTypes.filter { $0 != key }
        if !others.isEmpty {
            warn("media types", bodyPath + "content", "several media types (\(([key] + others).joined(separator: ", "))); sent as \(MediaType.multipartFormData)")
        }
        let schemaPath = bodyPath + "content" + key + "schema"
        guard let (schema, resolvedPath, object) = Self.multipartSchema(body, key: key, at: schemaPath, in: document) else {
            return .skipped(cause: "non-object body", at: schemaPath, reason: "the multipart/form-data body is not an object with properties or typed members")
        }
        let hint = NameHint(name: typeName + "Request", isBody: true)
        // Parts by any name only (`additionalProperties`) would be a map elsewhere: a body is a model.
        let imported = object["properties"]?.objectValue?.isEmpty == false ? importType(schema, at: schemaPath, hint: hint)
            : ImportedType(type: ["ref": .string(inlineModel(object, at: resolvedPath, hint: hint))])
        guard let model = imported.type["ref"]?.stringValue, modelKinds.contains(model), !hasReadOnlyFields(model) else {
            return .skipped(cause: "non-object body", at: schemaPath, reason: "the multipart/form-data body is not an object model without read-only fields")
        }
        // A part is present or absent, never null: a nullable member is sent as absent when it is null.
        if var fields = models[model]?["fields"]?.objectValue, fields.contains(where: { $0.value["nullable"] == true }) {
            for member in fields where member.value["nullable"] == true {
                warn("nullable part", resolvedPath + "properties" + member.key, "a multipart part cannot be null; '\(member.key)' is optional instead")
                var field = member.value.objectValue ?? [:]
                field["nullable"] = nil
                field["required"] = nil
                fields[member.key] = .object(field)
            }
            models[model]?["fields"] = .object(fields)
        }
        return .body(["contentType": .string(MediaType.multipartFormData), "ref": .string(model)])
    }

    /// The schema of a multipart body at `key` of `body`'s content and where it resolves to, when it is an object with
    /// properties or typed members by any name (`additionalProperties`).
    private static func multipartSchema(_ body: JSONValue, key: String, at schemaPath: JSONPath, in document: OpenAPIDocument) -> (JSONValue, JSONPath, JSONObject)? {
        guard let schema = body["content"]?[key]?["schema"], case .value(.object(let object), let resolvedPath) = document.resolve(schema, at: schemaPath),
              object["properties"]?.objectValue?.isEmpty == false || object["additionalProperties"]?.objectValue?.isEmpty == false else { return nil }
        return (schema, resolvedPath, object)
    }

    /// Every operation's multipart body schema (resolved), as ``multipartRequestBody(_:at:typeName:)`` will read it.
    func findMultipartSchemas() -> Set<JSONPath> {
        var found: Set<JSONPath> = []
        for pathMember in document.root["paths"]?.objectValue ?? [:] {
            for member in pathMember.value.objectValue ?? [:] where Self.methods.contains(member.key) {
                let pointer = JSONPath.root + "paths" + pathMember.key + member.key
                guard let raw = member.value["requestBody"], case .value(let body, let bodyPath) = document.resolve(raw, at: pointer + "requestBody") else { continue }
                let (json, _, mediaTypes) = jsonSchema(body["content"])
                guard json == nil, let key = mediaTypes.first(where: { MediaType.essence($0) == MediaType.multipartFormData }),
                      let (_, resolvedPath, _) = Self.multipartSchema(body, key: key, at: bodyPath + "content" + key + "schema", in: document) else { continue }
                found.insert(resolvedPath)
            }
        }
        return found
    }

    /// A multipart body's member that is a file: a `format: binary` string → `bytes`, an array of them → `[bytes]` (with
    /// its counts); nil for any other member.
    func fileType(_ raw: JSONValue, at path: JSONPath) -> JSONObject? {
        guard case .value(.object(let object), let resolvedPath) = document.resolve(raw, at: path) else { return nil }
        if Self.isBinary(object) { return ["type": "bytes"] }
        guard object["type"]?.stringValue == "array", let items = object["items"],
              case .value(.object(let item), _) = document.resolve(items, at: resolvedPath + "items"), Self.isBinary(item) else { return nil }
        var type: JSONObject = ["type": "array", "items": ["type": "bytes"]]
        for bound in ["minItems", "maxItems"] {
            if let count = object[bound]?.numberValue?.intValue { type[bound] = .number(JSONNumber(count)) }
        }
        return type
    }

    private static func isBinary(_ schema: JSONObject) -> Bool {
        schema["type"]?.stringValue == "string" && schema["format"]?.stringValue == "binary"
    }
}
