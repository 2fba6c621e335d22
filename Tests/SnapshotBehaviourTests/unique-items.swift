import APIGenRuntime
import Foundation
import Snapshot_unique_items
import Testing
import TestSupport

/// unique-items: `"uniqueItems": true` arrays are checked before sending; each repeat is reported at its own index (the
/// second occurrence), naming the first, and nothing is sent.
@Suite struct UniqueItemsSnapshotTests {
    static func violations(_ team: Team) async throws -> [ConstraintViolation] {
        let transport = InMemoryTransport(status: 201, json: #"{"result": {"name": "t"}}"#)
        defer { #expect(transport.requests.isEmpty) }
        do {
            _ = try await TeamsClient(configuration: TeamsClient.defaultConfiguration(credentials: nil), transport: transport).createTeam(body: team)
        } catch {
            guard case .invalidRequest(let violations) = error else { throw error }
            return violations
        }
        Issue.record("sent \(team)")
        return []
    }

    @Test func repeatsAreReportedAtTheSecondOccurrence() async throws {
        let violations = try await Self.violations(Team(name: "t", tags: ["a", "b", "a", "c", "b"]))
        #expect(violations.map(\.description) == [
            "tags[2]: the same as item 0; items must be unique", "tags[4]: the same as item 1; items must be unique",
            "tags: 5 items, at most 4",
        ])
        #expect(violations.first?.constraint == .uniqueItems)
    }

    @Test func modelsAndNestedArraysAreComparedWhole() async throws {
        let ada = Member(email: "ada@example.com")
        let violations = try await Self.violations(Team(
            name: "t", members: [ada, Member(email: "ada@example.com", role: "lead"), ada], ports: [[80, 443], [80, 80, 80]]
        ))
        #expect(violations.map(\.path.description) == ["members[2]", "ports[1][1]", "ports[1][2]"])
    }

    @Test func uniqueItemsAreSent() async throws {
        let transport = InMemoryTransport(status: 201, json: #"{"result": {"name": "t", "tags": ["a", "b"]}}"#)
        let client = TeamsClient(configuration: TeamsClient.defaultConfiguration(credentials: nil), transport: transport)
        let team = try await client.createTeam(body: Team(name: "t", tags: ["a", "b"], ports: [[80], [80]]))
        #expect(team.tags == ["a", "b"])
        #expect(String(decoding: try #require(transport.requests.first?.body), as: UTF8.self) == #"{"name":"t","tags":["a","b"],"ports":[[80],[80]]}"#)
    }
}
