import APIGenDiff
import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import Foundation
import Testing

/// `"nullable": true` on array items, map values and additional fields beyond the generator: lint, import, export and diff.
@Suite("Nullable items and map values")
struct NullableItemsTests {
    @Test func itemsAndValuesMayBeNullable() throws {
        for field in [#"{"type": "array", "items": {"type": "number", "nullable": true}}"#,
                      #"{"type": "map", "values": {"ref": "Pet", "nullable": true}}"#,
                      #"{"type": "array", "items": {"type": "map", "values": {"type": "string", "nullable": true}, "nullable": true}}"#] {
            #expect(diagnostics(try SpecFixture.withField(field)).isEmpty, "\(field)")
        }
        let spec = try SpecLoader.load(data: Data(try SpecFixture.withField(#"{"type": "array", "items": {"type": "number", "nullable": true}}"#).utf8),
                                       fileName: SpecFixture.fileName)
        #expect(spec.model(named: "Pet")?.objectModel?.fields.first?.schema.element?.isNullable == true)
        let additional = try SpecFixture.spec([#""kind": "object","#: #""kind": "object", "additionalFields": {"type": "string", "nullable": true},"#])
        #expect(diagnostics(additional).isEmpty)
    }

    @Test func nullableOnAnyIsRefusedAtTheKey() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"type": "array", "items": {"type": "any", "nullable": true}}"#), ExpectedDiagnostic(
            "'nullable' does not apply to type 'any', which already holds null",
            line: 11, column: 60, pointer: "/models/Pet/fields/name/items/nullable", at: #""nullable""#
        ))
    }

