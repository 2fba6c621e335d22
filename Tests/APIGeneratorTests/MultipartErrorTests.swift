import Foundation
import Testing

/// Misused multipart bodies and files: a file (`bytes`) outside a multipart body's model, a model that holds files sent
/// or returned as JSON, a multipart body that is not an object model, a nullable part, a malformed multipart
/// `requestBody`. Each at the type, field or key concerned.
@Suite("Multipart errors")
struct MultipartErrorTests {
    static let getPetResponse = #""response": {"status": 200, "result": {"ref": "Pet"}}"#
    static let models = #""models": {"#
    /// A model of a file and a note, as a multipart body would have.
    static let upload = #""Upload": {"kind": "object", "fields": {"file": {"type": "bytes", "required": true}, "files": {"type": "array", "items": {"type": "bytes"}}, "note": {"type": "string"}}}, "#

    /// The fixture with `Upload` beside `Pet` and `getPet`'s request body (and response) replaced.
    static func spec(body: String?, response: String = getPetResponse, models extra: String = "") throws -> String {
        try SpecFixture.spec([
            Self.models: Self.models + Self.upload + extra,
            Self.getPetResponse: (body.map { #""requestBody": \#($0), "# } ?? "") + response,
        ])
    }

    static func expect(_ text: String, _ messages: [String], at pointers: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let found = diagnostics(text)
        #expect(found.map(\.message) == messages, sourceLocation: sourceLocation)
        #expect(found.map(\.location.path.pointer) == pointers, sourceLocation: sourceLocation)
    }

    @Test func aModelOfFilesSentAsMultipartIsValid() throws {
        #expect(diagnostics(try Self.spec(body: #"{"contentType": "multipart/form-data", "ref": "Upload"}"#)).isEmpty)
        // A model without files is a multipart body too; the client draws the boundary whatever the spec says.
        #expect(diagnostics(try Self.spec(body: #"{"contentType": "multipart/form-data; boundary=x", "ref": "Pet"}"#).replacingOccurrences(of: Self.upload, with: "")).isEmpty)
    }

    @Test func aFileOutsideAMultipartBodyIsRefusedAtItsType() throws {
        Self.expect(try Self.spec(body: nil), [
            "field 'file' is a file (type 'bytes'), but model 'Upload' is not the body of a multipart/form-data operation, the only place a file is sent",
            "field 'files' is a file (type 'bytes'), but model 'Upload' is not the body of a multipart/form-data operation, the only place a file is sent",
        ], at: ["/models/Upload/fields/file", "/models/Upload/fields/files"])
        Self.expect(try Self.spec(body: nil, response: #""response": {"status": 200, "result": {"type": "bytes"}}"#).replacingOccurrences(of: Self.upload, with: ""), [
            "operation 'getPet' result is a file (type 'bytes'), which only a field of a multipart/form-data body's model (or its array items) can be",
        ], at: ["/operations/getPet/response/result"])
    }

    @Test func filesAreFieldsOrTheirItemsOnly() throws {
        let nested = #""Nested": {"kind": "object", "fields": {"files": {"type": "array", "items": {"type": "array", "items": {"type": "bytes"}}}, "named": {"type": "map", "values": {"type": "bytes"}}}}, "#
        let text = try Self.spec(body: #"{"contentType": "multipart/form-data", "ref": "Nested"}"#, models: nested).replacingOccurrences(of: Self.upload, with: "")
        Self.expect(text, [
            "field 'files' items items is a file (type 'bytes'), which only a field of a multipart/form-data body's model (or its array items) can be",
            "field 'named' values is a file (type 'bytes'), which only a field of a multipart/form-data body's model (or its array items) can be",
        ], at: ["/models/Nested/fields/files/items/items", "/models/Nested/fields/named/values"])
    }

    @Test func additionalFieldsOfFilesBelongToAMultipartBody() throws {
        let snippet = #""Snippet": {"kind": "object", "fields": {"main": {"type": "string"}}, "additionalFields": {"type": "array", "items": {"type": "bytes"}}}, "#
        #expect(diagnostics(try Self.spec(body: #"{"contentType": "multipart/form-data", "ref": "Snippet"}"#, models: snippet)
            .replacingOccurrences(of: Self.upload, with: "")).isEmpty)
        Self.expect(try Self.spec(body: #"{"ref": "Snippet"}"#, models: snippet).replacingOccurrences(of: Self.upload, with: ""), [
            "the additional fields of model 'Snippet' are files (type 'bytes'), but the model is not the body of a multipart/form-data operation, the only place a file is sent",
            "operation 'getPet' request body refers to model 'Snippet', which holds files (type 'bytes'): it can only be the body of a multipart/form-data operation",
        ], at: ["/models/Snippet/additionalFields", "/operations/getPet/requestBody"])
    }

    @Test func aModelThatHoldsFilesIsOnlyAMultipartBody() throws {
        let holder = #""Holder": {"kind": "object", "fields": {"upload": {"ref": "Upload"}}}, "#
        Self.expect(try Self.spec(body: #"{"contentType": "multipart/form-data", "ref": "Upload"}"#, response: #""response": {"status": 200, "result": {"ref": "Upload"}}"#), [
            "operation 'getPet' result refers to model 'Upload', which holds files (type 'bytes'): it can only be the body of a multipart/form-data operation",
        ], at: ["/operations/getPet/response/result"])
        Self.expect(try Self.spec(body: #"{"contentType": "multipart/form-data", "ref": "Holder"}"#, models: holder), [
            "field 'file' is a file (type 'bytes'), but model 'Upload' is not the body of a multipart/form-data operation, the only place a file is sent",
            "field 'files' is a file (type 'bytes'), but model 'Upload' is not the body of a multipart/form-data operation, the only place a file is sent",
            "field 'upload' refers to model 'Upload', which holds files (type 'bytes'): it can only be the body of a multipart/form-data operation",
        ], at: ["/models/Upload/fields/file", "/models/Upload/fields/files", "/models/Holder/fields/upload"])
    }

    @Test func aMultipartBodyIsAnObjectModelWithoutNullableFields() throws {
        let others = #""Kind": {"kind": "enum", "values": ["cat", "dog"]}, "Either": {"kind": "union", "variants": [{"ref": "Pet"}, {"type": "string"}]}, "#
        Self.expect(try Self.spec(body: #"{"contentType": "multipart/form-data", "ref": "Kind"}"#, models: others).replacingOccurrences(of: Self.upload, with: ""), [
            "operation 'getPet' request body must refer to an object or union model; 'Kind' is an enum",
        ], at: ["/operations/getPet/requestBody"])
        Self.expect(try Self.spec(body: #"{"contentType": "multipart/form-data", "ref": "Either"}"#, models: others).replacingOccurrences(of: Self.upload, with: ""), [
            "operation 'getPet' request body is multipart/form-data, whose parts are the fields of an object model; 'Either' is a union",
        ], at: ["/operations/getPet/requestBody"])
        let nullable = try Self.spec(body: #"{"contentType": "multipart/form-data", "ref": "Upload"}"#)
            .replacingOccurrences(of: #""note": {"type": "string"}"#, with: #""note": {"type": "string", "nullable": true}"#)
        Self.expect(nullable, [
            "field 'note' of model 'Upload', a multipart/form-data body, cannot be nullable: a part cannot be null (an optional field left out sends no part)",
        ], at: ["/models/Upload/fields/note"])
    }

    @Test func aMultipartBodyNamesItsModelAndNothingElse() throws {
        Self.expect(try Self.spec(body: #"{"contentType": "multipart/form-data"}"#).replacingOccurrences(of: Self.upload, with: ""), [
            "a multipart/form-data body needs 'ref': the object model whose fields are its parts",
        ], at: ["/operations/getPet/requestBody"])
        Self.expect(try Self.spec(body: #"{"contentType": "multipart/form-data", "ref": "Upload", "maxItems": 2}"#), [
            "'maxItems' does not apply to a multipart/form-data body, whose parts are the fields of the model 'ref' names",
        ], at: ["/operations/getPet/requestBody/maxItems"])
        Self.expect(try Self.spec(body: #"{"contentType": "multipart/mixed"}"#).replacingOccurrences(of: Self.upload, with: ""), [
            "'contentType' 'multipart/mixed': of multipart bodies only multipart/form-data is supported, with 'ref'",
        ], at: ["/operations/getPet/requestBody/contentType"])
        Self.expect(try Self.spec(body: nil, response: #""response": {"status": 200, "contentType": "multipart/form-data"}"#).replacingOccurrences(of: Self.upload, with: ""), [
            "'contentType' 'multipart/form-data': multipart answers are not supported",
        ], at: ["/operations/getPet/response/contentType"])
    }
}
