import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// `apigen import` and `apigen export` of header parameters: OpenAPI's `in: header` is the spec's, except the headers
/// the client sets itself (OpenAPI's own ignored three and the credentials' headers), which are left out with a warning.
@Suite("OpenAPI header parameters")
struct OpenAPIHeaderParameterTests {
    /// One `GET /buckets` whose parameters are `parameters`, with an API key scheme sent in `X-Origin-Key`.
    static func document(_ parameters: String) throws -> JSONValue {
        try JSONParser.parse(Data(#"""
            {"openapi": "3.1.0", "info": {"title": "R2", "version": "1"}, "servers": [{"url": "https://api.example.com/client/v4"}],
             "components": {"securitySchemes": {"originKey": {"type": "apiKey", "in": "header", "name": "X-Origin-Key"}}},
             "paths": {"/buckets": {"get": {"operationId": "buckets-list", "parameters": \#(parameters),
               "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object",
                 "properties": {"result": {"type": "array", "items": {"type": "string"}}}}}}}}}}}}
            """#.utf8))
    }

    static func imported(_ parameters: String) throws -> ImportResult {
        try OpenAPITests.importDocument(try document(parameters), fileName: "r2.json")
    }

    @Test func aHeaderParameterIsImported() throws {
        let result = try Self.imported(#"""
            [{"name": "cf-r2-jurisdiction", "in": "header", "required": true, "schema": {"type": "string", "enum": ["default", "eu", "fedramp"]}},
             {"name": "cf-access-jwt-assertion", "in": "header", "schema": {"type": "string"}, "x-apigen-sensitive": true, "x-apigen-cli-flag": "jwt"}]
            """#)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let operation = try #require(result.spec.operations.first)
        #expect(operation.parameters.map(\.placement) == [.header, .header])
        #expect(operation.parameters.map(\.isRequired) == [true, false])
        #expect(operation.parameters.map(\.isSensitive) == [false, true])
        #expect(operation.parameters.map(\.commandLineFlag) == [nil, "jwt"])
        let files = try Generator.generate(result.spec)
        let client = try #require(files.first { $0.name == "Client.swift" }).contents
        #expect(client.contains(#"APIGenRuntime.HeaderItem("cf-access-jwt-assertion", cfAccessJWTAssertion, isSensitive: true)"#))
    }

    @Test(arguments: [
        ("Accept", "the client's Accept"), ("Content-Type", "the body's content type"), ("Authorization", "the credentials"),
        ("x-origin-key", "the credentials of scheme 'originKey'"),
    ])
    func aHeaderTheClientSetsIsLeftOutWithAWarning(name: String, owner: String) throws {
        let result = try Self.imported(#"[{"name": "\#(name)", "in": "header", "schema": {"type": "string"}}]"#)
        #expect(result.warnings.map(\.description) == [
            "warning: the header parameter '\(name)' would replace \(owner); it is not imported (the client sets that header itself) [header parameter] (at #/paths/~1buckets/get/parameters/0)",
        ])
        #expect(result.spec.operations.first?.parameters.isEmpty == true)
    }

    @Test func aCookieParameterIsStillWarnedAbout() throws {
        let result = try Self.imported(#"[{"name": "session", "in": "cookie", "schema": {"type": "string"}}]"#)
        #expect(result.warnings.map(\.cause) == ["cookie parameter"])
    }

    @Test func exportWritesHeaderParameters() throws {
        let spec = try JSONParser.parse(Data(contentsOf: PackagePaths.snapshots.appending(path: "headers/spec.json")))
        let exported = OpenAPIExporter.export(spec)
        let parameters = try #require(exported["paths"]?["/accounts/{account_id}/r2/buckets"]?["get"]?["parameters"]?.arrayValue)
        let jurisdiction = try #require(parameters.first { $0["name"] == "cf-r2-jurisdiction" })
        #expect(jurisdiction["in"] == "header")
        #expect(jurisdiction["x-apigen-cli-flag"] == "jurisdiction")
        #expect(jurisdiction["schema"]?["$ref"] == "#/components/schemas/Jurisdiction")
        let secret = try #require(parameters.first { $0["name"] == "cf-access-jwt-assertion" })
        #expect(secret["in"] == "header" && secret["x-apigen-sensitive"] == true)
    }
}

/// `apigen import` and `apigen export` of array query parameters: OpenAPI `form` with `explode` true (repeated) or
/// false (comma-separated); other styles are warned about and left out.
@Suite("OpenAPI query arrays")
struct OpenAPIQueryArrayTests {
    @Test(arguments: [("", nil), (#", "explode": true"#, "repeated"), (#", "style": "form", "explode": false"#, "commaSeparated")])
    func formArraysAreImported(members: String, style: String?) throws {
        let result = try OpenAPIHeaderParameterTests.imported(
            #"[{"name": "id", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}\#(members)}]"#
        )
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let parameter = try #require(result.spec.operations.first?.parameters.first)
        #expect(parameter.schema.isArray)
        #expect(parameter.listStyle?.rawValue == style)
    }

    /// "Repeat the parameter to filter by several": one value or a list of it is a repeated list (one value is a list of
    /// one on the wire); a value beside a list of something else stays a union, which a query parameter cannot be.
    @Test func oneValueOrAListOfItIsARepeatedList() throws {
        let result = try OpenAPIHeaderParameterTests.imported(#"""
            [{"name": "namespace", "in": "query", "schema": {"anyOf": [{"type": "string", "description": "One."}, {"type": "array", "items": {"type": "string"}}]}},
             {"name": "mixed", "in": "query", "schema": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "integer"}}]}}]
            """#)
        let parameters = try #require(result.spec.operations.first?.parameters)
        #expect(parameters.map(\.name) == ["namespace"])
        #expect(parameters.first?.schema.element?.category == .string)
        #expect(parameters.first?.listStyle == nil)
        #expect(result.warnings.map(\.cause) == ["an object parameter"], "\(result.warnings)")
    }

    @Test(arguments: ["deepObject", "spaceDelimited", "pipeDelimited"])
    func otherStylesAreWarnedAbout(style: String) throws {
        let result = try OpenAPIHeaderParameterTests.imported(
            #"[{"name": "id", "in": "query", "style": "\#(style)", "schema": {"type": "array", "items": {"type": "integer"}}}]"#
        )
        #expect(result.warnings.map(\.cause) == ["\(style) parameter"])
        #expect(result.spec.operations.first?.parameters.isEmpty == true)
    }

    @Test func exportWritesStyleAndExplode() throws {
        let spec = try JSONParser.parse(Data(contentsOf: PackagePaths.snapshots.appending(path: "query-arrays/spec.json")))
        let parameters = try #require(OpenAPIExporter.export(spec)["paths"]?["/servers"]?["get"]?["parameters"]?.arrayValue)
        let byName = Dictionary(uniqueKeysWithValues: parameters.map { ($0["name"]?.stringValue ?? "", $0) })
        #expect(byName["tag"]?["explode"] == nil)
        #expect(byName["id"]?["style"] == "form" && byName["id"]?["explode"] == false)
        #expect(byName["region"]?["explode"] == true)
        #expect(byName["tag"]?["schema"]?["type"] == "array" && byName["tag"]?["schema"]?["maxItems"] == 3)
    }
}
