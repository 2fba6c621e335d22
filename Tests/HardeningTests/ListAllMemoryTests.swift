@_spi(Generated) import APIGenRuntime
import APIGenCLI
import CloudflareMCP
import CloudflareMCPCommandLine
import Foundation
import Testing
import TestSupport

/// Issue 11, item 3: `mcp-servers list --all` streams, so its memory does not grow with the pages
/// it prints. Each case runs alone in a child process (``ResponseMemoryTests/measuredAlone(_:suite:)``)
/// against a server announcing a billion pages of 50 servers, for `pages` pages (counted, never timed).
@Suite("List all memory")
struct ListAllMemoryTests {
    static let pages = 1500
    static let perPage = 50
    /// What the streamed run may grow by: URLSession's and libcurl's buffers and the allocator's
    /// working set, independent of the pages printed.
    static let allowance = 48 << 20

    static func endless() throws -> LoopbackHTTPServer {
        let server = try LoopbackHTTPServer(handler: EndlessList.handler { id in
            ["id": .string(id), "auth_type": "unauthenticated", "hostname": "https://example.com/mcp", "name": .string("Server \(id)"),
             "prompts": [], "tools": [["name": "search"]], "created_at": "2019-12-27T18:11:19.117Z", "status": "ready"]
        })
        server.stopRecording()  // the server's record of requests is not the client's memory
        return server
    }

    /// Runs `body` and returns how much the process's resident memory grew meanwhile, at its peak.
    static func growth(_ body: () async throws -> Void) async rethrows -> Int {
        let baseline = ResidentMemorySampler.current()
        let sampler = ResidentMemorySampler()
        try await body()
        return sampler.stop() - baseline
    }

    /// In the child: runs `name`; in the parent: runs it in a child and returns what it reported.
    static func measured(_ name: String, _ body: () async throws -> Void) async throws -> Int? {
        if ResponseMemoryTests.isChild(measuring: name) {
            ResponseMemoryTests.report("ListAllMemoryTests", name, growth: try await growth(body))
            return nil
        }
        let growth = try await ResponseMemoryTests.measuredAlone(name, suite: "ListAllMemoryTests")
        if let growth { print("ListAllMemoryTests: \(name), \(pages) pages of \(perPage): resident memory grew by \(growth >> 20) MiB") }
        return ResidentMemorySampler.isThreadSanitized ? nil : growth
    }

    @Test("the tool prints every item of 1,500 pages as it arrives, holding none")
    func streamed() async throws {
        let growth = try await Self.measured("streamed") {
            let server = try Self.endless()
            let printed = LockedValue(0)
            let environment = ["CLOUDFLARE_API_TOKEN": "token", "CLOUDFLARE_ACCOUNT_ID": "account", "CLOUDFLARE_BASE_URL": server.baseURL.absoluteString]
            let tool = CommandLineTool(MCPServersClient.commandLine, environment: environment,
                                       standardOutput: { text in printed.withLock { $0 += text.utf8.count } },
                                       standardError: { _ in }, confirm: { _ in nil })
            let status = await tool.run(["list", "--max-pages", "\(Self.pages)", "--per-page", "\(Self.perPage)"])
            #expect(status == 0)
            #expect(printed.current > Self.pages * Self.perPage * 200)
        }
        if let growth { #expect(growth < Self.allowance, "resident memory grew by \(growth) bytes") }
    }

    /// What `--all` did before it streamed: every item collected, then printed as one value. Measured
    /// for comparison (the figure the streamed case is judged against), not bounded.
    @Test("for comparison: the same pages collected first, as --all did before")
    func collected() async throws {
        _ = try await Self.measured("collected") {
            let server = try Self.endless()
            let configuration = MCPServersClient.defaultConfiguration(baseURL: server.baseURL, credentials: .apiToken("token"))
            let transport = URLSessionTransport()
            defer { transport.shutdown() }
            let client = MCPServersClient(configuration: configuration, transport: transport)
            let items = try await client.allServers(accountID: "account", perPage: Self.perPage).limited(toPages: Self.pages).collect()
            let text = JSONSerializer.string(items.encodeJSON(), options: .init(sortedKeys: true, prettyPrinted: true))
            #expect(text.utf8.count > Self.pages * Self.perPage * 200)
        }
    }
}
