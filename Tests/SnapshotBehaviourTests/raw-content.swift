import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_raw_content
import Testing
import TestSupport

/// raw-content: bodies and answers that are not JSON. A `contentType` body is sent as it is with its media type (`Data`
/// for bytes, `String` for text); a `contentType` answer is asked for in `Accept`, returned without an envelope, refused
/// when it is of another media type (or, for text, not UTF-8), and bounded like any answer. Shapes from Cloudflare's R2
/// objects, DNS zone file export and Analytics Engine SQL.
@Suite struct RawContentSnapshotTests {
    static let token = "r2-t0ken"
    /// Bytes that are not UTF-8, so a text reading of them would fail.
    static let bytes = Data([0x00, 0xFF, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])

    /// The snapshot's spec, read so that the media types the tests expect are the spec's own.
    static func spec() throws -> JSONValue {
        try #require(CompiledSnapshot.all.first { $0.folder == "raw-content" }).spec()
    }

    static func responseContentType(_ operation: String) throws -> String {
        try #require(try spec()["operations"]?[operation]?["response"]?["contentType"]?.stringValue)
    }

    static func requestContentType(_ operation: String) throws -> String {
        try #require(try spec()["operations"]?[operation]?["requestBody"]?["contentType"]?.stringValue)
    }

    /// A client of a loopback server answering every request with `action`, and the server (stop it when done).
    static func serving(_ action: ServerAction, _ body: (RawContentClient, LoopbackHTTPServer) async throws -> Void) async throws {
        let server = try LoopbackHTTPServer(always: action)
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        try await body(RawContentClient(credentials: .apiToken(token), baseURL: server.baseURL, transport: transport), server)
    }

    /// The error `call` fails with; nil, and an issue, when it succeeds.
    static func failure<Result>(_ call: () async throws(APIClientError) -> Result) async -> APIClientError? {
        do {
            _ = try await call()
            Issue.record("no error")
            return nil
        } catch {
            return error
        }
    }

    @Test func bytesComeBackAsTheyAreAskedForByTheirMediaType() async throws {
        let mediaType = try Self.responseContentType("getObject")
        try await Self.serving(.respond(status: 200, headers: [("Content-Type", mediaType)], body: Self.bytes)) { client, server in
            let object = try await client.getObject(accountID: "a1", bucketName: "logs", objectKey: "2026/12/04.bin")
            #expect(object == Self.bytes)
            let request = try #require(server.requests.first)
            #expect(request.header("Accept") == mediaType)
            #expect(request.path == "/accounts/a1/r2/buckets/logs/objects/2026%2F12%2F04.bin")
        }
    }

    @Test func textComesBackAsAString() async throws {
        let zoneFile = "example.com.\t3600\tIN\tA\t192.0.2.1\n; café ✓\n"
        let mediaType = try Self.responseContentType("exportDNSRecords")
        try await Self.serving(.text(zoneFile)) { client, server in
            let text = try await client.exportDNSRecords(zoneID: "z1")
            #expect(text == zoneFile)
            #expect(server.requests.first?.header("Accept") == mediaType)
        }
    }

