import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// `apigen import` of `multipart/form-data` bodies (Cloudflare's Workers script upload, a cut of it): the object schema
/// becomes the body's model, `format: binary` strings and arrays of them files (`bytes`), every other member what it
/// would be in JSON. `apigen export` writes them back (the multipart snapshot's round trip in `OpenAPITests` checks it
/// byte for byte); `apigen diff` of parts is `MultipartDiffTests`.
@Suite("OpenAPI multipart")
struct OpenAPIMultipartTests {
    /// The Workers script upload's body, cut to its parts: modules as binary strings, JSON metadata.
    static let workersUpload = #"""
        {"schema": {"type": "object", "properties": {
           "files": {"description": "An array of modules.", "type": "array", "items": {"format": "binary", "type": "string"}},
           "metadata": {"type": "object", "properties": {"main_module": {"type": "string", "example": "worker.js"},
                                                        "compatibility_date": {"type": "string"}}}},
         "required": ["files"]},
         "encoding": {"metadata": {"contentType": "application/json"}}}
        """#

    /// One `PUT /scripts/{name}` with a body of `bodyContent`.
    static func imported(body bodyContent: String) throws -> ImportResult {
        try OpenAPITests.importDocument(try JSONParser.parse(Data(#"""
            {"openapi": "3.0.3", "info": {"title": "Workers", "version": "1"}, "servers": [{"url": "https://api.example.com/client/v4"}],
             "paths": {"/scripts/{name}": {"put": {"operationId": "worker-script-upload-worker-module",
               "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}],
               "requestBody": {"required": true, "content": \#(bodyContent)},
               "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}}}}}
            """#.utf8)), fileName: "workers.json")
    }

    @Test func aMultipartBodyImportsAsItsModelWithFiles() throws {
        let result = try Self.imported(body: #"{"multipart/form-data": \#(Self.workersUpload)}"#)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let operation = try #require(result.spec.operations.first)
        #expect(operation.isMultipart && operation.requestContentType == nil)
        guard case .reference(let name)? = operation.requestBody?.kind, let model = result.spec.model(named: name)?.objectModel else {
            Issue.record("no body model")
            return
        }
        let files = try #require(model.fields.first { $0.name == "files" })
        guard case .array(let items) = files.schema.kind, case .bytes = items.kind else {
            Issue.record("files is \(files.schema.kind)")
            return
        }
        #expect(files.isRequired)
        let metadata = try #require(model.fields.first { $0.name == "metadata" })
        guard case .reference = metadata.schema.kind else {
            Issue.record("metadata is \(metadata.schema.kind)")
            return
        }
        let client = try #require(try Generator.generate(result.spec).first { $0.name == "Client.swift" }).contents
        #expect(client.contains("OperationRequest.Content(multipart: body.multipartParts())"))
    }

    @Test func aMultipartBodyIsPreferredToRawContentWithAWarning() throws {
        let result = try Self.imported(body: #"{"application/javascript": {"schema": {"type": "string"}}, "multipart/form-data": \#(Self.workersUpload)}"#)
        #expect(result.warnings.map(\.description) == [
            "warning: several media types (multipart/form-data, application/javascript); sent as multipart/form-data [media types] (at #/paths/~1scripts~1{name}/put/requestBody/content)",
        ])
        #expect(result.spec.operations.first?.isMultipart == true)
    }

    @Test func aJSONBodyIsPreferredToAMultipartOne() throws {
        let result = try Self.imported(body: #"{"application/json": {"schema": {"type": "object", "properties": {"name": {"type": "string"}}}}, "multipart/form-data": \#(Self.workersUpload)}"#)
        #expect(result.spec.operations.first?.isMultipart == false)
        #expect(result.spec.operations.first?.requestBody != nil)
    }

    @Test func aNullablePartIsOptionalAndAFormOfNoKnownPartsIsSkipped() throws {
        let nullable = try Self.imported(body: #"{"multipart/form-data": {"schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}, "note": {"type": "string", "nullable": true}}, "required": ["note"]}}}"#)
        #expect(nullable.warnings.map(\.cause) == ["nullable part"])
        #expect(nullable.warnings.first?.path.pointer == "/paths/~1scripts~1{name}/put/requestBody/content/multipart~1form-data/schema/properties/note")
        #expect(nullable.spec.operations.first?.isMultipart == true)
        // Cloudflare's Workers assets upload: text parts by any name only.
        let byName = try Self.imported(body: #"{"multipart/form-data": {"schema": {"type": "object", "additionalProperties": {"type": "string"}}}}"#)
        #expect(byName.warnings.isEmpty, "\(byName.warnings)")
        #expect(byName.spec.operations.first?.isMultipart == true)
        let untyped = try Self.imported(body: #"{"multipart/form-data": {"schema": {"type": "object"}}}"#)
        #expect(untyped.warnings.map(\.description) == [
            "warning: the multipart/form-data body is not an object with properties or typed members; the operation is skipped [non-object body] (at #/paths/~1scripts~1{name}/put/requestBody/content/multipart~1form-data/schema)",
        ])
        #expect(untyped.spec.operations.isEmpty)
    }

    /// Cloudflare's Snippets: metadata, and files under the names it refers to (`additionalProperties` of binary arrays).
    @Test func filesByAnyNameImportAsAdditionalFields() throws {
        let result = try Self.imported(body: #"""
            {"multipart/form-data": {"schema": {"type": "object", "properties": {"metadata": {"type": "object", "properties": {"main_module": {"type": "string"}}}},
             "additionalProperties": {"type": "array", "items": {"type": "string", "format": "binary"}, "minItems": 1}, "required": ["metadata"]}}}
            """#)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        guard case .reference(let name)? = result.spec.operations.first?.requestBody?.kind, let model = result.spec.model(named: name)?.objectModel,
              case .array(let items)? = model.additionalFields?.element?.kind, case .bytes = items.kind else {
            Issue.record("no files by name: \(result.spec.models.map(\.name))")
            return
        }
        #expect(model.additionalFields?.element?.constraints.minItems == 1)
    }

    @Test func aBinaryStringOutsideAMultipartBodyIsStillAString() throws {
        let result = try Self.imported(body: #"{"application/json": {"schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}}}"#)
        #expect(result.warnings.map(\.cause) == ["format binary"])
        #expect(result.spec.models.flatMap { $0.objectModel?.fields ?? [] }.allSatisfy { !$0.schema.holdsFile })
    }
}
