import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_query_arrays
import Testing
import TestSupport

/// query-arrays: `"type": "array"` query parameters are sent in the spec's style, repeated (`tag=a&tag=b`, the default)
/// or comma-separated (`id=1,2`), each item percent-encoded (a comma inside an item is `%2C`), each item and the count
/// validated before sending; the command-line tool takes them as a repeated option.
@Suite struct QueryArraysSnapshotTests {
    static func client(_ transport: InMemoryTransport) -> ServersClient {
        ServersClient(configuration: ServersClient.defaultConfiguration(credentials: .apiToken("t0ken")), transport: transport)
    }

    static func answer() -> InMemoryTransport { InMemoryTransport(json: #"{"result": [{"id": 1, "name": "a"}]}"#) }

    static func query(_ call: (ServersClient) async throws -> [Server]) async throws -> String? {
        let transport = answer()
        _ = try await call(client(transport))
        return try #require(transport.requests.first).url.query(percentEncoded: true)
    }

    @Test func repeatedIsTheDefault() async throws {
        #expect(try await Self.query { try await $0.listServers(tag: ["edge", "prod"]) } == "tag=edge&tag=prod")
        #expect(try await Self.query { try await $0.listServers(region: ["us", "eu"]) } == "region=us&region=eu")
    }

    @Test func commaSeparatedJoinsTheItems() async throws {
        #expect(try await Self.query { try await $0.listServers(id: [1, 22, 333]) } == "id=1,22,333")
        #expect(try await Self.query { try await $0.listServers(status: [.active, .paused]) } == "status=active,paused")
    }

    /// Each item is percent-encoded on its own: a comma inside an item cannot split it, nor can `&` or `=` add a parameter.
    @Test func eachItemIsPercentEncoded() async throws {
        #expect(try await Self.query { try await $0.listServers(name: ["a,b", "c&d=e", "f g"]) } == "name=a%2Cb,c%26d%3De,f%20g")
        #expect(try await Self.query { try await $0.listServers(tag: ["a,b"]) } == "tag=a%2Cb")
    }

    @Test func anEmptyOrAbsentListIsNotSent() async throws {
        #expect(try await Self.query { try await $0.listServers(tag: [], name: []) } == nil)
        #expect(try await Self.query { try await $0.listServers() } == nil)
    }

    @Test func theParametersKeepTheirOrder() async throws {
        #expect(try await Self.query { try await $0.listServers(tag: ["x"], id: [1, 2], region: ["us"]) } == "tag=x&id=1,2&region=us")
    }

    /// Every item is checked at its index, and the count against minItems/maxItems; nothing is sent.
    @Test func itemsAndCountsAreValidated() async throws {
        let transport = Self.answer()
        do {
            _ = try await Self.client(transport).listServers(tag: ["ok", "", "UPPER", "x"], id: [1, 0], status: [.unknown("draining")])
            Issue.record("sent")
        } catch {
            guard case .invalidRequest(let violations) = error else { throw error }
            #expect(violations.map(\.description) == [
                "tag: 4 items, at most 3",
                "tag[1]: 0 characters, at least 1",
                #"tag[1]: "" does not match the pattern ^[a-z0-9,-]+$"#,
                #"tag[2]: "UPPER" does not match the pattern ^[a-z0-9,-]+$"#,
                "id[1]: 0, at least 1",
                #"status[0]: "draining" is not one of active, paused, error"#,
            ])
        }
        do {
            _ = try await Self.client(transport).listServers(status: [])
            Issue.record("sent")
        } catch {
            guard case .invalidRequest(let violations) = error else { throw error }
            #expect(violations.map(\.description) == ["status: 0 items, at least 1"])
        }
        #expect(transport.requests.isEmpty)
    }

    /// The tool: `--tag a --tag b`, each value checked against the items' kind, help saying the option repeats.
    @Test func theCommandLineToolTakesARepeatedOption() async throws {
        let transport = Self.answer()
        let output = LockedValue(""), errors = LockedValue("")
        let tool = CommandLineTool(ServersClient.commandLine, environment: ["SERVERS_TOKEN": "t0ken"], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } })
        let status = await tool.run(["list", "--tag", "edge", "--tag", "prod", "--id", "1", "--id", "2", "--status", "paused", "--name", "a,b"])
        #expect(status == 0, "\(errors.current)")
        #expect(transport.requests.first?.url.query(percentEncoded: true) == "tag=edge&tag=prod&id=1,2&status=paused&name=a%2Cb")

        #expect(await tool.run(["list", "--help"]) == 0)
        #expect(output.current.contains("--tag <") && output.current.contains("repeatable"), "\(output.current)")

        let wrong = await tool.run(["list", "--id", "1", "--id", "two"])
        #expect(wrong != 0)
        #expect(errors.current.contains("--id"), "\(errors.current)")
        let refused = await tool.run(["list", "--tag", "a", "--tag", "b", "--tag", "c", "--tag", "d"])
        #expect(refused == 3)
        #expect(errors.current.contains("tag: 4 items, at most 3"), "\(errors.current)")
        #expect(transport.requests.count == 1)
    }
}
