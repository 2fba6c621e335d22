import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_required_alternatives
import Testing
import TestSupport

/// required-alternatives: a request body that needs one of several groups of fields whole (a Workers build names a
/// branch or a commit) is refused before sending when none is, and sent when one is.
@Suite struct RequiredAlternativesSnapshotTests {
    static func client(_ transport: InMemoryTransport) -> BuildsClient {
        BuildsClient(configuration: BuildsClient.defaultConfiguration(credentials: nil), transport: transport)
    }

    static let answer = #"{"result": {"build_uuid": "b1"}}"#

    @Test func aBodyWithoutAnyGroupIsRefusedAtItsPath() async throws {
        let transport = InMemoryTransport(json: Self.answer)
        for body in [CreateBuildRequest(), CreateBuildRequest(author: "ada")] {
            let violations = try await refusedViolations { try await Self.client(transport).createManualBuild(accountID: "a", triggerUUID: "t", body: body) }
            #expect(violations.map(\.description) == ["$: needs commit_hash, or branch, or message and author"])
            #expect(violations.first?.constraint == .requiredAlternatives([["commit_hash"], ["branch"], ["message", "author"]]))
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func anyWholeGroupIsEnough() async throws {
        let transport = InMemoryTransport(json: Self.answer)
        let client = Self.client(transport)
        _ = try await client.createManualBuild(accountID: "a", triggerUUID: "t", body: CreateBuildRequest(commitHash: "abc123"))
        _ = try await client.createManualBuild(accountID: "a", triggerUUID: "t", body: CreateBuildRequest(branch: "main"))
        // A nullable field is there when it is null.
        _ = try await client.createManualBuild(accountID: "a", triggerUUID: "t", body: CreateBuildRequest(message: .null, author: "ada"))
        let sent = transport.requests.compactMap { $0.body.map { String(decoding: $0, as: UTF8.self) } }
        #expect(sent == [#"{"commit_hash":"abc123"}"#, #"{"branch":"main"}"#, #"{"message":null,"author":"ada"}"#])
    }

    /// The tool refuses the same body, saying what it needs.
    @Test func theCommandLineToolRefusesABodyWithoutAnyGroup() async throws {
        let transport = InMemoryTransport(json: Self.answer)
        let errors = LockedValue("")
        let tool = CommandLineTool(BuildsClient.commandLine, environment: [:], transport: transport,
                                   standardOutput: { _ in }, standardError: { text in errors.withLock { $0 += text } })
        let status = await tool.run(["create-manual-build", "--account-id", "a", "--trigger-uuid", "t", "--body", #"{"author": "ada"}"#])
        #expect(status == 3, "\(errors.current)")
        #expect(errors.current.contains("needs commit_hash, or branch, or message and author"), "\(errors.current)")
        #expect(transport.requests.isEmpty)
    }
}
