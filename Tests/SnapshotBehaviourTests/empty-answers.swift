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

    /// getDraft's result is nullable: `nil` for a null result or none at all, the ruleset otherwise; the tool prints `null`.
    @Test func aNullableResultIsAnOptional() async throws {
        let snapshot = CompiledSnapshot("empty-answers", RulesetsClient.commandLine)
        let examples = try #require(snapshot.spec()["operations"]?["getDraft"]?["examples"]?.arrayValue)
        for example in examples {
            let body = try #require(example["response"]?["body"])
            let transport = InMemoryTransport(status: 200, json: JSONSerializer.string(body))
            let draft = try await client(transport).getDraft(zoneID: "z1", rulesetID: "r1")
            #expect((draft?.encodeJSON() ?? .null) == (body["result"] ?? .null), "\(body)")
            #expect(try await snapshot.invoke("getDraft", OperationArguments(parameters: ["zone_id": "z1", "ruleset_id": "r1"]), transport)
                    == body["result"] ?? .null)
        }
        // A result of the wrong shape is still a decoding error, and a body without the envelope is not an answer.
        await #expect(throws: APIClientError.self) {
            try await client(InMemoryTransport(json: #"{"success": true, "result": {"id": 1}}"#)).getDraft(zoneID: "z1", rulesetID: "r1")
        }
        await #expect(throws: APIClientError.self) {
            try await client(InMemoryTransport { _ in HTTPResponse(status: 200) }).getDraft(zoneID: "z1", rulesetID: "r1")
        }
    }

    @Test func argumentsAreStillValidated() async {
        let transport = InMemoryTransport { _ in HTTPResponse(status: 204) }
        await #expect(throws: APIClientError.self) { try await client(transport).deleteRuleset(zoneID: "", rulesetID: "r1") }
        #expect(transport.requests.isEmpty)
    }

    /// The spec's `"idempotent"` of an operation (nil when it does not say).
    private func specIdempotent(_ operation: String) throws -> Bool? {
        guard case .object(let root) = try CompiledSnapshot("empty-answers", RulesetsClient.commandLine).spec(),
              case .object(let operations)? = root["operations"], case .object(let object)? = operations[operation]
        else { throw SnapshotSpecError("no operation \(operation)") }
        guard case .bool(let idempotent)? = object["idempotent"] else { return nil }
        return idempotent
    }

    @Test func aPostTheSpecMarksIdempotentIsRetriedAfterA503() async throws {
        #expect(try specIdempotent("purgeRuleset") == true)
        let count = LockedValue(0)
        let transport = InMemoryTransport { _ in
            let attempt = count.withLock { value in
                value += 1
                return value
            }
            return attempt == 1 ? HTTPResponse(status: 503, headers: ["Content-Type": "application/json"],
                                               body: Data(#"{"success": false, "errors": [{"code": 1, "message": "busy"}]}"#.utf8))
                : HTTPResponse(status: 200)
        }
        var configuration = RulesetsClient.defaultConfiguration(credentials: nil)
        configuration.sleep = { _ in }
        try await RulesetsClient(configuration: configuration, transport: transport).purgeRuleset(zoneID: "z1", rulesetID: "r1")
        #expect(transport.requests.map(\.method) == ["POST", "POST"])
    }

    @Test func theCatalogGivesTheToolNull() async throws {
        let transport = InMemoryTransport { _ in HTTPResponse(status: 204) }
        let descriptor = try #require(RulesetsClient.operations.first { $0.name == "deleteRuleset" })
        let result = try await descriptor.invoke(client(transport), OperationArguments(parameters: ["zone_id": "z1", "ruleset_id": "r1"], body: nil))
        #expect(result == .null)
    }
}
