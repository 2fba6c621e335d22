import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import Foundation
import Testing

/// Exclusive bounds in OpenAPI (3.0's `exclusiveMinimum: true` beside `minimum`, 3.1's `exclusiveMinimum: 0`): between
/// whole numbers an exclusive bound is the next whole number, inclusive, so `apigen import` states it so; a number's is
/// stated as an exclusive bound, and `apigen export` writes it in 3.1's form.
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

    /// Cloudflare AI Gateway's spend limit (`limit`: 3.0's form), 3.1's, and 3.1 stating both bounds of a side.
    @Test func aNumbersExclusiveBoundIsStatedExactly() throws {
        let result = try Self.imported([
            "limit": ["type": "number", "minimum": 0, "exclusiveMinimum": true],
            "ratio": ["type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1.5],
            "inner": ["type": "number", "minimum": 2, "exclusiveMinimum": 1, "maximum": 5, "exclusiveMaximum": 5],
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        func bounds(_ field: String) -> [NumberBound?] {
            let constraints = result.spec.model(named: "Count")?.objectModel?.fields.first { $0.name == field }?.schema.constraints
            return [constraints?.lowerBound, constraints?.upperBound]
        }
        #expect(bounds("limit") == [NumberBound(key: .exclusiveMinimum, value: 0), nil])
        #expect(bounds("ratio") == [NumberBound(key: .exclusiveMinimum, value: 0), NumberBound(key: .exclusiveMaximum, value: 1.5)])
        // The bound further in wins: at least 2 (more than 1 says less), less than 5 (at most 5 says less).
        #expect(bounds("inner") == [NumberBound(key: .minimum, value: 2), NumberBound(key: .exclusiveMaximum, value: 5)])

        let exported = OpenAPIExporter.export(try JSONParser.parse(result.text))
        let ratio = exported["components"]?["schemas"]?["Count"]?["properties"]?["ratio"]
        #expect(ratio?["exclusiveMinimum"] == 0)
        #expect(ratio?["exclusiveMaximum"] == 1.5)
    }
}
