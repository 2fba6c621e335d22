import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// `apigen import` of bodies and answers that are not JSON (Cloudflare's R2 objects, DNS export): the spec's
/// `contentType`; URL-encoded forms are still skipped, warned (multipart forms: `OpenAPIMultipartTests`). The export is checked by the round trip of the
/// raw-content snapshot (`OpenAPITests`).
@Suite("OpenAPI raw content")
struct OpenAPIRawContentTests {
    /// One `PUT /objects/{key}` with a body of `bodyContent` answering `answerContent`.
    static func imported(body bodyContent: String, answer answerContent: String) throws -> ImportResult {
        try OpenAPITests.importDocument(try JSONParser.parse(Data(#"""
            {"openapi": "3.0.3", "info": {"title": "R2", "version": "1"}, "servers": [{"url": "https://api.example.com/client/v4"}],
             "paths": {"/objects/{key}": {"put": {"operationId": "object-put",
               "parameters": [{"name": "key", "in": "path", "required": true, "schema": {"type": "string"}}],
               "requestBody": {"required": true, "content": \#(bodyContent)},
               "responses": {"200": {"description": "OK", "content": \#(answerContent)}}}}}}
            """#.utf8)), fileName: "r2.json")
    }

    @Test func bytesAndTextImportAsTheirMediaTypes() throws {
        let result = try Self.imported(body: #"{"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}"#,
                                       answer: #"{"text/plain": {"schema": {"type": "string"}}}"#)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let operation = try #require(result.spec.operations.first)
        #expect(operation.requestContentType == "application/octet-stream" && operation.requestBody == nil)
        #expect(operation.response.contentType == "text/plain" && operation.response.result == nil)
        let client = try #require(try Generator.generate(result.spec).first { $0.name == "Client.swift" }).contents
        #expect(client.contains("body: Foundation.Data") && client.contains("-> Swift.String"))
    }

    @Test func severalMediaTypesAreWarnedAboutAndTheFirstIsUsed() throws {
        let result = try Self.imported(body: #"{"application/javascript": {"schema": {"type": "string"}}, "text/javascript": {"schema": {"type": "string"}}}"#,
                                       answer: #"{"application/json": {"schema": {"type": "object"}}}"#)
        #expect(result.warnings.map(\.description) == [
            "warning: several media types (application/javascript, text/javascript); sent as application/javascript [media types] (at #/paths/~1objects~1{key}/put/requestBody/content)",
        ])
        #expect(result.spec.operations.first?.requestContentType == "application/javascript")
    }

    @Test func urlEncodedFormsAreStillSkipped() throws {
        let result = try Self.imported(body: #"{"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {"name": {"type": "string"}}}}}"#,
                                       answer: #"{"application/json": {"schema": {"type": "object"}}}"#)
        #expect(result.warnings.map(\.cause) == ["non-JSON body"])
        #expect(result.spec.operations.isEmpty)
    }
}
