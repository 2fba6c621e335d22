import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import Foundation
import Testing

/// Integer and number enums in OpenAPI: `apigen import` reads whole-number enums (of an `integer` or a `number`, named or
/// inline, nullable or not) as integer enum models instead of warning; `apigen export` writes an enum model of whole numbers
/// as an `integer` enum. (The round trip over the `integer-enums` snapshot is in `OpenAPITests`.)
@Suite("OpenAPI integer enums")
struct OpenAPIIntegerEnumTests {
    static let document: JSONValue = [
        "openapi": "3.0.3", "info": ["title": "Alerts", "version": "1"], "servers": [["url": "https://api.example.com"]],
        "paths": ["/alerts": ["get": [
            "operationId": "list-alerts",
            "parameters": [["name": "severity", "in": "query", "schema": ["type": "integer", "enum": [0, 1, 2]]]],
            "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                "type": "object", "properties": ["result": ["type": "array", "items": ["$ref": "#/components/schemas/Alert"]]],
            ]]]]],
        ]]],
        "components": ["schemas": [
            "Alert": ["type": "object", "properties": [
                "status_code": ["type": "integer", "enum": [301, 302, 307, 308]],
                "validity": ["$ref": "#/components/schemas/Validity"],
                "step": ["type": "integer", "enum": [5, 10, nil], "nullable": true],
                "ratio": ["type": "number", "enum": [0.5, 1]],
            ]],
            "Validity": ["type": "number", "description": "Days a certificate is valid.", "enum": [7, 30, 90]],
        ]],
    ]

    static func imported() throws -> ImportResult {
        try OpenAPIImporter(document: OpenAPIDocument(root: document, fileName: "alerts.json"), options: ImportOptions(moduleName: "Alerts", specFileName: "alerts-spec.json")).run()
    }

    /// Each enum model's values, by model name.
    static func enumValues(_ spec: Spec) -> [String: [EnumValue]] {
        Dictionary(uniqueKeysWithValues: spec.models.compactMap { model in model.enumModel.map { (model.name, $0.values.map(\.value)) } })
    }

    @Test func wholeNumberEnumsImportAsIntegerEnumModels() throws {
        let result = try Self.imported()
        let values = Self.enumValues(result.spec)
        #expect(values["Validity"] == [.integer(7), .integer(30), .integer(90)])
        #expect(values["StatusCode"] == [.integer(301), .integer(302), .integer(307), .integer(308)])
        #expect(values["Step"] == [.integer(5), .integer(10)])
        #expect(values["Severity"] == [.integer(0), .integer(1), .integer(2)])
        let alert = try #require(result.spec.model(named: "Alert")?.objectModel)
        #expect(alert.fields.first { $0.name == "step" }?.isNullable == true)
        #expect(result.spec.operations.first?.parameters.first?.schema.referencedModel == "Severity")
        // Only the enum with a fraction is still approximated.
        #expect(result.warnings.map(\.path.pointer) == ["/components/schemas/Alert/properties/ratio/enum"], "\(result.warnings)")
    }

    @Test func anIntegerEnumModelExportsAsAnIntegerEnum() throws {
        let specURL = PackagePaths.snapshots.appending(path: "integer-enums/spec.json")
        let spec = try SpecLoader.load(data: Data(contentsOf: specURL), fileName: "spec.json")
        let schemas = try OpenAPIExporter.export(specAt: specURL)["components"]?["schemas"]
        for model in spec.models {
            guard let enumeration = model.enumModel else { continue }
            #expect(schemas?[model.name]?["type"] == "integer")
            #expect(schemas?[model.name]?["enum"] == .array(enumeration.values.map(\.value.json)))
        }
    }
}
