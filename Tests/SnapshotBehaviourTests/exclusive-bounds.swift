import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_exclusive_bounds
import Testing
import TestSupport

/// exclusive-bounds: `"exclusiveMinimum"`/`"exclusiveMaximum"` refuse the bound itself before anything is sent, in bodies
/// and query parameters; on an integer the bound is the whole number inside it (`exclusiveMinimum: 0` checks `at least 1`).
/// Shapes from Cloudflare's AI Gateway spend limits and brand protection domain queries.
@Suite struct ExclusiveBoundsSnapshotTests {
    static func client(_ transport: any HTTPTransport) -> AIGatewayClient {
        AIGatewayClient(configuration: AIGatewayClient.defaultConfiguration(credentials: nil), transport: transport)
    }

    static let gateway = #"{"result": {"id": "g1"}}"#

    /// A spend limit of 0 is what the published schema refuses (`exclusiveMinimum: 0`); the smallest positive one is sent.
    @Test func theBoundItselfIsRefusedAndAValueJustInsideIsSent() async throws {
        let transport = InMemoryTransport(json: Self.gateway)
        let refused = Gateway(id: "g1", spendLimitRules: [SpendLimitRule(id: "r1", limit: 1), SpendLimitRule(id: "r2", limit: 0, window: 0)])
        let violations = try await refusedViolations { try await Self.client(transport).updateGateway(accountID: "a1", id: "g1", body: refused) }
        #expect(violations.map(\.description) == ["spend_limit_rules[1].limit: 0, more than 0", "spend_limit_rules[1].window: 0, at least 1"])
        #expect(violations.map(\.constraint) == [.exclusiveMinimum(0), .minimum(1)])
        #expect(transport.requests.isEmpty)

        let inside = Gateway(id: "g1", spendLimitRules: [SpendLimitRule(id: "r1", limit: .leastNonzeroMagnitude, window: 1)])
        _ = try await Self.client(transport).updateGateway(accountID: "a1", id: "g1", body: inside)
        #expect(transport.requests.count == 1)
    }

    /// Query parameters: an integer's exclusive bound beside an inclusive one, a number's two exclusive bounds; also
    /// through the command-line tool, which refuses before sending too.
    @Test func queryParametersAreCheckedBeforeSending() async throws {
        let transport = InMemoryTransport(json: #"{"result": []}"#)
        let violations = try await refusedViolations {
            try await Self.client(transport).listDomainQueries(accountID: "a1", perPage: 0, minScore: 1)
        }
        #expect(violations.map(\.description) == ["per_page: 0, at least 1", "min_score: 1, less than 1"])
        #expect(violations.last?.constraint == .exclusiveMaximum(1))
        #expect(transport.requests.isEmpty)

        _ = try await Self.client(transport).listDomainQueries(accountID: "a1", perPage: 1, minScore: 0.5)
        #expect(transport.requests.first?.url.query == "per_page=1&min_score=0.5")

        let errors = LockedValue("")
        let tool = CommandLineTool(AIGatewayClient.commandLine, environment: [:], transport: transport,
                                   standardOutput: { _ in }, standardError: { text in errors.withLock { $0 += text } })
        #expect(await tool.run(["list-domain-queries", "--account-id", "a1", "--min-score", "0"]) == 3)
        #expect(errors.current.contains("min_score: 0, more than 0"), "\(errors.current)")
        #expect(transport.requests.count == 1)
    }
}
