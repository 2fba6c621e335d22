import Foundation
import Testing

/// Misused raw content (`contentType`): a media type that is not one, is JSON, is multipart (other than a form with its
/// model: see `MultipartErrorTests`) or (sent) a wildcard; a type
/// beside it; an empty answer or a result beside it; an example that is not text. Each at the key concerned.
@Suite("Raw content errors")
struct RawContentErrorTests {
    static let getPetResponse = #""response": {"status": 200, "result": {"ref": "Pet"}}"#

    /// The fixture's `getPet` with `body` as its request body.
    static func withBody(_ body: String) throws -> String {
        try SpecFixture.spec([getPetResponse: #""requestBody": \#(body), \#(getPetResponse)"#])
    }

    /// The fixture's `getPet` with `response` as its response.
    static func withResponse(_ response: String) throws -> String {
        try SpecFixture.spec([getPetResponse: #""response": \#(response)"#])
    }

    static func expect(_ text: String, _ messages: [String], at pointers: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let found = diagnostics(text)
        #expect(found.map(\.message) == messages, sourceLocation: sourceLocation)
        #expect(found.map(\.location.path.pointer) == pointers, sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        ("octet-stream", "'contentType' must be a media type (type/subtype), found 'octet-stream'"),
        ("application/json", "'contentType' 'application/json' is JSON, which a request body describes with 'ref' or 'type'; leave 'contentType' out"),
        ("application/vnd.api+json", "'contentType' 'application/vnd.api+json' is JSON, which a request body describes with 'ref' or 'type'; leave 'contentType' out"),
        ("multipart/mixed", "'contentType' 'multipart/mixed': of multipart bodies only multipart/form-data is supported, with 'ref'"),
        ("image/*", "'contentType' 'image/*' of a request body must name one media type, without '*'"),
    ])
    func aBodysContentTypeIsOneMediaTypeThatIsNotJSON(mediaType: String, message: String) throws {
        Self.expect(try Self.withBody(#"{"contentType": "\#(mediaType)"}"#), [message], at: ["/operations/getPet/requestBody/contentType"])
    }

    @Test func rawContentHasNoType() throws {
        Self.expect(try Self.withBody(#"{"contentType": "application/octet-stream", "ref": "Pet"}"#), [
            "'ref' does not apply to a request body with a 'contentType', which is raw content (bytes), not JSON; leave 'contentType' out for a JSON body",
        ], at: ["/operations/getPet/requestBody/ref"])
        Self.expect(try Self.withResponse(#"{"status": 200, "result": {"ref": "Pet"}, "contentType": "text/csv"}"#), [
            "'result' does not apply to an answer with a 'contentType', which is raw content (text), not JSON; leave 'contentType' out for a JSON result",
        ], at: ["/operations/getPet/response/result"])
    }

    @Test func anEmptyAnswerHasNoContent() throws {
        Self.expect(try Self.withResponse(#"{"status": 204, "contentType": "text/plain"}"#), [
            "operation 'getPet': status 204 answers have no body, but 'response' declares 'text/plain' content; leave 'contentType' out",
        ], at: ["/operations/getPet/response"])
    }

    @Test func anAnswerMayNameAWildcard() throws {
        #expect(diagnostics(try Self.withResponse(#"{"status": 200, "contentType": "image/*"}"#)).isEmpty)
    }

    @Test func examplesOfRawContentAreText() throws {
        let example = #", "examples": [{"name": "e", "request": {"parameters": {"id": "p"}, "body": {"sql": 1}}, "response": {"status": 200, "body": ["a"]}}]"#
        let text = try SpecFixture.spec([Self.getPetResponse: #""requestBody": {"contentType": "text/plain"}, "response": {"status": 200, "contentType": "text/csv"}\#(example)"#])
        Self.expect(text, [
            "example 'e' of operation 'getPet': the answer is raw content, so its example is a string, not an array",
            "example 'e' of operation 'getPet': the request body is raw content, so its example is a string, not an object",
        ], at: ["/operations/getPet/examples/0", "/operations/getPet/examples/0"])
    }
}
