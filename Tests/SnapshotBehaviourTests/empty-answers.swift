import APIGenRuntime
import Foundation
import Snapshot_empty_answers
import Testing
import TestSupport

/// empty-answers: an operation without a `result` returns nothing; its status and any envelope's
/// success flag still decide whether the call succeeded.
@Suite struct EmptyAnswersSnapshotTests {
    private func client(_ transport: InMemoryTransport) -> RulesetsClient {
        RulesetsClient(configuration: RulesetsClient.defaultConfiguration(credentials: nil), transport: transport)
    }

    @Test func a204WithoutABodyReturns() async throws {
        let transport = InMemoryTransport { _ in HTTPResponse(status: 204) }
        try await client(transport).deleteRuleset(zoneID: "z1", rulesetID: "r1")
        #expect(transport.requests.map(\.method) == ["DELETE"])
        #expect(transport.requests.first?.url.path == "/client/v4/zones/z1/rulesets/r1")
    }

    @Test func aSuccessEnvelopeWithoutAResultReturns() async throws {
        for body in [#"{"success": true, "errors": [], "result": null}"#, #"{"success": true, "errors": []}"#, ""] {
            let transport = InMemoryTransport(status: 200, json: body)
            try await client(transport).purgeRuleset(zoneID: "z1", rulesetID: "r1")
            #expect(transport.requests.count == 1, "\(body)")
        }
    }

    @Test func aFailedEnvelopeIsStillAnError() async {
        let transport = InMemoryTransport(status: 200, json: #"{"success": false, "errors": [{"code": 7, "message": "locked"}]}"#)
        await #expect {
            try await client(transport).purgeRuleset(zoneID: "z1", rulesetID: "r1")
        } throws: { error in
            guard case .api(let failure)? = error as? APIClientError else { return false }
            return failure.messages.map(\.message) == ["locked"]
        }
    }

    @Test func anotherSuccessStatusIsUnexpected() async {
        let transport = InMemoryTransport(status: 200, json: #"{"success": true, "result": null}"#)
        await #expect {
            try await client(transport).deleteRuleset(zoneID: "z1", rulesetID: "r1")
        } throws: { error in
            if case .unexpectedResponse(status: 200, _, _, _)? = error as? APIClientError { true } else { false }
        }
    }

    @Test func argumentsAreStillValidated() async {
        let transport = InMemoryTransport { _ in HTTPResponse(status: 204) }
        await #expect(throws: APIClientError.self) { try await client(transport).deleteRuleset(zoneID: "", rulesetID: "r1") }
        #expect(transport.requests.isEmpty)
    }

    @Test func theCatalogGivesTheToolNull() async throws {
        let transport = InMemoryTransport { _ in HTTPResponse(status: 204) }
        let descriptor = try #require(RulesetsClient.operations.first { $0.name == "deleteRuleset" })
        let result = try await descriptor.invoke(client(transport), OperationArguments(parameters: ["zone_id": "z1", "ruleset_id": "r1"], body: nil))
        #expect(result == .null)
    }
}
