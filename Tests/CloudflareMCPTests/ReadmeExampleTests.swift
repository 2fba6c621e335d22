import APIGenRuntime
import CloudflareMCP
import Foundation
import Testing
import TestSupport

/// The README's client example, run in process against a loopback server on every run. The README's
/// text itself is compiled and run (with and without credentials) by HardeningTests'
/// FixturePackageTests on CI; keep the body of `readmeExample` the same as the README's `do` block.
@Suite struct ReadmeExampleTests {
    @Test func theReadmeExampleRuns() async throws {
        let harness = try SocketHarness { request in
            switch request.method {
            case "GET": .json(SocketHarness.success([SocketHarness.server(id: "my-mcp-server")]))
            case "POST" where request.path.hasSuffix("/sync"): .json(SocketHarness.success(["status": "error", "error": "upstream returned 401"]))
            case "POST": .json(status: 201, SocketHarness.success(SocketHarness.server(id: "my-mcp-server")))
            default: .json(SocketHarness.success(SocketHarness.server(id: "my-mcp-server")))
            }
        }
        let output = await readmeExample(client: harness.client)
        #expect(output == ["[\"Server my-mcp-server\"] nil", "my-mcp-server ready", "sync failed: upstream returned 401"])
        #expect(harness.server.requests.map(\.method) == ["GET", "GET", "POST", "PUT", "POST", "DELETE"])
        #expect(harness.server.requests[3].bodyText == #"{"description":null}"#)
    }

    @Test func theReadmeExampleReportsViolations() async throws {
        let harness = try SocketHarness { _ in .json(SocketHarness.success([])) }
        let output = await readmeExample(client: harness.client, perPage: 500)
        #expect(output == ["per_page: 500, at most 100"])
        #expect(harness.server.requests.isEmpty)
    }

    private func readmeExample(client: MCPServersClient, perPage: Int = 50) async -> [String] {
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
        let account = SocketHarness.account

        do {
            let page = try await client.listServers(accountID: account, perPage: perPage)
            print(page.items.map(\.name), page.info?.totalPages as Any)
            for try await server in client.allServers(accountID: account) {
                print(server.id, server.status ?? .waiting)
            }

            let created = try await client.createServer(accountID: account, body: CreateMCPServerRequest(
                id: "my-mcp-server", authType: .bearer, hostname: "https://example.com/mcp", name: "My MCP Server",
                authCredentials: "sk-upstream-token", description: "Search tools"
            ))

            _ = try await client.updateServer(accountID: account, id: created.id, body: UpdateMCPServerRequest(description: .null))

            let sync = try await client.syncServer(accountID: account, id: created.id)
            if sync.status == .error { print("sync failed:", sync.errorDetails?.cause ?? sync.error ?? "?") }

            _ = try await client.deleteServer(accountID: account, id: created.id)
        } catch .invalidRequest(let violations) {
            violations.forEach { print($0) }
        } catch .api(let error) {
            print("HTTP \(error.status), cf-ray \(error.requestID ?? "-")")
            error.messages.forEach { print(" ", $0) }
        } catch {
            print(error)
        }
        return printed
    }
}