    @Test func anAnswerOfAnotherMediaTypeIsUnexpected() async throws {
        try await Self.serving(.json(body: #"{"success": true, "errors": [], "result": "not the bytes"}"#)) { client, _ in
            let error = await Self.failure { () async throws(APIClientError) in try await client.getObject(accountID: "a1", bucketName: "logs", objectKey: "k") }
            guard case .unexpectedResponse(let status, let contentType, _, _)? = error else { throw SnapshotSpecError("\(String(describing: error))") }
            #expect(status == 200 && contentType == "application/json")
        }
    }

    @Test func textThatIsNotUTF8IsADecodingError() async throws {
        try await Self.serving(.respond(status: 200, headers: [("Content-Type", "text/plain")], body: Self.bytes)) { client, _ in
            let error = await Self.failure { () async throws(APIClientError) in try await client.exportDNSRecords(zoneID: "z1") }
            guard case .decoding(let failure, let status, _)? = error else { throw SnapshotSpecError("\(String(describing: error))") }
            #expect(status == 200 && failure.description.contains("not valid UTF-8"), "\(failure)")
        }
    }

    @Test func contentIsBoundedByTheResponseLimit() async throws {
        let limit = Self.bytes.count - 1
        try await Self.serving(.respond(status: 200, headers: [("Content-Type", "application/octet-stream")], body: Self.bytes)) { client, _ in
            let error = await Self.failure { () async throws(APIClientError) in
                try await client.getObject(accountID: "a1", bucketName: "logs", objectKey: "k", options: RequestOptions(maxResponseBytes: limit))
            }
            guard case .responseTooLarge(let reported)? = error else { throw SnapshotSpecError("\(String(describing: error))") }
            #expect(reported == limit)
        }
    }

    /// An error answer of an operation whose success is content is read as any operation's: the API's envelope.
    @Test func anErrorAnswerIsTheAPIsError() async throws {
        let answer = #"{"success": false, "errors": [{"code": 10007, "message": "The specified key does not exist."}], "result": null}"#
        try await Self.serving(.json(status: 404, headers: [("cf-ray", "8f-AMS")], body: answer)) { client, _ in
            let error = await Self.failure { () async throws(APIClientError) in try await client.getObject(accountID: "a1", bucketName: "logs", objectKey: "missing") }
            guard case .api(let apiError)? = error else { throw SnapshotSpecError("\(String(describing: error))") }
            #expect(apiError.status == 404 && apiError.requestID == "8f-AMS")
            #expect(apiError.messages.map(\.code) == [10007])
        }
    }

    @Test func aRawBodyIsSentAsItIsWithItsMediaType() async throws {
        let (bytesType, textType) = (try Self.requestContentType("putObject"), try Self.requestContentType("querySQL"))
        try await Self.serving(.json(body: #"{"success": true, "errors": [], "result": {"key": "k", "size": 8}}"#)) { client, server in
            let stored = try await client.putObject(accountID: "a1", bucketName: "logs", objectKey: "k", body: Self.bytes)
            #expect(stored.size == Self.bytes.count)
            let request = try #require(server.requests.first)
            #expect(request.body == Self.bytes)
            #expect(request.header("Content-Type") == bytesType)
            #expect(request.header("Accept") == "application/json")
        }
        try await Self.serving(.json(body: #"{"meta": [], "data": [{"n": 1}]}"#)) { client, server in
            let rows = try await client.querySQL(accountID: "a1", body: "SELECT count() AS n FROM logs")
            #expect(rows["data"]?[0]?["n"] == 1)
            #expect(server.requests.first?.bodyText == "SELECT count() AS n FROM logs")
            #expect(server.requests.first?.header("Content-Type") == textType)
        }
    }

    /// The tool: a raw body from `--body @FILE` (text also inline), text answers on standard output, bytes into
    /// `--output-file` (required for them).
    @Test func theCommandLineToolSendsAndWritesContent() async throws {
        let output = LockedValue(""), errors = LockedValue("")
        func tool(_ transport: any HTTPTransport) -> CommandLineTool<any RawContentAPI> {
            CommandLineTool(RawContentClient.commandLine, environment: ["CLOUDFLARE_API_TOKEN": Self.token], transport: transport,
                            standardOutput: { text in output.withLock { $0 += text } }, standardError: { text in errors.withLock { $0 += text } })
        }
        let folder = FileManager.default.temporaryDirectory.appending(path: "raw-content-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appending(path: "object.bin"), written = folder.appending(path: "copy.bin")
        try Self.bytes.write(to: input)

        let stored = InMemoryTransport(json: #"{"success": true, "errors": [], "result": {"key": "k"}}"#)
        #expect(await tool(stored).run(["put", "logs", "k", "--account-id", "a1", "--body", "@" + input.path]) == 0, "\(errors.current)")
        #expect(stored.requests.first?.body == Self.bytes)
        #expect(await tool(stored).run(["put", "logs", "k", "--account-id", "a1", "--body", "inline"]) == 2)
        #expect(errors.current.contains("give a file (@path) or standard input (@-)"), "\(errors.current)")
        #expect(await tool(stored).run(["put", "logs", "k", "--account-id", "a1"]) == 2)
        #expect(errors.current.contains("missing --body: the request body is application/octet-stream content"), "\(errors.current)")
        #expect(stored.requests.count == 1)

        try await Self.serving(.respond(status: 200, headers: [("Content-Type", "application/octet-stream")], body: Self.bytes)) { _, server in
            let transport = URLSessionTransport()
            defer { transport.shutdown() }
            let arguments = ["get", "logs", "k", "--account-id", "a1", "--base-url", server.baseURL.absoluteString]
            #expect(await tool(transport).run(arguments) == 2)
            #expect(errors.current.contains("missing --output-file"), "\(errors.current)")
            #expect(server.requests.isEmpty)
            #expect(await tool(transport).run(arguments + ["--output-file", written.path]) == 0, "\(errors.current)")
            let copy = try Data(contentsOf: written)
            #expect(copy == Self.bytes)
        }

        // Tabs and line breaks stay; what a terminal would act on (ESC) is shown, not sent to it.
        let zoneFile = "example.com.\t3600\tIN\tA\t192.0.2.1\n; \u{1B}[2J\n"
        try await Self.serving(.text(zoneFile)) { _, server in
            let transport = URLSessionTransport()
            defer { transport.shutdown() }
            output.withLock { $0 = "" }
            #expect(await tool(transport).run(["export", "z1", "--base-url", server.baseURL.absoluteString]) == 0, "\(errors.current)")
            #expect(output.current == "example.com.\t3600\tIN\tA\t192.0.2.1\n; \\u{1B}[2J\n")
        }
    }
}