    @Test func parametersAndTheirItemsAreNeverNullable() throws {
        let items = try SpecFixture.spec([#""id": {"in": "path", "type": "string"}"#:
            #""id": {"in": "path", "type": "string"}, "tag": {"in": "query", "type": "array", "items": {"type": "string", "nullable": true}}"#])
        #expect(diagnostics(items).map(\.message) == ["the items of parameter 'tag' cannot be nullable: a parameter has no way to send null"])
        #expect(diagnostics(items).first?.location.path.pointer == "/operations/getPet/parameters/tag/items/nullable")
        let parameter = try SpecFixture.spec([#""id": {"in": "path", "type": "string"}"#: #""id": {"in": "path", "type": "string", "nullable": true}"#])
        #expect(diagnostics(parameter).map(\.message)
            == ["parameter 'id' cannot be nullable: a parameter has no way to send null (one not required is left out when nil)"])
        #expect(diagnostics(parameter).first?.location.path.pointer == "/operations/getPet/parameters/id/nullable")
    }

    @Test func aVariantIsNeverNullable() throws {
        let text = try SpecFixture.spec([#""models": {"#: #""models": {"Id": {"kind": "union", "variants": [{"type": "string"}, {"type": "integer", "nullable": true}]},"#])
        #expect(diagnostics(text).map(\.message)
            == ["a variant cannot be nullable; say 'nullable' where the union is used (a field, an array's items, a map's values or a result)"])
        #expect(diagnostics(text).first?.location.path.pointer == "/models/Id/variants/1/nullable")
    }

    /// Examples may hold `null` where elements are nullable, and only there.
    @Test func examplesHoldNullOnlyWhereElementsAreNullable() throws {
        #expect(diagnostics(try SpecFixture.withField(#"{"type": "array", "items": {"type": "integer", "nullable": true}, "example": [1, null]}"#)).isEmpty)
        let refused = diagnostics(try SpecFixture.withField(#"{"type": "array", "items": {"type": "integer"}, "example": [1, null]}"#))
        #expect(refused.map(\.message) == ["field 'name': the example [1,null] does not fit its own type: [1]: null, but the type is not nullable"])
    }

    /// Cuts of Cloudflare's document: page speed trends (3.0 `nullable` items), a build's environment variables (nullable
    /// map values), an integration's application (nullable additional members), Radar's query type filter (a query list).
    static let cloudflareCut: JSONValue = [
        "openapi": "3.0.3", "info": ["title": "Cut", "version": "1"], "servers": [["url": "https://api.cloudflare.com/client/v4"]],
        "paths": [
            "/zones/{zone_id}/speed_api/pages/{url}/trend": ["get": [
                "operationId": "speed-list-page-trend",
                "parameters": [["name": "zone_id", "in": "path", "required": true, "schema": ["type": "string"]],
                               ["name": "url", "in": "path", "required": true, "schema": ["type": "string"]]],
                "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                    "type": "object", "properties": ["result": ["$ref": "#/components/schemas/observatory_trend"]],
                ]]]]],
            ]],
            "/accounts/{account_id}/builds/triggers/{trigger_uuid}": ["patch": [
                "operationId": "updateTrigger",
                "parameters": [["name": "account_id", "in": "path", "required": true, "schema": ["type": "string"]],
                               ["name": "trigger_uuid", "in": "path", "required": true, "schema": ["type": "string"]]],
                "requestBody": ["content": ["application/json": ["schema": ["$ref": "#/components/schemas/builds_UpdateWorkerBuildSettingsInput"]]]],
                "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                    "type": "object", "properties": ["result": ["$ref": "#/components/schemas/one_Application"]],
                ]]]]],
            ]],
            "/radar/dns/top/ases": ["get": [
                "operationId": "radar-get-dns-top-ases",
                "parameters": [["name": "queryType", "in": "query", "explode": true, "schema": [
                    "type": "array", "items": ["enum": ["A", "AAAA"], "nullable": true, "type": "string"],
                ]]],
                "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": ["type": "object"]]]]],
            ]],
        ],
        "components": ["schemas": [
            "observatory_trend": ["type": "object", "properties": [
                "cls": ["type": "array", "items": ["nullable": true, "type": "number"]],
                "ttfb": ["type": "array", "items": ["type": "number", "nullable": true, "minimum": 0]],
            ]],
            "builds_UpdateWorkerBuildSettingsInput": ["type": "object", "properties": [
                "environment_variables": ["type": "object", "additionalProperties": [
                    "nullable": true, "type": "object", "required": ["is_secret", "value"],
                    "properties": ["is_secret": ["type": "boolean"], "value": ["type": "string"]],
                ]],
            ]],
            "one_Application": ["type": "object", "properties": ["name": ["type": "string"]],
                                "additionalProperties": ["nullable": true, "type": "string"]],
        ]],
    ]

    static func importCut(_ root: JSONValue = cloudflareCut) throws -> ImportResult {
        try OpenAPIImporter(document: try OpenAPIDocument(root: root, fileName: "cut.json"),
                            options: ImportOptions(moduleName: "Cut", specFileName: "cut.json")).run()
    }

    @Test func importStatesNullableElementsWithoutWarnings() throws {
        let imported = try Self.importCut()
        #expect(imported.warnings.isEmpty, "\(imported.warnings)")
        #expect(imported.skippedOperations.isEmpty)
        let spec = try JSONParser.parse(imported.text)
        let trend = try #require(spec["models"]?.objectValue?.first { $0.value["fields"]?["cls"] != nil }?.value)
        #expect(trend["fields"]?["cls"]?["items"] == ["type": "number", "nullable": true])
        #expect(trend["fields"]?["ttfb"]?["items"] == ["type": "number", "minimum": 0, "nullable": true])
        let update = try #require(spec["models"]?.objectValue?.first { $0.value["fields"]?["environment_variables"] != nil }?.value)
        #expect(update["fields"]?["environment_variables"]?["values"]?["nullable"] == true)
        #expect(update["fields"]?["environment_variables"]?["values"]?["ref"] != nil)
        let application = try #require(spec["models"]?.objectValue?.first { $0.value["additionalFields"] != nil }?.value)
        #expect(application["additionalFields"] == ["type": "string", "nullable": true])
        // A query list has no null item to send: stated as not nullable, which loses nothing.
        let operations = try #require(spec["operations"]?.objectValue)
        let queryType = operations.compactMap { $0.value["parameters"]?["queryType"] }.first
        #expect(queryType?["items"]?["nullable"] == nil)
        #expect(queryType?["items"] != nil)
    }

    /// Export writes an element as 3.1 writes a nullable field; importing the export gives the same elements back.
    @Test func exportWritesANullTypeAndReimportsTheSame() throws {
        let imported = try Self.importCut()
        let exported = OpenAPIExporter.export(try JSONParser.parse(imported.text))
        let schemas = try #require(exported["components"]?["schemas"]?.objectValue)
        let trend = try #require(schemas.first { $0.value["properties"]?["cls"] != nil }?.value)
        #expect(trend["properties"]?["cls"]?["items"] == ["type": ["number", "null"]])
        let update = try #require(schemas.first { $0.value["properties"]?["environment_variables"] != nil }?.value)
        let values = try #require(update["properties"]?["environment_variables"]?["additionalProperties"])
        #expect(values["anyOf"]?.arrayValue?.last == ["type": "null"])
        let application = try #require(schemas.first { $0.value["properties"]?["name"] != nil && $0.value["additionalProperties"] != nil }?.value)
        #expect(application["additionalProperties"] == ["type": ["string", "null"]])

        let again = try Self.importCut(exported)
        #expect(again.warnings.filter { $0.message.contains("null") }.isEmpty, "\(again.warnings)")
        let before = imported.spec.models.compactMap { $0.objectModel?.fields.compactMap { $0.schema.element?.isNullable } }
        let after = again.spec.models.compactMap { $0.objectModel?.fields.compactMap { $0.schema.element?.isNullable } }
        #expect(before == after)
        #expect(again.spec.models.compactMap { $0.objectModel?.additionalFields?.element?.isNullable } == [true])
    }

    static func load(_ field: String, body: Bool) throws -> Spec {
        // A request body model is sent; otherwise Pet is only answered.
        let edits: KeyValuePairs<String, String> = body
            ? [#"{"type": "string", "required": true}"#: field, #""method": "GET""#: #""method": "PUT""#,
               #""response": {"status": 200"#: #""requestBody": {"ref": "Pet"}, "response": {"status": 200"#]
            : [#"{"type": "string", "required": true}"#: field]
        return try SpecLoader.load(data: Data(try SpecFixture.spec(edits).utf8), fileName: SpecFixture.fileName)
    }

    static func impacts(_ old: String, _ new: String, body: Bool) throws -> [SpecChange.Impact] {
        SpecComparison.changes(from: try load(old, body: body), to: try load(new, body: body)).map(\.impact)
    }

    /// Elements turning nullable change their Swift type: readers break; a sent array converts (`[T]` to `[T?]`), a map does not.
    @Test func diffClassifiesNullabilityOfElements() throws {
        let array = #"{"type": "array", "items": {"type": "string"}}"#
        let nullableArray = #"{"type": "array", "items": {"type": "string", "nullable": true}}"#
        let map = #"{"type": "map", "values": {"type": "string"}}"#
        let nullableMap = #"{"type": "map", "values": {"type": "string", "nullable": true}}"#
        // Pet is both sent and answered in the body fixture: readers break.
        #expect(try Self.impacts(array, nullableArray, body: true) == [.breaking])
        #expect(try Self.impacts(array, nullableArray, body: false) == [.breaking])
        #expect(try Self.impacts(nullableArray, array, body: false) == [.breaking])
        #expect(try Self.impacts(map, nullableMap, body: false) == [.breaking])
        #expect(try Self.impacts(nullableMap, map, body: true) == [.breaking])
        let changes = SpecComparison.changes(from: try Self.load(array, body: false), to: try Self.load(nullableArray, body: false))
        #expect(changes.first?.message == "model 'Pet': field 'name': its items may be null now: their Swift type becomes optional")
        #expect(changes.first?.path.pointer == "/models/Pet/fields/name/items")
    }

    /// Only sent: a `[T]` still converts to `[T?]`, and the API accepts more.
    @Test func aSentArrayBecomingNullableIsAdditive() throws {
        func load(_ items: String) throws -> Spec {
            try SpecLoader.load(data: Data(try SpecFixture.spec([
                #""method": "GET""#: #""method": "PUT""#,
                #""response": {"status": 200"#: #""requestBody": {"type": "array", "items": \#(items)}, "response": {"status": 200"#,
            ]).utf8), fileName: SpecFixture.fileName)
        }
        let changes = SpecComparison.changes(from: try load(#"{"type": "string"}"#), to: try load(#"{"type": "string", "nullable": true}"#))
        #expect(changes.map(\.impact) == [.additive], "\(changes)")
        let back = SpecComparison.changes(from: try load(#"{"type": "string", "nullable": true}"#), to: try load(#"{"type": "string"}"#))
        #expect(back.map(\.impact) == [.breaking], "\(back)")
    }
}
