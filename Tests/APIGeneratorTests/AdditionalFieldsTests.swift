import APIGenDiff
import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import Foundation
import Testing

/// `additionalFields` beyond the generator: lint, import, export and diff.
@Suite("Additional fields")
struct AdditionalFieldsTests {
    @Test func lintRefusesAdditionalFieldsBesideUnknownFields() throws {
        let text = try SpecFixture.spec([#""kind": "object","#: #""kind": "object", "unknownFields": "keep", "additionalFields": {"type": "string"},"#])
        #expect(diagnostics(text).map(\.message) == [
            "'additionalFields' gives every member beside the fields a type; 'unknownFields' has no members left to keep or reject: leave one out",
        ])
        let undefined = try SpecFixture.spec([#""kind": "object","#: #""kind": "object", "additionalFields": {"ref": "Pets"},"#])
        #expect(diagnostics(undefined).map(\.message) == ["the additional fields of model 'Pet' refers to model 'Pets', which the spec does not define; did you mean 'Pet'?"])
        #expect(diagnostics(undefined).first?.location.path.pointer == "/models/Pet/additionalFields")
    }

    /// OpenAPI `additionalProperties: {schema}` beside `properties` imports as `additionalFields`, without a warning, and
    /// exports back; `{}` or `{nullable: true}` is any value: the model keeps unknown members.
    @Test func importAndExportStateTheType() throws {
        let root: JSONValue = [
            "openapi": "3.1.0", "info": ["title": "S", "version": "1"], "servers": [["url": "https://api.example.com"]],
            "paths": ["/series": ["get": [
                "operationId": "get-series",
                "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                    "type": "object", "properties": ["result": ["$ref": "#/components/schemas/Series"], "meta": ["$ref": "#/components/schemas/Meta"]],
                ]]]]],
            ]]],
            "components": ["schemas": [
                "Series": ["type": "object", "required": ["timestamps"], "properties": ["timestamps": ["type": "array", "items": ["type": "string"]]],
                           "additionalProperties": ["type": "array", "items": ["type": "string"]]],
                "Meta": ["type": "object", "properties": ["id": ["type": "string"]], "additionalProperties": ["nullable": true]],
            ]],
        ]
        let imported = try OpenAPIImporter(document: try OpenAPIDocument(root: root, fileName: "s.json"),
                                           options: ImportOptions(moduleName: "S", specFileName: "s.json")).run()
        #expect(imported.warnings.isEmpty, "\(imported.warnings)")
        let series = try #require(imported.spec.model(named: "Series")?.objectModel)
        #expect(series.additionalFields?.category == .map)
        #expect(imported.spec.model(named: "Meta")?.objectModel?.additionalFields == nil)
        #expect(imported.spec.model(named: "Meta")?.objectModel?.unknownFields == .keep)
        let exported = OpenAPIExporter.export(try JSONParser.parse(imported.text))
        #expect(exported["components"]?["schemas"]?["Series"]?["additionalProperties"] == ["type": "array", "items": ["type": "string"]])
    }

    @Test func diffComparesTheType() throws {
        func load(_ additional: String) throws -> Spec {
            try SpecLoader.load(data: Data(try SpecFixture.spec([#""kind": "object","#: #""kind": "object", "additionalFields": "# + additional + ","]).utf8),
                                fileName: "pets.json")
        }
        let changes = SpecComparison.changes(from: try load(#"{"type": "string"}"#), to: try load(#"{"type": "integer"}"#))
        #expect(changes.map(\.impact).contains(.breaking), "\(changes)")
        #expect(changes.first?.message.contains("additional fields") == true, "\(changes)")
        // Pet is only answered: a tighter constraint on what the API sends breaks no caller.
        let tightened = SpecComparison.changes(from: try load(#"{"type": "string"}"#), to: try load(#"{"type": "string", "maxLength": 3}"#))
        #expect(!tightened.isEmpty && !tightened.map(\.impact).contains(.breaking), "\(tightened)")
    }
}
