import APIGenRuntime
import Foundation
import Snapshot_composition
import Testing
import TestSupport

/// composition: `PortalServer` includes `Server`'s fields before its own; `CreateServer` is `Server`'s writable fields
/// and `UpdateServer` two of them, all optional. Included fields decode, validate and encode like the model's own.
@Suite struct CompositionSnapshotTests {
    static func client(_ transport: InMemoryTransport) -> PortalsClient {
        PortalsClient(configuration: PortalsClient.defaultConfiguration(credentials: nil), transport: transport)
    }

    @Test func includedFieldsDecodeAndEncodeInOrderBeforeTheModelsOwn() throws {
        let json: JSONValue = [
            "id": "s1", "name": "docs", "hostname": "https://docs.example.com/mcp", "auth_type": "oauth",
            "created_at": "2025-01-02T03:04:05Z", "default_disabled": false, "on_behalf": true, "updated_prompts": ["a"],
        ]
        let server = try expectRoundTrip(json, as: PortalServer.self)
        #expect(server.id == "s1" && server.hostname == "https://docs.example.com/mcp" && server.authType == "oauth")
        #expect(server.onBehalf && server.updatedPrompts == ["a"])
        #expect(server.encodeJSON().objectValue?.keys.map { $0 } == [
            "id", "name", "hostname", "auth_type", "created_at", "default_disabled", "on_behalf", "updated_prompts",
        ])
        // An included required field is required like an own one.
        #expect(throws: DecodingFailure.self) { try PortalServer(json: ["id": "s1", "name": "docs", "on_behalf": true]) }
        #expect(throws: DecodingFailure.self) { try PortalServer(json: ["id": "s1", "name": "docs", "hostname": "h"]) }
    }

    @Test func includedFieldsKeepTheirConstraints() {
        let server = PortalServer(id: "s1", name: "", hostname: "https://docs.example.com/mcp", onBehalf: true)
        #expect(server.violations().map(\.path.description) == ["name"])
        #expect(UpdateServer(name: String(repeating: "x", count: 41)).violations().count == 1)
    }

    @Test func aWritableProjectionLeavesOutReadOnlyFieldsAndKeepsRequired() async throws {
        let body = CreateServer(name: "docs", hostname: "https://docs.example.com/mcp")
        #expect(body.encodeJSON() == ["name": "docs", "hostname": "https://docs.example.com/mcp"])
        // A request body refuses members it does not list: the read-only id is not one of them.
        #expect(throws: DecodingFailure.self) { try CreateServer(json: ["id": "s1", "name": "docs", "hostname": "h"]) }
        #expect(throws: DecodingFailure.self) { try CreateServer(json: ["name": "docs"]) }

        let transport = InMemoryTransport(json: #"{"result": {"id": "s1", "name": "docs", "hostname": "https://docs.example.com/mcp"}}"#)
        let created = try await Self.client(transport).createServer(body: body)
        #expect(created.id == "s1")
        #expect(try transport.requests.first?.body.map { try JSONParser.parse($0) } == body.encodeJSON())

        let refused = InMemoryTransport(json: "{}")
        do {
            _ = try await Self.client(refused).createServer(body: CreateServer(name: "", hostname: "ftp:/x"))
            Issue.record("sent")
        } catch {
            guard case .invalidRequest(let violations) = error else { throw error }
            #expect(violations.map(\.path.description) == ["name"])
        }
        #expect(refused.requests.isEmpty)
    }

    @Test func aProjectionWithRequiredListMakesTheOthersOptional() throws {
        #expect(UpdateServer().encodeJSON() == [:])
        #expect(UpdateServer(authType: "none").encodeJSON() == ["auth_type": "none"])
        #expect(try UpdateServer(json: ["name": "docs"]) == UpdateServer(name: "docs"))
        #expect(throws: DecodingFailure.self) { try UpdateServer(json: ["hostname": "h"]) }
    }
}
