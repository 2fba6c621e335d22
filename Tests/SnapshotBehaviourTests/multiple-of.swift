import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_multiple_of
import Testing
import TestSupport

/// multiple-of: `"multipleOf"` on numbers and integers is checked before sending — exactly for integers, to a relative
/// 1e-9 for decimal steps that have no exact `Double` — at the value's path. Shapes from Cloudflare's load balancing pools.
@Suite struct MultipleOfSnapshotTests {
    static func client(_ transport: any HTTPTransport, baseURL: URL = LoadBalancingClient.defaultBaseURL) -> LoadBalancingClient {
        LoadBalancingClient(configuration: LoadBalancingClient.defaultConfiguration(baseURL: baseURL, credentials: nil), transport: transport)
    }

    /// A field's `multipleOf`, read from the spec: the tests follow it rather than repeat it.
    static func divisor(_ model: String, _ field: String) throws -> Double {
        let spec = try #require(CompiledSnapshot.all.first { $0.folder == "multiple-of" }).spec()
        return try #require(spec["models"]?[model]?["fields"]?[field]?["multipleOf"]?.numberValue?.exactDoubleValue)
    }

    /// Over a real socket: decimal multiples that no `Double` holds exactly (0.07 of 0.01, 0.3 of 0.1) are sent.
    @Test func decimalMultiplesAreAccepted() async throws {
        let weightStep = try Self.divisor("Origin", "weight"), defaultStep = try Self.divisor("Pool", "default_weight")
        #expect((0.07 / weightStep).rounded() != 0.07 / weightStep)  // why the check is tolerant
        let server = try LoopbackHTTPServer(always: .json(status: 201, body: #"{"success": true, "errors": [], "result": {"name": "p", "origins": []}}"#))
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let pool = Pool(name: "p", origins: [Origin(address: "192.0.2.1", weight: 0.07), Origin(address: "192.0.2.2", weight: 1)],
                        defaultWeight: 3 * defaultStep, checkInterval: 90)
        let created = try await Self.client(transport, baseURL: server.baseURL).createPool(accountID: "a1", body: pool)
        #expect(created.name == "p")
        #expect(server.requests.first?.bodyText.contains(#""weight":0.07"#) == true)
    }

    @Test func aValueBetweenMultiplesIsRefusedAtItsPath() async throws {
        let transport = InMemoryTransport(status: 201, json: #"{"result": {"name": "p", "origins": []}}"#)
        let weightStep = try Self.divisor("Origin", "weight"), intervalStep = try Self.divisor("Pool", "check_interval")
        let pool = Pool(name: "p", origins: [Origin(address: "a", weight: 0.5), Origin(address: "b", weight: 0.333)],
                        defaultWeight: 0.25, checkInterval: 60 + Int(intervalStep) + 1)
        let violations = try await refusedViolations { try await Self.client(transport).createPool(accountID: "a1", body: pool) }
        #expect(violations.map(\.description) == [
            "origins[1].weight: 0.333, not a multiple of \(JSONNumber(weightStep))",
            "default_weight: 0.25, not a multiple of 0.1",
            "check_interval: \(60 + Int(intervalStep) + 1), not a multiple of \(Int(intervalStep))",
        ])
        #expect(violations.first?.constraint == .multipleOf(weightStep))
        #expect(transport.requests.isEmpty)
    }

    /// Integer query parameters are checked exactly, before anything is sent, and through the tool too.
    @Test func integerParametersAreCheckedExactly() async throws {
        let transport = InMemoryTransport(json: #"{"result": []}"#)
        let violations = try await refusedViolations { try await Self.client(transport).listPools(accountID: "a1", page: 2, perPage: 12) }
        #expect(violations.map(\.description) == ["per_page: 12, not a multiple of 5"])
        _ = try await Self.client(transport).listPools(accountID: "a1", page: 2, perPage: 95)
        #expect(transport.requests.first?.url.query == "page=2&per_page=95")

        let errors = LockedValue("")
        let tool = CommandLineTool(LoadBalancingClient.commandLine, environment: [:], transport: transport,
                                   standardOutput: { _ in }, standardError: { text in errors.withLock { $0 += text } })
        #expect(await tool.run(["list-pools", "--account-id", "a1", "--per-page", "7"]) == 3)
        #expect(errors.current.contains("per_page: 7, not a multiple of 5"), "\(errors.current)")
        #expect(transport.requests.count == 1)
    }
}
