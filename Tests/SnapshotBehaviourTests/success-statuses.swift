import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_success_statuses
import Testing
import TestSupport

/// success-statuses: an operation that succeeds with several statuses (`response.alternatives`). With one result type the
/// method returns it whichever listed status came; with different results it returns an enum whose case is the status's.
/// Over a real socket, each status is read as its own answer, and a 2xx the spec does not list is still unexpected.
@Suite struct SuccessStatusesSnapshotTests {
    private static func envelope(_ result: String) -> String { #"{"success": true, "errors": [], "result": "# + result + "}" }

    /// A client of a loopback server that answers every request with `action`.
    private static func withServer(_ action: ServerAction, _ body: (AccountsClient) async throws -> Void) async throws {
        let server = try LoopbackHTTPServer(always: action)
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        try await body(AccountsClient(configuration: AccountsClient.defaultConfiguration(baseURL: server.baseURL, credentials: nil), transport: transport))
    }

    private static let rule = #"{"id": "r1", "name": "phishing kit", "content": "rule phish { condition: true }", "enabled": true}"#
    private static let newRule = NewRule(name: "phishing kit", content: "rule phish { condition: true }")

    @Test(arguments: [201, 202])
    func oneResultTypeIsReturnedForEachListedStatus(status: Int) async throws {
        let state = status == 201 ? "succeeded" : "in_progress"
        try await Self.withServer(.json(status: status, body: Self.envelope(#"{"domain_name": "example.com", "state": "\#(state)", "completed": \#(status == 201)}"#))) { client in
            let workflow = try await client.registerDomain(accountID: "a1", body: DomainRegistration(domainName: "example.com"))
            #expect(workflow.state == (status == 201 ? .succeeded : .inProgress))
            #expect(workflow.completed == (status == 201))
        }
    }

    @Test func differentResultsAreTheCasesOfAnEnum() async throws {
        try await Self.withServer(.json(status: 201, body: Self.envelope(Self.rule))) { client in
            let answer = try await client.createRule(accountID: "a1", body: Self.newRule)
            guard case .created(let rule) = answer else { Issue.record("expected .created, got \(answer)"); return }
            #expect(rule.id == "r1")
        }
        try await Self.withServer(.json(status: 202, body: Self.envelope(#"{"approval_id": "ap1", "status": "pending"}"#))) { client in
            let answer = try await client.createRule(accountID: "a1", body: Self.newRule)
            #expect(answer == .accepted(ApprovalPendingResponse(approvalID: "ap1", status: "pending")))
        }
    }

    /// An answer is decoded as its own status's result: a 202 carrying a rule is not an approval.
    @Test func eachStatusIsDecodedAsItsOwnResult() async throws {
        try await Self.withServer(.json(status: 202, body: Self.envelope(Self.rule))) { client in
            await #expect {
                try await client.createRule(accountID: "a1", body: Self.newRule)
            } throws: { error in
                if case .decoding(_, status: 202, _)? = error as? APIClientError { true } else { false }
            }
        }
    }

    @Test func aStatusWithoutAResultIsACaseWithoutAPayload() async throws {
        try await Self.withServer(.respond(status: 204)) { client in
            let answer = try await client.getEntitlements(accountID: "a1")
            #expect(answer == .noContent)
        }
        try await Self.withServer(.json(body: Self.envelope(#"{"account_id": "a1", "features": ["rules"]}"#))) { client in
            let answer = try await client.getEntitlements(accountID: "a1")
            #expect(answer == .ok(Entitlements(accountID: "a1", features: ["rules"])))
        }
    }

    @Test(arguments: [200, 203, 206])
    func anUnlistedSuccessStatusIsStillUnexpected(status: Int) async throws {
        try await Self.withServer(.json(status: status, body: Self.envelope(Self.rule))) { client in
            await #expect {
                try await client.createRule(accountID: "a1", body: Self.newRule)
            } throws: { error in
                if case .unexpectedResponse(status: status, _, _, _)? = error as? APIClientError { true } else { false }
            }
        }
    }

    /// The tool prints each answer's result, or `null` for an empty one.
    @Test func theCatalogGivesTheToolEachAnswersResult() async throws {
        let snapshot = CompiledSnapshot("success-statuses", AccountsClient.commandLine)
        let approval = Self.envelope(#"{"approval_id": "ap1", "status": "pending"}"#)
        let body: JSONValue = ["name": "phishing kit", "content": "rule phish { condition: true }"]
        #expect(try await snapshot.invoke("createRule", OperationArguments(parameters: ["account_id": "a1"], body: body), InMemoryTransport(status: 202, json: approval))
                == ["approval_id": "ap1", "status": "pending"])
        #expect(try await snapshot.invoke("getEntitlements", OperationArguments(parameters: ["account_id": "a1"]),
                                          InMemoryTransport { _ in HTTPResponse(status: 204) }) == .null)
    }

    /// The command-line tool takes each listed status as success and prints its result, or `null` for an empty answer.
    @Test func theCommandLineToolPrintsEachAnswer() async throws {
        let output = LockedValue(""), errors = LockedValue("")
        let run = { (transport: InMemoryTransport, arguments: [String]) async -> Int32 in
            output.withLock { $0 = "" }
            let tool = CommandLineTool(AccountsClient.commandLine, environment: [:], transport: transport,
                                       standardOutput: { text in output.withLock { $0 += text } },
                                       standardError: { text in errors.withLock { $0 += text } })
            return await tool.run(arguments)
        }
        let approval = InMemoryTransport(status: 202, json: Self.envelope(#"{"approval_id": "ap1", "status": "pending"}"#))
        #expect(await run(approval, ["create-rule", "--account-id", "a1", "--name", "phishing kit", "--content", "rule phish"]) == 0, "\(errors.current)")
        #expect(output.current.contains(#""approval_id""#), "\(output.current)")
        #expect(await run(InMemoryTransport { _ in HTTPResponse(status: 204) }, ["get-entitlements", "--account-id", "a1"]) == 0, "\(errors.current)")
        #expect(output.current.trimmingCharacters(in: .whitespacesAndNewlines) == "null")
        #expect(await run(InMemoryTransport(status: 200, json: Self.envelope(Self.rule)), ["create-rule", "--account-id", "a1", "--name", "x", "--content", "y"]) != 0)
    }
}
