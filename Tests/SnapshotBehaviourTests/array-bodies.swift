import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_array_bodies
import Testing
import TestSupport

/// array-bodies: a request body that is an array (`[KeyValuePair]`, `[String]`) is validated before sending, its count
/// and each item at the item's index (`[1].key`), sent as a JSON array, and given whole in the tool's `--body`.
/// Shapes from Cloudflare's Workers KV bulk write and delete and a Worker script's tags.
@Suite struct ArrayBodiesSnapshotTests {
    static let token = "kv-t0ken"
    /// The tool's exit status for a usage error (spec/README.md).
    static let usageStatus: Int32 = 2

    static func client(_ transport: any HTTPTransport, baseURL: URL = WorkersKVClient.defaultBaseURL) -> WorkersKVClient {
        WorkersKVClient(credentials: .apiToken(token), baseURL: baseURL, transport: transport)
    }

    /// A constraint of the snapshot's spec, read from it: the tests follow the spec rather than repeat it.
    static func requestBodyConstraint(_ operation: String, _ key: String) throws -> Int {
        let spec = try #require(CompiledSnapshot.all.first { $0.folder == "array-bodies" }).spec()
        return try #require(spec["operations"]?[operation]?["requestBody"]?[key]?.numberValue?.intValue)
    }

    /// Over a real socket: the array arrives as the JSON body, with its content type, and the result is decoded.
    @Test func anArrayOfModelsReachesTheServer() async throws {
        let server = try LoopbackHTTPServer(always: .json(body: #"{"success": true, "errors": [], "result": {"successful_key_count": 2}}"#))
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let pairs = [KeyValuePair(key: "greeting", value: "hello"), KeyValuePair(key: "session", value: "abc", expirationTTL: 3600)]
        let result = try await Self.client(transport, baseURL: server.baseURL).writeKeyValuePairs(accountID: "a1", namespaceID: "n1", body: pairs)
        #expect(result.successfulKeyCount == 2)
        let received = try #require(server.requests.first)
        #expect(received.method == "PUT")
        #expect(received.path == "/accounts/a1/storage/kv/namespaces/n1/bulk")
        #expect(received.header("Content-Type") == "application/json")
        #expect(received.bodyText == #"[{"key":"greeting","value":"hello"},{"key":"session","value":"abc","expiration_ttl":3600}]"#)
    }

    /// Each item is checked at its index, the count at the root; nothing is sent.
    @Test func itemsAreValidatedAtTheirIndex() async throws {
        let transport = InMemoryTransport(json: #"{"result": {}}"#)
        let violations = try await refusedViolations {
            try await Self.client(transport).writeKeyValuePairs(accountID: "a1", namespaceID: "n1", body: [
                KeyValuePair(key: "ok", value: "v"), KeyValuePair(key: "", value: "v"), KeyValuePair(key: "k", value: "v", expirationTTL: 5),
            ])
        }
        #expect(violations.map(\.path.description) == ["[1].key", "[2].expiration_ttl"])
        let empty = try await refusedViolations { try await Self.client(transport).writeKeyValuePairs(accountID: "a1", namespaceID: "n1", body: []) }
        #expect(empty.map(\.constraint) == [.minItems(try Self.requestBodyConstraint("writeKeyValuePairs", "minItems"))])
        #expect(transport.requests.isEmpty)
    }

    /// An array of strings: each string's own constraints at its index, `uniqueItems` naming the first, `maxItems`.
    @Test func stringItemsAreValidatedAtTheirIndex() async throws {
        let transport = InMemoryTransport(json: #"{"result": {}}"#)
        let emptyKey = try await refusedViolations {
            try await Self.client(transport).deleteKeys(accountID: "a1", namespaceID: "n1", body: ["a", ""])
        }
        #expect(emptyKey.map(\.description) == ["[1]: 0 characters, at least 1"])
        let limit = try Self.requestBodyConstraint("putScriptTags", "maxItems")
        let tags = (0...limit).map { "tag\($0)" } + ["tag0"]
        let tooMany = try await refusedViolations {
            try await Self.client(transport).putScriptTags(accountID: "a1", dispatchNamespace: "prod", scriptName: "worker", body: tags)
        }
        #expect(tooMany.map(\.path.description) == ["[\(limit + 1)]", "$"])
        #expect(tooMany.first?.constraint == .uniqueItems)
        #expect(transport.requests.isEmpty)
    }

    /// The tool takes the array whole in `--body` (inline or from a file), requires it, and refuses another JSON kind.
    @Test func theCommandLineToolTakesAnArrayBody() async throws {
        let transport = InMemoryTransport(json: #"{"success": true, "errors": [], "result": {"successful_key_count": 1}}"#)
        let output = LockedValue(""), errors = LockedValue("")
        let tool = CommandLineTool(WorkersKVClient.commandLine, environment: ["CLOUDFLARE_API_TOKEN": Self.token], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } })
        let status = await tool.run(["delete", "n1", "--account-id", "a1", "--body", #"["greeting"]"#])
        #expect(status == 0, "\(errors.current)")
        #expect(try #require(transport.requests.first?.body) == Data(#"["greeting"]"#.utf8))
        #expect(try JSONParser.parse(output.current)["successful_key_count"] == 1)

        let file = FileManager.default.temporaryDirectory.appending(path: "array-bodies-\(UUID().uuidString).json")
        try Data(#"[{"key": "k", "value": "v"}]"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(await tool.run(["write", "n1", "--account-id", "a1", "--body", "@" + file.path]) == 0, "\(errors.current)")
        #expect(transport.requests.last?.body == Data(#"[{"key":"k","value":"v"}]"#.utf8))

        errors.withLock { $0 = "" }
        #expect(await tool.run(["delete", "n1", "--account-id", "a1"]) == Self.usageStatus)
        #expect(errors.current.contains("missing --body: the request body is a JSON array"), "\(errors.current)")
        errors.withLock { $0 = "" }
        #expect(await tool.run(["delete", "n1", "--account-id", "a1", "--body", #"{"keys": ["a"]}"#]) == Self.usageStatus)
        #expect(errors.current.contains("--body: expected a JSON array, found an object"), "\(errors.current)")
        errors.withLock { $0 = "" }
        #expect(await tool.run(["delete", "n1", "--account-id", "a1", "--body", #"["a", ""]"#]) != 0)
        #expect(errors.current.contains("[1]"), "\(errors.current)")
        #expect(transport.requests.count == 2)
    }
}
