@_spi(Generated) import APIGenRuntime
import Foundation
import Testing
import TestSupport

/// The encoder is the one place multipart bodies are framed: what it writes must read back part for part, whatever the
/// content, or a file could end the body early or forge a field.
@Suite("Multipart encoder")
struct MultipartEncoderTests {
    @Test("text, JSON and file parts read back in order with their headers and exact content")
    func roundTrip() throws {
        let script = Data("export default { fetch() { return new Response(\"hi\") } }\r\n--".utf8)
        let parts: [MultipartPart] = [
            .json(name: "metadata", Data(#"{"main_module":"worker.js"}"#.utf8)),
            .file(name: "worker.js", FilePart(data: script, filename: "worker.js", contentType: "application/javascript+module")),
            .text(name: "tag", "a"),
            .text(name: "tag", "b"),
            .file(name: "blob", FilePart(data: Data([0, 255, 13, 10]))),
        ]
        let encoded = MultipartEncoder.encode(parts)
        let received = try #require(parseMultipart(encoded.body, contentType: encoded.contentType))
        #expect(received.map(\.body) == parts.map(\.body))
        #expect(received.map { $0.headers["content-disposition"] } == [
            #"form-data; name="metadata""#, #"form-data; name="worker.js"; filename="worker.js""#,
            #"form-data; name="tag""#, #"form-data; name="tag""#, #"form-data; name="blob""#,
        ])
        #expect(received.map { $0.headers["content-type"] } == [
            "application/json", "application/javascript+module", nil, nil, "application/octet-stream",
        ])
    }

    @Test("a boundary that occurs in a part's content or name is drawn again")
    func boundaryNotInContent() throws {
        var candidates = ["in-content", "in-name", "fresh"]
        let parts = [MultipartPart(name: "x-in-name", body: Data("--in-content".utf8))]
        let encoded = MultipartEncoder.encode(parts) { candidates.removeFirst() }
        #expect(encoded.contentType == "multipart/form-data; boundary=fresh")
        #expect(candidates.isEmpty)
        let received = try #require(parseMultipart(encoded.body, contentType: encoded.contentType))
        #expect(received.map(\.body) == [Data("--in-content".utf8)])
    }

    @Test("random boundaries are tokens of at most 70 characters")
    func randomBoundary() {
        let boundary = MultipartEncoder.randomBoundary()
        #expect(boundary.count <= 70)
        #expect(RequestSafety.isToken(boundary))
        #expect(boundary != MultipartEncoder.randomBoundary())
    }

    @Test("quotes, CR and LF in names and file names are percent-encoded, so no header or part can be forged")
    func escaping() throws {
        let name = "a\"; filename=\"evil\r\nContent-Type: text/html\r\n\r\nx"
        let encoded = MultipartEncoder.encode([
            .file(name: name, FilePart(data: Data("ok".utf8), filename: "b\"\r\n.js", contentType: "text/plain\r\nX-Forged: 1")),
        ])
        let received = try #require(parseMultipart(encoded.body, contentType: encoded.contentType))
        #expect(received.count == 1)
        #expect(received.first?.headers == [
            "content-disposition": #"form-data; name="a%22; filename=%22evil%0D%0AContent-Type: text/html%0D%0A%0D%0Ax"; filename="b%22%0D%0A.js""#,
            "content-type": "text/plainX-Forged: 1",
        ])
        #expect(received.first?.body == Data("ok".utf8))
    }

    @Test("a body without parts is its closing delimiter alone")
    func empty() throws {
        let encoded = MultipartEncoder.encode([]) { "b" }
        #expect(encoded.body == Data("--b--\r\n".utf8))
        #expect(try #require(parseMultipart(encoded.body, contentType: encoded.contentType)).isEmpty)
    }
}

/// A multipart body reaches the transport as the client's other non-JSON content does: with the boundary it was
/// encoded under in its `Content-Type`.
@Suite("Multipart request")
struct MultipartRequestTests {
    @Test("the client sends the encoded parts with multipart/form-data and their boundary")
    func sent() async throws {
        let transport = InMemoryTransport(status: 200, json: #"{"success": true, "errors": [], "result": null}"#)
        var configuration = ClientConfiguration(baseURL: URL(string: "https://api.example.com")!, credentials: nil, userAgent: "test")
        configuration.retryPolicy = .none
        let core = APIClientCore(configuration: configuration, transport: transport, envelope: SuccessStatusTests.envelope)
        let parts: [MultipartPart] = [.json(name: "metadata", Data("{}".utf8)), .file(name: "a.js", FilePart(data: Data("x".utf8), filename: "a.js"))]
        let request = OperationRequest(method: "PUT", path: [.literal("/scripts")], content: OperationRequest.Content(multipart: parts), successStatus: 200)
        _ = try await core.send(request, options: RequestOptions())
        let sent = try #require(transport.requests.first)
        let contentType = try #require(sent.headers["Content-Type"])
        #expect(contentType.hasPrefix("multipart/form-data; boundary=apigen-"))
        let body = try #require(sent.body)
        let received = try #require(parseMultipart(body, contentType: contentType))
        #expect(received.map(\.body) == parts.map(\.body))
        #expect(received.map { $0.headers["content-disposition"] } == [#"form-data; name="metadata""#, #"form-data; name="a.js"; filename="a.js""#])
    }
}
