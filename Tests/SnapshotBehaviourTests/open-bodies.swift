import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_open_bodies
import Testing
import TestSupport

/// open-bodies: request bodies that are not models. A map (`JSONMap<EnvironmentVariable>`) is validated before sending, its
/// member count at the root and each value at its key, and sent in its order; a free-form object (`JSONObject`) and any JSON
/// value (`JSONValue`) are sent as they are. The tool takes each whole in `--body`, which any JSON value requires.
/// Shapes from Cloudflare's Workers Builds, Artifacts and Zero Trust Gateway certificates.
@Suite struct OpenBodiesSnapshotTests {
    static let token = "ob-t0ken"
    /// The tool's exit status for a usage error (spec/README.md).
    static let usageStatus: Int32 = 2

    static func client(_ transport: any HTTPTransport, baseURL: URL = OpenBodiesClient.defaultBaseURL) -> OpenBodiesClient {
        OpenBodiesClient(credentials: .apiToken(token), baseURL: baseURL, transport: transport)
    }

    /// A constraint of the map body, read from the snapshot's spec: the tests follow the spec rather than repeat it.
    static func mapConstraint(_ key: String) throws -> Int {
        let spec = try #require(CompiledSnapshot.all.first { $0.folder == "open-bodies" }).spec()
        return try #require(spec["operations"]?["upsertEnvironmentVariables"]?["requestBody"]?[key]?.numberValue?.intValue)
    }

    /// Over a real socket: the map arrives as a JSON object with its members in the map's order, the object and the
    /// JSON value exactly as given.
    @Test func eachBodyReachesTheServerAsItIs() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case let path where path.hasSuffix("/environment_variables"): .json(body: #"{"success": true, "errors": [], "result": {"trigger_uuid": "t1", "variable_count": 2}}"#)
            case let path where path.hasSuffix("/repos"): .json(body: #"{"success": true, "errors": [], "result": {"name": "site"}}"#)
            default: .json(body: #"{"success": true, "errors": [], "result": {"id": "c1"}}"#)
            }
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let client = Self.client(transport, baseURL: server.baseURL)

        let variables: JSONMap<EnvironmentVariable> = ["NODE_ENV": EnvironmentVariable(value: "production"), "API_KEY": EnvironmentVariable(value: "k", isSecret: true)]
        let trigger = try await client.upsertEnvironmentVariables(accountID: "a1", triggerUUID: "t1", body: variables)
        #expect(trigger.variableCount == 2)
        let repository = try await client.createRepository(accountID: "a1", namespace: "ns", body: ["name": "site", "visibility": ["public": false]])
        #expect(repository.name == "site")
        #expect(try await client.activateCertificate(accountID: "a1", certificateID: "c1", body: .object([:])).id == "c1")
        #expect(try await client.activateCertificate(accountID: "a1", certificateID: "c1", body: [1, "two", nil]).id == "c1")

        #expect(server.requests.map(\.method) == ["PATCH", "POST", "POST", "POST"])
        #expect(server.requests.map(\.path) == [
            "/accounts/a1/builds/triggers/t1/environment_variables", "/accounts/a1/artifacts/namespaces/ns/repos",
            "/accounts/a1/gateway/certificates/c1/activate", "/accounts/a1/gateway/certificates/c1/activate",
        ])
        #expect(server.requests.allSatisfy { $0.header("Content-Type") == "application/json" })
        #expect(server.requests.map(\.bodyText) == [
            #"{"NODE_ENV":{"value":"production"},"API_KEY":{"value":"k","is_secret":true}}"#,
            #"{"name":"site","visibility":{"public":false}}"#,
            "{}",
            #"[1,"two",null]"#,
        ])
    }

    /// Each value is checked at its key, the member count at the root; nothing is sent.
    @Test func mapValuesAreValidatedAtTheirKey() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"trigger_uuid": "t1"}}"#)
        let violations = try await refusedViolations {
            try await Self.client(transport).upsertEnvironmentVariables(accountID: "a1", triggerUUID: "t1", body: [
                "OK": EnvironmentVariable(value: "v"), "EMPTY": EnvironmentVariable(value: ""),
            ])
        }
        #expect(violations.map(\.description) == ["EMPTY.value: 0 characters, at least 1"])
        let empty = try await refusedViolations {
            try await Self.client(transport).upsertEnvironmentVariables(accountID: "a1", triggerUUID: "t1", body: [:])
        }
        #expect(empty.map(\.path.description) == ["$"])
        #expect(empty.map(\.constraint) == [.minProperties(try Self.mapConstraint("minProperties"))])
        #expect(transport.requests.isEmpty)
    }

    /// The tool takes a map or an object whole in `--body`, and any JSON value in a `--body` it requires.
    @Test func theCommandLineToolTakesTheBodiesWhole() async throws {
        let transport = InMemoryTransport(json: #"{"success": true, "errors": [], "result": {"trigger_uuid": "t1", "name": "site", "id": "c1"}}"#)
        let output = LockedValue(""), errors = LockedValue("")
        let tool = CommandLineTool(OpenBodiesClient.commandLine, environment: ["CLOUDFLARE_API_TOKEN": Self.token], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } })
        #expect(await tool.run(["set-variables", "t1", "--account-id", "a1", "--body", #"{"NODE_ENV": {"value": "production"}}"#]) == 0, "\(errors.current)")
        #expect(transport.requests.last?.body == Data(#"{"NODE_ENV":{"value":"production"}}"#.utf8))
        #expect(await tool.run(["create-repository", "ns", "--account-id", "a1", "--body", #"{"name": "site"}"#]) == 0, "\(errors.current)")
        #expect(transport.requests.last?.body == Data(#"{"name":"site"}"#.utf8))
        #expect(await tool.run(["activate", "c1", "--account-id", "a1", "--body", "{}"]) == 0, "\(errors.current)")
        #expect(transport.requests.last?.body == Data("{}".utf8))
        #expect(await tool.run(["activate", "c1", "--account-id", "a1", "--body", "[true]"]) == 0, "\(errors.current)")
        #expect(transport.requests.last?.body == Data("[true]".utf8))
        #expect(transport.requests.count == 4)

        errors.withLock { $0 = "" }
        #expect(await tool.run(["activate", "c1", "--account-id", "a1"]) == Self.usageStatus)
        #expect(errors.current.contains("missing --body: the request body is any JSON value"), "\(errors.current)")
        // A PATCH of no members changes nothing, whether `--body` is left out or empty.
        for empty in [[], ["--body", "{}"]] {
            errors.withLock { $0 = "" }
            #expect(await tool.run(["set-variables", "t1", "--account-id", "a1"] + empty) == Self.usageStatus)
            #expect(errors.current.contains("nothing to change"), "\(errors.current)")
        }
        errors.withLock { $0 = "" }
        #expect(await tool.run(["set-variables", "t1", "--account-id", "a1", "--body", "[1]"]) == Self.usageStatus)
        #expect(errors.current.contains("--body: expected a JSON object, found an array"), "\(errors.current)")
        #expect(transport.requests.count == 4)
    }
}
