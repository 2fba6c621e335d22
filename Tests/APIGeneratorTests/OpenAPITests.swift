import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// `apigen import` and `apigen export`: the round trip, the published six operations, and the export
/// compared fact by fact with what Cloudflare publishes.
@Suite("OpenAPI import and export")
struct OpenAPITests {
    static let published = PackagePaths.testsFolder.appending(path: "Fixtures/cloudflare-mcp-servers.openapi.json")

    static func importDocument(_ root: JSONValue, fileName: String, specFileName: String = "mcp-servers.json") throws -> ImportResult {
        let document = try OpenAPIDocument(root: root, fileName: fileName)
        return try OpenAPIImporter(document: document, options: ImportOptions(moduleName: "CloudflareMCP", specFileName: specFileName)).run()
    }

    /// The real spec and every snapshot spec: each construct the format has is in one of them.
    static let roundTripSpecs: [URL] = [PackagePaths.spec] + ((try? FileManager.default.contentsOfDirectory(
        at: PackagePaths.testsFolder.appending(path: "Snapshots"), includingPropertiesForKeys: nil)) ?? [])
        .map { $0.appending(path: "spec.json") }.sorted { $0.path < $1.path }

    @Test("import(export(spec)) generates the same Swift as the spec, byte for byte", arguments: roundTripSpecs)
    func roundTrip(specURL: URL) throws {
        let exported = try OpenAPIExporter.export(specAt: specURL)
        let imported = try Self.importDocument(exported, fileName: "exported.json", specFileName: specURL.lastPathComponent)
        #expect(imported.warnings.isEmpty, "\(imported.warnings)")
        let original = try Generator.generate(specAt: specURL, displayName: specURL.lastPathComponent)
        let again = try Generator.generate(imported.spec)
        #expect(original.map(\.name) == again.map(\.name))
        for (left, right) in zip(original, again) {
            #expect(left.contents == right.contents, "\(left.name) differs after export and import")
        }
    }

