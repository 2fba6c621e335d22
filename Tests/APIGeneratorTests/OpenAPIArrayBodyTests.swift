import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// `apigen import` and `apigen export` of request bodies that are arrays: OpenAPI's `type: array` JSON body is the spec's
/// array `requestBody` (items, count and uniqueness kept); an array of a model with read-only fields is still skipped, warned.
@Suite("OpenAPI array bodies")
struct OpenAPIArrayBodyTests {
    /// One `POST /bulk` (Cloudflare's Workers KV bulk delete and write shapes) whose JSON body schema is `body`.
    static func imported(_ body: String) throws -> ImportResult {
        try OpenAPITests.importDocument(try JSONParser.parse(Data(#"""
            {"openapi": "3.1.0", "info": {"title": "KV", "version": "1"}, "servers": [{"url": "https://api.example.com/client/v4"}],
             "components": {"schemas": {
               "pair": {"type": "object", "required": ["key", "value"], "properties": {"key": {"type": "string", "maxLength": 512}, "value": {"type": "string"}}},
               "stored": {"type": "object", "properties": {"key": {"type": "string"}, "created_on": {"type": "string", "readOnly": true}}}}},
             "paths": {"/bulk": {"post": {"operationId": "kv-bulk",
               "requestBody": {"required": true, "content": {"application/json": {"schema": \#(body)}}},
               "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object",
                 "properties": {"result": {"type": "integer"}}}}}}}}}}}
            """#.utf8)), fileName: "kv.json")
    }

    @Test func anArrayOfStringsIsImportedWithItsConstraints() throws {
        let result = try Self.imported(#"{"type": "array", "items": {"type": "string", "minLength": 1}, "maxItems": 10000, "uniqueItems": true, "description": "Keys."}"#)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let body = try #require(result.spec.operations.first?.requestBody)
        guard case .array(let items) = body.kind else {
            Issue.record("\(body.kind)")
            return
        }
        #expect(items.isString && items.constraints.minLength == 1)
        #expect(body.constraints.maxItems == 10000 && body.constraints.uniqueItems)
        let client = try #require(try Generator.generate(result.spec).first { $0.name == "Client.swift" }).contents
        #expect(client.contains("body: [Swift.String]"))
    }

    @Test func anArrayOfModelsIsImported() throws {
        let result = try Self.imported(##"{"type": "array", "items": {"$ref": "#/components/schemas/pair"}}"##)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let body = try #require(result.spec.operations.first?.requestBody)
        guard case .array(let items) = body.kind, case .reference(let model) = items.kind else {
            Issue.record("\(body.kind)")
            return
        }
        #expect(result.spec.model(named: model)?.objectModel?.fields.map(\.name) == ["key", "value"])
    }

    @Test func anArrayOfAModelWithReadOnlyFieldsIsSkippedWithAWarning() throws {
        let result = try Self.imported(##"{"type": "array", "items": {"$ref": "#/components/schemas/stored"}}"##)
        #expect(result.warnings.map(\.description) == [
            "warning: the request body is an array of a model with read-only fields; the operation is skipped [non-object body] (at #/paths/~1bulk/post/requestBody/content/application~1json/schema)",
        ])
        #expect(result.spec.operations.isEmpty)
    }

    @Test func exportWritesTheArray() throws {
        let spec = try JSONParser.parse(Data(contentsOf: PackagePaths.snapshots.appending(path: "array-bodies/spec.json")))
        let exported = OpenAPIExporter.export(spec)
        let schema = exported["paths"]?["/accounts/{account_id}/storage/kv/namespaces/{namespace_id}/bulk"]?["put"]?["requestBody"]?["content"]?["application/json"]?["schema"]
        let body = try #require(spec["operations"]?["writeKeyValuePairs"]?["requestBody"])
        for key in ["type", "minItems", "maxItems"] { #expect(schema?[key] == body[key], "\(key)") }
        #expect(schema?["items"]?["$ref"]?.stringValue == "#/components/schemas/" + (body["items"]?["ref"]?.stringValue ?? ""))
    }
}
