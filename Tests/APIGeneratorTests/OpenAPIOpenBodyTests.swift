import APIGenDiff
import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// `apigen import`, `export` and `diff` of request bodies that are not models: OpenAPI's `additionalProperties` of a
/// schema is the spec's map body, `type: object` with nothing else a free-form object, `application/json` without a
/// schema (or with an empty one) any JSON value; a map of a model with read-only fields and scalar bodies are still skipped.
@Suite("OpenAPI open bodies")
struct OpenAPIOpenBodyTests {
    /// One `POST /variables` whose JSON body content is `content` (a media type object).
    static func imported(content: String) throws -> ImportResult {
        try OpenAPITests.importDocument(try JSONParser.parse(Data(#"""
            {"openapi": "3.1.0", "info": {"title": "Builds", "version": "1"}, "servers": [{"url": "https://api.example.com/client/v4"}],
             "components": {"schemas": {
               "variable": {"type": "object", "required": ["value"], "properties": {"value": {"type": "string", "minLength": 1}, "is_secret": {"type": "boolean"}}},
               "stored": {"type": "object", "properties": {"value": {"type": "string"}, "created_on": {"type": "string", "readOnly": true}}}}},
             "paths": {"/variables": {"post": {"operationId": "upsert-variables",
               "requestBody": {"required": true, "content": {"application/json": \#(content)}},
               "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object",
                 "properties": {"result": {"type": "integer"}}}}}}}}}}}
            """#.utf8)), fileName: "builds.json")
    }

    static func body(_ result: ImportResult) throws -> Schema {
        try #require(result.spec.operations.first?.requestBody, "\(result.warnings)")
    }

    @Test func aTypedMapIsImportedWithItsValuesAndCounts() throws {
        let result = try Self.imported(content: ##"{"schema": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/variable"}, "minProperties": 1, "example": {"A": {"value": "b"}}}}"##)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let body = try Self.body(result)
        guard case .map(let values) = body.kind else { Issue.record("not a map: \(body.kind)"); return }
        #expect(values.category == .reference)
        #expect(body.constraints.minProperties == 1)
        let files = try Generator.generate(result.spec)
        #expect(files.contains { $0.contents.contains("body: APIGenRuntime.JSONMap<Variable>") })

        // Exported, it is `additionalProperties` again, and imports the same.
        let exported = OpenAPIExporter.export(try JSONParser.parse(Data(result.text.utf8)))
        let schema = try #require(exported["paths"]?["/variables"]?["post"]?["requestBody"]?["content"]?["application/json"]?["schema"])
        #expect(schema["type"] == "object" && schema["additionalProperties"]?["$ref"] == "#/components/schemas/Variable", "\(schema)")
        #expect(try Self.body(OpenAPITests.importDocument(exported, fileName: "exported.json")).constraints.minProperties == 1)
    }

    @Test(arguments: [
        (#"{"schema": {"type": "object"}}"#, Schema.Category.object),
        (#"{"schema": {}}"#, .any),
        (#"{}"#, .any),
    ])
    func aFreeFormObjectOrNoSchemaIsImported(content: String, category: Schema.Category) throws {
        let result = try Self.imported(content: content)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(try Self.body(result).category == category)
        let exported = OpenAPIExporter.export(try JSONParser.parse(Data(result.text.utf8)))
        #expect(try Self.body(OpenAPITests.importDocument(exported, fileName: "exported.json")).category == category)
    }

    /// Members required but not described (Cloudflare's bulk tunnel updates): any JSON value, and the requirement said.
    @Test func requiredMembersWithoutPropertiesAreAnyJSONWarned() throws {
        let result = try Self.imported(content: #"{"schema": {"required": ["id"]}}"#)
        #expect(try Self.body(result).category == .any)
        #expect(result.warnings.map(\.cause) == ["undescribed body members"], "\(result.warnings)")
        #expect(result.warnings.first?.message.contains("requires the members id without describing them") == true, "\(result.warnings)")
    }

    @Test func aMapOfAModelWithReadOnlyFieldsAndAScalarAreStillSkipped() throws {
        let readOnly = try Self.imported(content: ##"{"schema": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/stored"}}}"##)
        #expect(readOnly.spec.operations.isEmpty)
        #expect(readOnly.warnings.map(\.message).contains { $0.contains("the request body is a map of a model with read-only fields") }, "\(readOnly.warnings)")
        let scalar = try Self.imported(content: #"{"schema": {"type": "integer", "minimum": 1}}"#)
        #expect(scalar.spec.operations.isEmpty)
        #expect(scalar.warnings.map(\.cause) == ["non-object body"], "\(scalar.warnings)")
    }

    /// `apigen diff` compares the bodies as types: a map's values tightened breaks senders, a model becoming a map breaks.
    @Test func diffComparesTheBodiesAsTypes() throws {
        let body = #""requestBody": {"ref": "NewPet"}"#
        let map = #""requestBody": {"type": "map", "values": {"type": "string"}}"#
        #expect(try SpecDiffTests.changes(from: [body: map], to: [body: map]).isEmpty)
        let tighter = try SpecDiffTests.changes(from: [body: map], to: [body: #""requestBody": {"type": "map", "values": {"type": "string", "maxLength": 3}}"#])
        #expect(tighter.map(\.impact) == [.breaking], "\(tighter)")
        let toMap = try SpecDiffTests.changes([body: map])
        #expect(toMap.map(\.impact).contains(.breaking), "\(toMap)")
        let anyToObject = try SpecDiffTests.changes(from: [body: #""requestBody": {"type": "any"}"#], to: [body: #""requestBody": {"type": "object"}"#])
        #expect(anyToObject.map(\.impact) == [.breaking], "\(anyToObject)")
    }
}
