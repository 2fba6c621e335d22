import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// Recursive schemas in OpenAPI: `apigen import` reads a component that holds itself (by value or through an array,
/// named or through an inline item object as Cloudflare's `request-tracer_trace` does) as recursive models, which
/// generate; only a schema no model can close is still written as any JSON value. (`apigen export` writes `$ref` cycles:
/// the round trip over the `recursive-models` snapshot is in `OpenAPITests`.)
@Suite("OpenAPI recursive schemas")
struct OpenAPIRecursionTests {
    static func imported(_ schemas: JSONValue, result: JSONValue) throws -> ImportResult {
        let document: JSONValue = [
            "openapi": "3.0.3", "info": ["title": "Trees", "version": "1"], "servers": [["url": "https://api.example.com"]],
            "paths": ["/tree": ["get": [
                "operationId": "get-tree",
                "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                    "type": "object", "properties": ["result": result],
                ]]]]],
            ]]],
            "components": ["schemas": schemas],
        ]
        return try OpenAPIImporter(document: OpenAPIDocument(root: document, fileName: "trees.json"),
                                   options: ImportOptions(moduleName: "Trees", specFileName: "trees-spec.json")).run()
    }

    /// The imported spec generates (lint passes: every cycle can end).
    static func expectGenerates(_ result: ImportResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(throws: Never.self, sourceLocation: sourceLocation) { try Generator.generate(specData: Data(result.text.utf8), fileName: "trees-spec.json") }
    }

    @Test func aComponentHoldingItselfIsARecursiveModel() throws {
        let result = try Self.imported([
            "Node": ["type": "object", "required": ["name"], "properties": [
                "name": ["type": "string"], "parent": ["$ref": "#/components/schemas/Node"],
                "children": ["type": "array", "items": ["$ref": "#/components/schemas/Node"]],
            ]],
        ], result: ["$ref": "#/components/schemas/Node"])
        let node = try #require(result.spec.model(named: "Node")?.objectModel)
        #expect(node.fields.map { $0.schema.referencedModel ?? $0.schema.element?.referencedModel } == [nil, "Node", "Node"])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        Self.expectGenerates(result)
    }

    /// Cloudflare's trace: an array component whose inline item object holds the array again.
    @Test func anArrayWhoseItemsHoldTheArrayIsRecursiveThroughTheItemModel() throws {
        let result = try Self.imported([
            "trace": ["type": "array", "items": ["type": "object", "properties": [
                "step": ["type": "string"], "trace": ["$ref": "#/components/schemas/trace"],
            ]]],
        ], result: ["$ref": "#/components/schemas/trace"])
        let item = try #require(result.spec.models.first { $0.objectModel?.fields.contains { $0.name == "trace" } == true })
        let trace = try #require(item.objectModel?.fields.first { $0.name == "trace" })
        #expect(trace.schema.element?.referencedModel == item.name)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        Self.expectGenerates(result)
    }

    @Test func aSchemaNoModelClosesIsStillApproximated() throws {
        let result = try Self.imported([
            "Loop": ["allOf": [["$ref": "#/components/schemas/Loop"]]],
        ], result: ["$ref": "#/components/schemas/Loop"])
        #expect(result.warnings.map(\.cause) == ["recursion"], "\(result.warnings)")
    }
}
