import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// `apigen import` of paginated lists and their page information: the model of the page-info member the answer declares
/// (through `allOf`), page numbers without it when the answer declares none (no warning), cursors still assuming the
/// first component schema that declares it (warned); `apigen export` writes the pagination back as it is.
@Suite("OpenAPI page information")
struct OpenAPIPageInfoTests {
    /// `GET /gateways` with `parameters`, answering `answer`; two page-information schemas, the first one declared by `collection`.
    static func document(parameters: String, answer: String) throws -> JSONValue {
        try JSONParser.parse(Data(#"""
            {"openapi": "3.0.3", "info": {"title": "AI Gateway", "version": "1"}, "servers": [{"url": "https://api.example.com/client/v4"}],
             "paths": {"/gateways": {"get": {"operationId": "list-gateways", "parameters": \#(parameters),
               "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": \#(answer)}}}}}}},
             "components": {"schemas": {
               "gateway": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
               "common_info": {"type": "object", "properties": {"page": {"type": "integer"}, "cursor": {"type": "string"}}},
               "collection": {"type": "object", "properties": {"success": {"type": "boolean"}, "result_info": {"$ref": "#/components/schemas/common_info"}}},
               "gateway_info": {"type": "object", "properties": {"page": {"type": "integer"}, "total_pages": {"type": "integer"}}},
               "null_cursor_info": {"type": "object", "properties": {"cursor": {"type": "string", "nullable": true}}}
             }}}
            """#.utf8))
    }

    static let pageNumbers = #"""
        [{"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}}, {"name": "per_page", "in": "query", "schema": {"type": "integer", "default": 20}}]
        """#
    static let cursor = #"[{"name": "cursor", "in": "query", "schema": {"type": "string"}}]"#
    /// The enveloped array of gateways, and `extra` members beside it.
    static func answer(_ extra: String = "") -> String {
        ##"{"type": "object", "properties": {"success": {"type": "boolean"}, "result": {"type": "array", "items": {"$ref": "#/components/schemas/gateway"}}\##(extra)}}"##
    }

    @Test func pageNumbersWithoutDeclaredPageInformationImportWithoutIt() throws {
        let result = try OpenAPITests.importDocument(try Self.document(parameters: Self.pageNumbers, answer: Self.answer()), fileName: "gateway.json")
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let pagination = try #require(result.spec.operations.first?.pagination, "\(result.text)")
        #expect(pagination.style == .pageNumber(pageParameter: "page", totalPagesField: nil))
        #expect(pagination.infoModel == nil)
        let files = try Generator.generate(result.spec)
        #expect(files.contains { $0.contents.contains("-> APIGenRuntime.Page<Gateway, Swift.Never>") })

        // The export writes the pagination as it is, and no page information into the answer; importing it again keeps it.
        let exported = OpenAPIExporter.export(try JSONParser.parse(Data(result.text.utf8)))
        let operation = try #require(exported["paths"]?["/gateways"]?["get"])
        #expect(operation["x-apigen-pagination"]?["info"] == nil)
        #expect(operation["responses"]?["200"]?["content"]?["application/json"]?["schema"]?["properties"]?["result_info"] == nil)
        #expect(try OpenAPITests.importDocument(exported, fileName: "exported.json").spec.operations.first?.pagination?.infoModel == nil)
    }

    /// The answer's own page information, here through `allOf`, not the first schema that happens to declare the member.
    @Test func theDeclaredPageInformationIsTheAnswersOwn() throws {
        let declared = ##"{"allOf": [\##(Self.answer()), {"type": "object", "properties": {"result_info": {"$ref": "#/components/schemas/gateway_info"}}}]}"##
        let result = try OpenAPITests.importDocument(try Self.document(parameters: Self.pageNumbers, answer: declared), fileName: "gateway.json")
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let pagination = try #require(result.spec.operations.first?.pagination, "\(result.text)")
        #expect(pagination.infoModel == "GatewayInfo")
        #expect(pagination.totalPagesField == "total_pages")

        // Exported, the pagination travels as it is.
        let exported = OpenAPIExporter.export(try JSONParser.parse(Data(result.text.utf8)))
        #expect(try OpenAPITests.importDocument(exported, fileName: "exported.json").spec.operations.first?.pagination?.infoModel == "GatewayInfo")
    }

    /// A cursor is read from the page information, so without a declared one the first schema declaring the member is
    /// assumed, as before, and said.
    @Test func cursorsWithoutDeclaredPageInformationAssumeIt() throws {
        let result = try OpenAPITests.importDocument(try Self.document(parameters: Self.cursor, answer: Self.answer()), fileName: "gateway.json")
        let pagination = try #require(result.spec.operations.first?.pagination, "\(result.text)")
        #expect(pagination.style == .cursor(parameter: "cursor", field: "cursor"))
        #expect(pagination.infoModel == "CommonInfo")
        #expect(result.warnings.map(\.cause) == ["page information"], "\(result.warnings)")
    }

    /// A declared cursor member that may be both absent and null cannot end the list by either (lint refuses it): the
    /// assumption, warned, as without one.
    @Test func aDeclaredCursorThatMayBeAbsentAndNullIsNotFollowed() throws {
        let declared = Self.answer(##", "result_info": {"$ref": "#/components/schemas/null_cursor_info"}"##)
        let result = try OpenAPITests.importDocument(try Self.document(parameters: Self.cursor, answer: declared), fileName: "gateway.json")
        #expect(result.spec.operations.first?.pagination?.infoModel == "CommonInfo", "\(result.text)")
        #expect(result.warnings.map(\.cause) == ["page information"], "\(result.warnings)")
    }

    /// An answer that is the array itself, outside any envelope, has no page information to declare: page numbers.
    @Test func aWholeArrayAnswerPagesByNumberWithoutInfo() throws {
        let array = ##"{"type": "array", "items": {"$ref": "#/components/schemas/gateway"}}"##
        let result = try OpenAPITests.importDocument(try Self.document(parameters: Self.pageNumbers, answer: array), fileName: "gateway.json")
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let operation = try #require(result.spec.operations.first)
        #expect(result.spec.envelope(of: operation) == nil)
        #expect(operation.pagination?.style == .pageNumber(pageParameter: "page", totalPagesField: nil))
        #expect(operation.pagination?.infoModel == nil)
        #expect(try Generator.generate(result.spec).contains { $0.contents.contains("-> APIGenRuntime.Page<Gateway, Swift.Never>") })
    }
}