    @Test("paths the published document gets wrong: a placeholder named twice skips the operation; a path parameter the path lacks is not sent; both warned")
    func inconsistentPaths() throws {
        let document: JSONValue = try JSONParser.parse(Data(#"""
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "servers": [{"url": "https://api.example.com/v4"}], "paths": {
              "/accounts/{account_id}/maps/{map_id}/accounts/{account_id}": {"delete": {"operationId": "remove-membership",
                "parameters": [{"name": "account_id", "in": "path", "required": true, "schema": {"type": "string"}},
                               {"name": "map_id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
              "/{scope}/{scope_id}/usage": {"get": {"operationId": "get-usage",
                "parameters": [{"name": "account_id", "in": "path", "required": true, "schema": {"type": "string"}},
                               {"name": "scope", "in": "path", "required": true, "schema": {"type": "string"}},
                               {"name": "scope_id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object",
                  "properties": {"success": {"type": "boolean"}, "result": {"type": "object"}}}}}}}}}
            }}
            """#.utf8))
        let result = try Self.importDocument(document, fileName: "paths.json")
        #expect(result.spec.operations.map(\.name) == ["getUsage"])
        #expect(result.spec.operations.first?.parameters.map(\.name) == ["scope", "scope_id"])
        #expect(result.skippedOperations.map(\.pointer) == ["/paths/~1accounts~1{account_id}~1maps~1{map_id}~1accounts~1{account_id}/delete"])
        let warned = result.warnings.map { "\($0.cause) \($0.path.pointer)" }
        #expect(warned == [
            "path /paths/~1accounts~1{account_id}~1maps~1{map_id}~1accounts~1{account_id}",
            "path parameter /paths/~1{scope}~1{scope_id}~1usage/get/parameters/0",
        ], "\(result.warnings)")
    }

    @Test("a union none of whose alternatives can be a variant (here two maps) is any JSON value, warned")
    func unionOfMaps() throws {
        let document: JSONValue = try JSONParser.parse(Data(#"""
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "servers": [{"url": "https://api.example.com/v4"}], "paths": {
              "/policies": {"get": {"operationId": "get-policy",
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object",
                  "properties": {"success": {"type": "boolean"}, "result": {"$ref": "#/components/schemas/policy"}}}}}}}}}},
              "components": {"schemas": {
                "policy": {"type": "object", "properties": {"resources": {"$ref": "#/components/schemas/resources"}}},
                "resources": {"anyOf": [{"type": "object", "additionalProperties": {"type": "string"}},
                                        {"type": "object", "additionalProperties": {"type": "object", "additionalProperties": {"type": "string"}}}]}
              }}}
            """#.utf8))
        let result = try Self.importDocument(document, fileName: "unions.json")
        let policy = try #require(result.spec.model(named: "Policy")?.objectModel)
        #expect(policy.fields.first?.schema.category == .any)
        #expect(result.warnings.contains { $0.cause == "union" && $0.path.pointer == "/components/schemas/resources" }, "\(result.warnings)")
    }

    @Test("a paginated result may be null (a page without items); a result object with one array and a cursor member pages by that cursor")
    func nullablePage() throws {
        let document: JSONValue = try JSONParser.parse(Data(#"""
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "servers": [{"url": "https://api.example.com/v4"}], "paths": {
              "/logs": {"get": {"operationId": "get-logs",
                "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {
                  "success": {"type": "boolean"}, "result": {"$ref": "#/components/schemas/logs"}
                }}}}}}}},
              "/owners": {"get": {"operationId": "list-owners",
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {
                  "success": {"type": "boolean"}, "result": {"type": "array", "items": {"type": "string"}},
                  "result_info": {"$ref": "#/components/schemas/result_info"}
                }}}}}}}},
              "/tokens": {"get": {"operationId": "list-tokens",
                "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}, {"name": "per_page", "in": "query", "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {
                  "success": {"type": "boolean"}, "result": {"type": "array", "nullable": true, "items": {"type": "string"}},
                  "result_info": {"$ref": "#/components/schemas/result_info"}
                }}}}}}}}},
              "components": {"schemas": {
                "result_info": {"type": "object", "properties": {"page": {"type": "integer"}, "per_page": {"type": "integer"}, "total_pages": {"type": "integer"}}},
                "logs": {"type": "object", "nullable": true, "properties": {"lines": {"type": "array", "items": {"type": "string"}}, "next_cursor": {"type": "string"}, "truncated": {"type": "boolean"}}},
                "collection": {"type": "object", "properties": {"success": {"type": "boolean"}, "result_info": {"$ref": "#/components/schemas/result_info"}}}
              }}}
            """#.utf8))
        let result = try Self.importDocument(document, fileName: "pages.json")
        let tokens = try #require(result.spec.operations.first { $0.path.text == "/tokens" })
        #expect(tokens.pagination?.pageParameter == "page")
        #expect(tokens.response.isNullable)
        let logs = try #require(result.spec.operations.first { $0.path.text == "/logs" })
        #expect(logs.pagination?.cursorField == "next_cursor")
        #expect(logs.pagination?.itemsField == "lines")
        #expect(logs.pagination?.infoModel == nil)
        #expect(logs.pageInformationModel == "Logs")
        // Not paginated, yet its answer declares page information: the list keeps it.
        let owners = try #require(result.spec.operations.first { $0.path.text == "/owners" })
        #expect(owners.pagination == nil && owners.response.infoModel == "ResultInfo")
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test("OpenAPI's deprecated: true imports as deprecated (its message only from apigen's own export)")
    func deprecation() throws {
        let specURL = PackagePaths.snapshots.appending(path: "deprecation/spec.json")
        let spec = try SpecLoader.load(data: Data(contentsOf: specURL), fileName: "spec.json")
        let exported = try OpenAPIExporter.export(specAt: specURL)
        let withMessages = try Self.importDocument(exported, fileName: "exported.json").spec
        /// Each deprecated operation, parameter, model and field by its name (`owner.name` for the last two), with its message.
        func deprecations(_ spec: Spec) -> [String: String] {
            var found: [String: String] = [:]
            /// `message`: nil when not deprecated, `.some(nil)` when deprecated without a message.
            func note(_ key: String, _ message: String??) { if let message { found[key] = message ?? "" } }
            for operation in spec.operations {
                note(operation.name, operation.deprecation.map(\.message))
                for parameter in operation.parameters { note("\(operation.name).\(parameter.name)", parameter.deprecation.map(\.message)) }
            }
            for model in spec.models {
                note(model.name, model.deprecation.map(\.message))
                for field in model.objectModel?.fields ?? [] { note("\(model.name).\(field.name)", field.deprecation.map(\.message)) }
            }
            return found
        }
        #expect(deprecations(withMessages) == deprecations(spec))
        #expect(deprecations(spec).count == 8)  // 2 operations, 1 parameter, 1 model, 4 fields

        // A document from elsewhere says only `deprecated: true`.
        let plain = try JSONParser.parse(JSONSerializer.string(exported).replacingOccurrences(of: "\"x-apigen-deprecated\"", with: "\"x-other\""))
        let imported = try Self.importDocument(plain, fileName: "plain.json").spec
        #expect(deprecations(imported) == deprecations(spec).mapValues { _ in "" })
        #expect(imported.operations.first { $0.name == "listWidgets" }?.description == nil)
    }

    @Test("enum [true, false] allows every boolean: a plain boolean, no warning; enum [true] is a constant")
    func everyBoolean() throws {
        let document: JSONValue = try JSONParser.parse(Data(#"""
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "servers": [{"url": "https://api.example.com/v4"}], "paths": {
              "/flags": {"get": {"operationId": "get-flags",
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {
                  "success": {"type": "boolean"}, "result": {"$ref": "#/components/schemas/flags"}}}}}}}}}},
              "components": {"schemas": {
                "flags": {"type": "object", "properties": {"either": {"type": "boolean", "enum": [true, false]}, "always": {"type": "boolean", "enum": [true]}}}
              }}}
            """#.utf8))
        let result = try Self.importDocument(document, fileName: "flags.json")
        let flags = try #require(result.spec.model(named: "Flags")?.objectModel)
        #expect(flags.fields.map(\.name) == ["either", "always"])
        #expect(flags.fields.first?.schema.category == .boolean && flags.fields.first?.isConstant == false)
        #expect(flags.fields.last?.isConstant == true)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test("import and export are deterministic")
    func deterministic() throws {
        let root = try JSONParser.parse(Data(contentsOf: Self.published))
        #expect(try Self.importDocument(root, fileName: "a.json").text == Self.importDocument(root, fileName: "a.json").text)
        let specJSON = try JSONParser.parse(Data(contentsOf: PackagePaths.spec))
        #expect(JSONSerializer.string(OpenAPIExporter.export(specJSON)) == JSONSerializer.string(OpenAPIExporter.export(specJSON)))
    }

    /// A plain OpenAPI document whose answers are the results themselves: no envelope is guessed, nothing is skipped or warned.
    @Test("a string cursor query parameter and a cursor member of result_info import as cursor pagination; without the member, no pagination")
    func cursorPaginationImport() throws {
        let bucket: JSONValue = ["type": "object", "properties": ["name": ["type": "string"]], "required": ["name"]]
        let info: JSONValue = ["type": "object", "properties": ["cursor": ["type": "string"], "per_page": ["type": "integer"]]]
        let document = { (info: JSONValue) -> JSONValue in [
            "openapi": "3.1.0", "info": ["title": "R2", "version": "1.0.0"], "servers": [["url": "https://api.example.com"]],
            "paths": ["/buckets": ["get": [
                "operationId": "list-buckets",
                "parameters": [["name": "cursor", "in": "query", "schema": ["type": "string"]], ["name": "per_page", "in": "query", "schema": ["type": "integer"]]],
                "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/BucketList"]]]]],
            ]]],
            "components": ["schemas": ["Bucket": bucket, "CursorInfo": info, "BucketList": [
                "type": "object",
                "properties": ["success": ["type": "boolean"], "errors": ["type": "array", "items": ["type": "object"]],
                               "result": ["type": "array", "items": ["$ref": "#/components/schemas/Bucket"]],
                               "result_info": ["$ref": "#/components/schemas/CursorInfo"]],
            ]]],
        ] }
        let result = try Self.importDocument(document(info), fileName: "r2.openapi.json")
        let pagination = try #require(result.spec.operations.first?.pagination, "\(result.text)")
        #expect(pagination.style == .cursor(parameter: "cursor", field: "cursor"))
        #expect(pagination.perPageParameter == "per_page")
        #expect(pagination.infoModel == "CursorInfo")
        let files = try Generator.generate(result.spec)
        #expect(files.contains { $0.contents.contains("nextCursor: info?.cursor") })
        // The export writes it back as it is.
        let exported = OpenAPIExporter.export(try JSONParser.parse(Data(result.text.utf8)))
        #expect(exported["paths"]?["/buckets"]?["get"]?["x-apigen-pagination"]?["style"] == "cursor")

        let withoutCursor: JSONValue = ["type": "object", "properties": ["per_page": ["type": "integer"]]]
        #expect(try Self.importDocument(document(withoutCursor), fileName: "r2.openapi.json").spec.operations.first?.pagination == nil)
    }

    @Test("answers outside an envelope import as the whole body's result; a guessed envelope no operation uses is dropped")
    func answersWithoutAnEnvelope() throws {
        let note: JSONValue = ["type": "object", "properties": ["id": ["type": "string"], "text": ["type": "string"]], "required": ["id", "text"]]
        let answer = { (schema: JSONValue) -> JSONValue in ["description": "ok", "content": ["application/json": ["schema": schema]]] }
        let root: JSONValue = [
            "openapi": "3.1.0", "info": ["title": "Notes", "version": "1.0.0"], "servers": [["url": "https://notes.example.com"]],
            "paths": [
                "/notes": ["get": ["operationId": "list-notes", "responses": ["200": answer(["type": "array", "items": ["$ref": "#/components/schemas/Note"]])]]],
                "/notes/{id}": ["get": [
                    "operationId": "get-note", "parameters": [["name": "id", "in": "path", "required": true, "schema": ["type": "string"]]],
                    "responses": ["200": answer(["$ref": "#/components/schemas/Note"])],
                ]],
                "/notes/count": ["get": ["operationId": "count-notes", "responses": ["200": answer(["type": "integer"])]]],
            ],
            "components": ["schemas": ["Note": note]],
        ]
        let result = try Self.importDocument(root, fileName: "notes.openapi.json")
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(result.skippedOperations.isEmpty)
        #expect(result.spec.envelope == nil)
        let results = result.spec.operations.map { $0.response.result?.kind }
        guard results.count == 3, case .array(let items)? = results[0], case .reference("Note") = items.kind,
              case .reference("Note")? = results[1], case .integer? = results[2] else {
            Issue.record("results: \(results)")
            return
        }
        #expect(!result.text.contains("\"envelope\""), "\(result.text)")
        _ = try Generator.generate(result.spec)

        // Beside an enveloped answer, the whole-body one is marked as outside the envelope.
        var mixed = root.objectValue!
        var paths = mixed["paths"]!.objectValue!
        paths["/wrapped"] = ["get": ["operationId": "get-wrapped", "responses": ["200": answer(["type": "object", "properties": ["success": ["type": "boolean"], "result": ["$ref": "#/components/schemas/Note"]]])]]]
        mixed["paths"] = .object(paths)
        let both = try Self.importDocument(.object(mixed), fileName: "mixed.openapi.json")
        #expect(both.warnings.isEmpty, "\(both.warnings)")
        #expect(both.spec.envelope?.resultField == "result")
        #expect(both.spec.operations.map { $0.envelope } == [false, false, false, nil])
        _ = try Generator.generate(both.spec)
    }

    @Test("4XX, 5XX and default answers import as error entries of their own, without a warning, and export back")
    func errorStatusRanges() throws {
        let problem: JSONValue = ["type": "object", "properties": ["title": ["type": "string"]], "required": ["title"]]
        let error = { (description: String) -> JSONValue in
            ["description": .string(description), "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Problem"]]]]
        }
        let root: JSONValue = [
            "openapi": "3.1.0", "info": ["title": "Notes", "version": "1.0.0"], "servers": [["url": "https://notes.example.com"]],
            "paths": ["/notes/count": ["get": ["operationId": "count-notes", "responses": [
                "200": ["description": "ok", "content": ["application/json": ["schema": ["type": "integer"]]]],
                "404": error("Not found"), "4xx": error("Client error"), "5XX": error("Server error"), "default": error("Other error"),
            ]]]],
            "components": ["schemas": ["Problem": problem]],
        ]
        let result = try Self.importDocument(root, fileName: "notes.openapi.json")
        // 4XX and 5XX leave nothing for default, which lint would refuse: it is left out, warned.
        #expect(result.warnings.map { "\($0.cause) \($0.path.pointer)" } == ["unreachable default /paths/~1notes~1count/get/responses/default"])
        let operation = try #require(result.spec.operations.first)
        #expect(operation.errors.map(\.status) == [.exact(404), .range(4), .range(5)])
        let exported = OpenAPIExporter.export(try JSONParser.parse(Data(result.text.utf8)))
        let responses = exported["paths"]?["/notes/count"]?["get"]?["responses"]?.objectValue?.keys
        #expect(responses == ["200", "404", "4XX", "5XX"])

        var withoutServerErrors = root.objectValue!
        withoutServerErrors["paths"] = ["/notes/count": ["get": ["operationId": "count-notes", "responses": [
            "200": ["description": "ok", "content": ["application/json": ["schema": ["type": "integer"]]]],
            "4XX": error("Client error"), "default": error("Other error"),
        ]]]]
        let both = try Self.importDocument(.object(withoutServerErrors), fileName: "notes.openapi.json")
        #expect(both.warnings.isEmpty, "\(both.warnings)")
        #expect(both.spec.operations.first?.errors.map(\.status) == [.range(4), .default])
    }

    @Test("an error answer with no JSON schema to read (text, JSON without a schema, {}) is documented without a body model")
    func errorAnswersWithoutABodyModel() throws {
        let root: JSONValue = [
            "openapi": "3.1.0", "info": ["title": "SQL", "version": "1.0.0"], "servers": [["url": "https://sql.example.com"]],
            "paths": ["/sql": ["get": ["operationId": "run-query", "responses": [
                "200": ["description": "ok", "content": ["application/json": ["schema": ["type": "integer"]]]],
                "400": ["description": "Bad query", "content": ["text/plain": ["example": "Missing query parameter"]]],
                "422": ["description": "Invalid", "content": ["application/json": [:]]],
                "4XX": ["description": "Other", "content": ["application/json": ["schema": [:]]]],
            ]]]],
        ]
        let result = try Self.importDocument(root, fileName: "sql.openapi.json")
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let errors = try #require(result.spec.operations.first?.errors)
        #expect(errors.map(\.status) == [.exact(400), .exact(422), .range(4)])
        #expect(errors.allSatisfy { $0.body == nil })
        #expect(errors.map(\.description) == ["Bad query", "Invalid", "Other"])
    }

    @Test("the six published operations import into a spec that loads, lints and generates; approximations are warned, located")
    func publishedSix() throws {
        let root = try JSONParser.parse(Data(contentsOf: Self.published))
        let result = try Self.importDocument(root, fileName: "cloudflare-mcp-servers.openapi.json")
        #expect(result.spec.operations.map(\.name) == ["listServers", "createServer", "deleteServer", "fetchServer", "updateServer", "syncServer"])
        #expect(result.skippedOperations.isEmpty)
        #expect(result.spec.authentication.map(\.name) == ["apiToken", "apiKey"])
        #expect(result.spec.authentication.last?.credentials.map(\.name) == ["email", "key"])
        let files = try Generator.generate(result.spec)
        #expect(files.map(\.name) == Generator.outputFileNames)
        let reloaded = try SpecLoader.load(data: Data(result.text.utf8), fileName: "mcp-servers.json")
        try SpecValidator.validate(reloaded)
        let server = try #require(result.spec.model(named: "Server")?.objectModel)
        #expect(server.fields.first { $0.name == "description" }?.isNullable == true)
        #expect(server.fields.filter(\.isRequired).map(\.name) == ["auth_type", "hostname", "id", "name", "prompts", "tools"])
        let warned = result.warnings.map { "\($0.cause) \($0.path.pointer)" }
        // `success: enum [true]` / `[false]` are constants now, and the errors example fits the messages model.
        #expect(warned == [])
        let failure = try #require(result.spec.models.first { $0.name.hasSuffix("Failure") }?.objectModel)
        #expect(failure.fields.first { $0.name == "success" }?.schema.constraints.constant == false)
    }

    // MARK: - The export against the published operations

    /// What one schema says, flattened: `result.auth_type` → `type string`, `enum oauth|bearer|…`, `required`…
    static func facts(_ schema: JSONValue, in document: JSONValue, at prefix: String, into facts: inout [String: String], depth: Int = 0) {
        guard depth < 8 else { return }
        var schema = schema
        var nullable = false
        while true {
            if let reference = schema["$ref"]?.stringValue {
                let key = String(reference.split(separator: "/").last ?? "")
                schema = document["components"]?["schemas"]?[key] ?? .null
            } else if let alternatives = (schema["anyOf"] ?? schema["oneOf"])?.arrayValue {
                let others = alternatives.filter { $0["type"]?.stringValue != "null" }
                nullable = nullable || others.count < alternatives.count
                schema = others.first ?? .null
            } else { break }
        }
        if schema["nullable"] == true { nullable = true }
        var type = schema["type"]?.stringValue
        if let types = schema["type"]?.arrayValue {
            nullable = nullable || types.contains("null")
            type = types.compactMap(\.stringValue).first { $0 != "null" }
        }
        if schema["properties"] != nil { type = "object" }
        facts[prefix + " type"] = type ?? "any"
        if nullable { facts[prefix + " nullable"] = "true" }
        for key in ["format", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems", "pattern"] {
            if let value = schema[key] { facts[prefix + " " + key] = JSONSerializer.string(value) }
        }
        if let values = schema["enum"]?.arrayValue { facts[prefix + " enum"] = values.map { JSONSerializer.string($0) }.joined(separator: "|") }
        for name in schema["required"]?.arrayValue ?? [] { facts[prefix + "." + (name.stringValue ?? "") + " required"] = "true" }
        for member in schema["properties"]?.objectValue ?? [:] {
            Self.facts(member.value, in: document, at: prefix + "." + member.key, into: &facts, depth: depth + 1)
        }
        if let items = schema["items"] { Self.facts(items, in: document, at: prefix + "[]", into: &facts, depth: depth + 1) }
    }

    /// Every fact of every operation, keyed by operationId.
    static func operationFacts(_ document: JSONValue) -> [String: String] {
        var result: [String: String] = [:]
        for path in document["paths"]?.objectValue ?? [:] {
            for method in path.value.objectValue ?? [:] {
                let id = method.value["operationId"]?.stringValue ?? ""
                for parameter in method.value["parameters"]?.arrayValue ?? [] {
                    let prefix = "\(id) \(parameter["in"]?.stringValue ?? "") \(parameter["name"]?.stringValue ?? "")"
                    if parameter["required"] == true { result[prefix + " required"] = "true" }
                    facts(parameter["schema"] ?? .null, in: document, at: prefix, into: &result)
                }
                if let body = method.value["requestBody"]?["content"]?["application/json"]?["schema"] {
                    facts(body, in: document, at: "\(id) body", into: &result)
                }
                for response in method.value["responses"]?.objectValue ?? [:] {
                    result["\(id) status \(response.key)"] = "declared"
                    guard let schema = response.value["content"]?["application/json"]?["schema"] else { continue }
                    facts(schema, in: document, at: "\(id) \(response.key)", into: &result)
                }
            }
        }
        return result
    }

    @Test("the export agrees with the six published operations except where the spec records a decision")
    func exportAgreesWithPublished() throws {
        let publishedDocument = try JSONParser.parse(Data(contentsOf: Self.published))
        let published = Self.operationFacts(publishedDocument)
        // Only the operations the published cut documents: a resource added to the spec has nothing to agree with here.
        let publishedIDs = Set((publishedDocument["paths"]?.objectValue ?? [:]).flatMap { path in
            (path.value.objectValue ?? [:]).compactMap { $0.value["operationId"]?.stringValue }
        })
        let exported = Self.operationFacts(try OpenAPIExporter.export(specAt: PackagePaths.spec))
            .filter { publishedIDs.contains(String($0.key.prefix { $0 != " " })) }
        var differences: [String] = []
        for key in Set(published.keys).union(exported.keys).sorted() where published[key] != exported[key] {
            differences.append("\(key): published \(published[key] ?? "-"), exported \(exported[key] ?? "-")")
        }
        let spec = try SpecLoader.load(contentsOf: PackagePaths.spec)
        let topics = Set(spec.decisions.map(\.topic))
        var unexplained = differences
        for (decision, expected) in Self.expectedDifferences {
            #expect(decision.hasPrefix("format limit:") || topics.contains(decision), "the decision '\(decision)' is not recorded in the spec")
            for difference in expected {
                #expect(unexplained.contains(difference), "expected difference not found (\(decision)): \(difference)")
                unexplained.removeAll { $0 == difference }
            }
        }
        #expect(unexplained.isEmpty, "differences no decision explains:\n\(unexplained.joined(separator: "\n"))")
        #expect(published.count > 300)
        print("OpenAPI export: \(published.count) published facts, \(published.count - differences.count) agree, \(differences.count) differ (each from a decision)")
    }

    /// Each expected difference, with the decision of the spec it comes from.
    static let expectedDifferences: [(String, [String])] = {
        let server = ["auth_config_summary.client_secret_version", "error_details.mcp_code", "error_details.status_code"]
        let number = { (place: String, fields: [String]) in fields.map { "mcp-portals-api-\(place).\($0) type: published number, exported integer" } }
        let wholeNumbers = number("list-servers 200.result[]", server) + number("create-servers 201.result", server)
            + number("fetch-servers 200.result", server) + number("update-servers 200.result", server) + number("delete-servers 200.result", server)
            + number("sync-server 200.result", ["error_details.mcp_code", "error_details.status_code"])
            + number("create-servers 400", ["errors[].code"]) + number("update-servers 400", ["errors[].code"])
            + ["fetch-servers", "update-servers", "delete-servers", "sync-server"].flatMap { number("\($0) 404", ["errors[].code"]) }
        // Error bodies' `success: enum [false]` is a constant of the spec now (`"const": false`), exported as published.
        return [("whole numbers typed number", wholeNumbers)]
    }()
}
