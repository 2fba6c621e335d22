import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import Foundation
import Testing

/// `includes` and OpenAPI `allOf`: export writes a reference per whole include and the fields of a projection, import
/// reads an `allOf` of references to object models and one object of its own back as `includes`, and flattens others.
@Suite("OpenAPI allOf and includes")
struct OpenAPICompositionTests {
    static let snapshot = PackagePaths.snapshots.appending(path: "composition/spec.json")

    @Test func exportWritesAllOf() throws {
        let schemas = try #require(try OpenAPIExporter.export(specAt: Self.snapshot)["components"]?["schemas"])
        let portal = try #require(schemas["PortalServer"]?["allOf"]?.arrayValue)
        #expect(portal.first == ["$ref": "#/components/schemas/Server"])
        #expect(portal.last?["properties"]?.objectValue?.keys.map { $0 } == ["default_disabled", "on_behalf", "updated_prompts"])
        let create = try #require(schemas["CreateServer"])
        #expect(create["allOf"]?[0]?["properties"]?.objectValue?.keys.map { $0 } == ["name", "hostname", "auth_type"])
        #expect(create["allOf"]?[0]?["required"] == ["name", "hostname"])
        #expect(create["allOf"]?[0]?["x-apigen-include"] == ["model": "Server", "writable": true])
        #expect(create["unevaluatedProperties"] == false && create["additionalProperties"] == nil)
    }

    @Test func importReadsIncludesBack() throws {
        let exported = try OpenAPIExporter.export(specAt: Self.snapshot)
        let imported = try OpenAPITests.importDocument(exported, fileName: "exported.json", specFileName: "spec.json")
        let models = try #require(try JSONParser.parse(Data(imported.text.utf8))["models"])
        #expect(models["PortalServer"]?["includes"] == ["Server"])
        #expect(models["PortalServer"]?["fields"]?.objectValue?.keys.map { $0 } == ["default_disabled", "on_behalf", "updated_prompts"])
        #expect(models["CreateServer"]?["includes"] == [["model": "Server", "writable": true]])
        #expect(models["CreateServer"]?["fields"] == nil)
        #expect(models["CreateServer"]?["unknownFields"] == "reject")
    }

    /// Parts that define one member twice, or are not all references to object models, are flattened as before.
    @Test func otherAllOfsAreFlattened() throws {
        let document: JSONValue = ["openapi": "3.1.0", "info": ["title": "T", "version": "1"], "servers": [["url": "https://api.example.com"]],
            "paths": ["/things": ["get": ["operationId": "list-things", "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                "type": "array", "items": ["$ref": "#/components/schemas/Thing"]]]]]]]]],
            "components": ["schemas": [
                "Base": ["type": "object", "properties": ["id": ["type": "string"], "kind": ["type": "string"]]],
                "Thing": ["allOf": [["$ref": "#/components/schemas/Base"], ["type": "object", "properties": ["kind": ["type": "string", "enum": ["a", "b"]], "size": ["type": "integer"]]]]],
            ]]]
        let imported = try OpenAPITests.importDocument(document, fileName: "things.json")
        let thing = try #require(try JSONParser.parse(Data(imported.text.utf8))["models"]?["Thing"])
        #expect(thing["includes"] == nil)
        #expect(thing["fields"]?.objectValue?.keys.map { $0 } == ["id", "kind", "size"])
    }
}
