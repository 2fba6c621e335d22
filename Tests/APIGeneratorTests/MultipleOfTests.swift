import APIGenDiff
import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import Foundation
import Testing

/// `"multipleOf"` beyond the generator: lint, examples, import, export and diff.
@Suite("multipleOf")
struct MultipleOfTests {
    @Test func aDivisorNotGreaterThanZeroIsRefusedAtTheKey() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"type": "number", "multipleOf": 0}"#), ExpectedDiagnostic(
            "'multipleOf' must be greater than 0, found 0", line: 11, column: 50, pointer: "/models/Pet/fields/name/multipleOf", at: "0"
        ))
        let onAString = diagnostics(try SpecFixture.withField(#"{"type": "string", "multipleOf": 2}"#))
        #expect(onAString.map(\.message) == ["'multipleOf' does not apply to type 'string'"])
        #expect(onAString.first?.location.path.pointer == "/models/Pet/fields/name/multipleOf")
    }

    /// Examples are checked with the client's own rule: decimal steps tolerantly, integers exactly.
    @Test func examplesAreCheckedAgainstTheDivisor() throws {
        #expect(diagnostics(try SpecFixture.withField(#"{"type": "number", "multipleOf": 0.01, "example": 0.07}"#)).isEmpty)
        #expect(diagnostics(try SpecFixture.withField(#"{"type": "number", "multipleOf": 0.01, "example": 0.333}"#)).map(\.message)
            == ["field 'name': the example 0.333 does not fit its own type: $: 0.333, not a multiple of 0.01"])
        #expect(diagnostics(try SpecFixture.withField(#"{"type": "integer", "multipleOf": 15, "example": 100}"#)).map(\.message)
            == ["field 'name': the example 100 does not fit its own type: $: 100, not a multiple of 15"])
    }

    /// A cut of Cloudflare's document: an origin's weight (multipleOf 0.01) and a page number (multipleOf 1).
    static let cloudflareCut: JSONValue = [
        "openapi": "3.0.3", "info": ["title": "Cut", "version": "1"], "servers": [["url": "https://api.cloudflare.com/client/v4"]],
        "paths": ["/accounts/{account_id}/load_balancers/pools": ["get": [
            "operationId": "account-load-balancer-pools-list-pools",
            "parameters": [["name": "account_id", "in": "path", "required": true, "schema": ["type": "string"]],
                           ["name": "page", "in": "query", "schema": ["type": "integer", "minimum": 0, "multipleOf": 1]]],
            "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                "type": "object", "properties": ["result": ["type": "array", "items": ["$ref": "#/components/schemas/load-balancing_origin"]]],
            ]]]]],
        ]]],
        "components": ["schemas": [
            "load-balancing_origin": ["type": "object", "properties": [
                "weight": ["type": "number", "minimum": 0, "maximum": 1, "multipleOf": 0.01, "default": 1],
            ]],
        ]],
    ]

    @Test func importStatesItAndExportWritesItBack() throws {
        let imported = try OpenAPIImporter(document: try OpenAPIDocument(root: Self.cloudflareCut, fileName: "cut.json"),
                                           options: ImportOptions(moduleName: "Cut", specFileName: "cut.json")).run()
        #expect(imported.warnings.isEmpty, "\(imported.warnings)")
        let origin = try #require(imported.spec.models.first { $0.objectModel?.fields.first?.name == "weight" }?.objectModel)
        #expect(origin.fields.first?.schema.constraints.multipleOf == 0.01)
        let page = imported.spec.operations.first?.parameters.first { $0.name == "page" }
        #expect(page?.schema.constraints.multipleOf == 1)

        let exported = OpenAPIExporter.export(try JSONParser.parse(imported.text))
        let schemas = try #require(exported["components"]?["schemas"]?.objectValue)
        let weight = schemas.compactMap { $0.value["properties"]?["weight"] }.first
        #expect(weight?["multipleOf"] == 0.01)

        let refused = try OpenAPIImporter(document: try OpenAPIDocument(root: [
            "openapi": "3.0.3", "info": ["title": "Cut", "version": "1"], "servers": [["url": "https://api.example.com"]],
            "paths": ["/n": ["get": ["operationId": "n",
                                     "parameters": [["name": "n", "in": "query", "schema": ["type": "number", "multipleOf": 0]]],
                                     "responses": ["200": ["description": "ok"]]]]],
        ], fileName: "cut.json"), options: ImportOptions(moduleName: "Cut", specFileName: "cut.json")).run()
        #expect(refused.warnings.map(\.cause) == ["multipleOf"])
    }

    static func changes(_ old: String, _ new: String, sent: Bool) throws -> [SpecChange] {
        func load(_ field: String) throws -> Spec {
            let edits: KeyValuePairs<String, String> = sent
                ? [#"{"type": "string", "required": true}"#: field, #""method": "GET""#: #""method": "PUT""#,
                   #""response": {"status": 200"#: #""requestBody": {"ref": "Pet"}, "response": {"status": 200"#]
                : [#"{"type": "string", "required": true}"#: field]
            return try SpecLoader.load(data: Data(try SpecFixture.spec(edits).utf8), fileName: SpecFixture.fileName)
        }
        return SpecComparison.changes(from: try load(old), to: try load(new))
    }

    /// A new divisor refuses values callers sent unless every multiple of the old one is a multiple of the new.
    @Test func diffCallsADivisorThatRefusesMoreBreaking() throws {
        let six = #"{"type": "integer", "multipleOf": 6}"#, three = #"{"type": "integer", "multipleOf": 3}"#
        let four = #"{"type": "integer", "multipleOf": 4}"#, none = #"{"type": "integer"}"#
        #expect(try Self.changes(three, six, sent: true).map(\.impact) == [.breaking])
        #expect(try Self.changes(six, four, sent: true).map(\.impact) == [.breaking])
        #expect(try Self.changes(none, three, sent: true).map(\.impact) == [.breaking])
        #expect(try Self.changes(six, three, sent: true).map(\.impact) == [.additive])
        #expect(try Self.changes(six, none, sent: true).map(\.impact) == [.additive])
        #expect(try Self.changes(three, six, sent: false).map(\.impact) == [.compatible])
        #expect(try Self.changes(three, six, sent: true).first?.message
            == "model 'Pet': field 'name': multipleOf 3 → 6 (some values callers send are refused now)")
        let decimal = try Self.changes(#"{"type": "number", "multipleOf": 0.1}"#, #"{"type": "number", "multipleOf": 0.01}"#, sent: true)
        #expect(decimal.map(\.impact) == [.additive])
    }
}
