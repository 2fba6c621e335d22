import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import Foundation
import Testing

/// Exclusive bounds in OpenAPI (3.0's `exclusiveMinimum: true` beside `minimum`, 3.1's `exclusiveMinimum: 0`): between
/// whole numbers an exclusive bound is the next whole number, inclusive, so `apigen import` states it exactly; only a
/// fractional type's exclusive bound is approximated (checked as inclusive), with a warning.
@Suite("OpenAPI exclusive bounds")
struct OpenAPIBoundTests {
    static func imported(_ properties: JSONValue) throws -> ImportResult {
        let document: JSONValue = [
            "openapi": "3.1.0", "info": ["title": "Counts", "version": "1"], "servers": [["url": "https://api.example.com"]],
            "paths": ["/counts": ["get": [
                "operationId": "get-count",
                "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                    "type": "object", "properties": ["result": ["$ref": "#/components/schemas/Count"]],
                ]]]]],
            ]]],
            "components": ["schemas": ["Count": ["type": "object", "properties": properties]]],
        ]
        return try OpenAPIImporter(document: OpenAPIDocument(root: document, fileName: "counts.json"),
                                   options: ImportOptions(moduleName: "Counts", specFileName: "counts-spec.json")).run()
    }

    static func bounds(_ result: ImportResult, _ field: String) -> (minimum: Double?, maximum: Double?) {
        let schema = result.spec.model(named: "Count")?.objectModel?.fields.first { $0.name == field }?.schema
        return (schema?.constraints.minimum, schema?.constraints.maximum)
    }

    @Test func wholeNumberBoundsAreStatedExactly() throws {
        let result = try Self.imported([
            "revision": ["type": "integer", "minimum": 0, "exclusiveMinimum": true],
            "percent": ["type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 100],
            "inclusive": ["type": "integer", "minimum": 0, "maximum": 10, "exclusiveMaximum": false],
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(Self.bounds(result, "revision") == (1, nil))
        #expect(Self.bounds(result, "percent") == (1, 99))
        #expect(Self.bounds(result, "inclusive") == (0, 10))
    }

    @Test func aFractionalExclusiveBoundIsApproximatedWithAWarning() throws {
        let result = try Self.imported(["ratio": ["type": "number", "minimum": 0, "exclusiveMinimum": true]])
        #expect(Self.bounds(result, "ratio") == (0, nil))
        #expect(result.warnings.map { "\($0.cause) \($0.path.pointer)" } == ["exclusive bound /components/schemas/Count/properties/ratio/exclusiveMinimum"])
    }
}
