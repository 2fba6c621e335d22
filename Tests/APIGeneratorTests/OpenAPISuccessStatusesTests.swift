import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// `apigen import` of operations with several 2xx answers (Cloudflare's shapes): the lowest is the response, the others
/// its alternatives, without a warning; an answer the format cannot express is left out, warned.
@Suite("OpenAPI success statuses")
struct OpenAPISuccessStatusesTests {
    /// One `POST /rules` whose answers are `responses` (a JSON object of statuses).
    static func imported(_ responses: String) throws -> ImportResult {
        try OpenAPITests.importDocument(try JSONParser.parse(Data(#"""
            {"openapi": "3.1.0", "info": {"title": "Rules", "version": "1"}, "servers": [{"url": "https://api.example.com/client/v4"}],
             "components": {"schemas": {
               "Rule": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
               "ApprovalPendingResponse": {"type": "object", "required": ["approval_id"], "properties": {"approval_id": {"type": "string"}}}}},
             "paths": {"/rules": {"post": {"operationId": "create-rule", "responses": \#(responses)}}}}
            """#.utf8)), fileName: "rules.json")
    }

    static func enveloped(_ model: String) -> String {
        ##"{"description": "OK", "content": {"application/json": {"schema": {"type": "object", "properties": {"success": {"type": "boolean"}, "result": {"$ref": "#/components/schemas/\##(model)"}}}}}}"##
    }

    @Test func otherSuccessStatusesAreAlternatives() throws {
        let result = try Self.imported(#"{"202": \#(Self.enveloped("ApprovalPendingResponse")), "201": \#(Self.enveloped("Rule")), "204": {"description": "Nothing."}}"#)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let response = try #require(result.spec.operations.first?.response)
        #expect(response.answers.map(\.status) == [201, 202, 204])
        #expect(response.answers.map { $0.result?.referencedModel } == ["Rule", "ApprovalPendingResponse", nil])
        #expect(response.alternatives.last?.description == "Nothing.")
        let client = try #require(try Generator.generate(result.spec).first { $0.name == "Client.swift" }).contents
        #expect(client.contains("-> CreateRuleResponse"))
    }

    @Test func aNonJSONAlternativeIsLeftOutWarned() throws {
        let result = try Self.imported(#"{"200": \#(Self.enveloped("Rule")), "202": {"description": "Queued.", "content": {"text/plain": {"schema": {"type": "string"}}}}}"#)
        #expect(result.spec.operations.first?.response.alternatives.isEmpty == true)
        #expect(result.warnings.map { "\($0.cause) \($0.path.pointer)" } == ["several success statuses /paths/~1rules/post/responses/202"])
    }
}
