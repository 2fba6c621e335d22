import APIGenRuntime
import CloudflareMCP
import Testing
import TestSupport

/// Issue 11, item 3: `list --all` against a server announcing a billion pages is bounded by
/// `--max-pages` and `--limit`, prints items as they arrive, and stops on a repeated page.
/// Every check counts requests or items, never time.
@Suite struct ListAllBoundTests {
    typealias H = SocketHarness

    static func endless(repeating: Bool = false) throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer(handler: EndlessList.handler(repeating: repeating) { H.server(id: $0) })
    }

    static func ids(_ output: String) throws -> [String] {
        try #require(JSONParser.parse(output).arrayValue).compactMap { $0["id"]?.stringValue }
    }

    @Test func maxPagesFetchesExactlyThatMany() async throws {
        let server = try Self.endless()
        let run = await MCPServersToolTests.run(["list", "--max-pages", "3", "--per-page", "2"], server: server)
        #expect(run.status == 0, "\(run.errors)")
        #expect(server.requests.count == 3)
        #expect(try Self.ids(run.output) == ["p1-1", "p1-2", "p2-1", "p2-2", "p3-1", "p3-2"])
    }

    @Test(arguments: [(limit: 5, pages: 3), (limit: 4, pages: 2), (limit: 1, pages: 1)])
    func limitStopsAfterNItemsFetchingNoFurtherPage(limit: Int, pages: Int) async throws {
        let server = try Self.endless()
        let run = await MCPServersToolTests.run(["list", "--limit", "\(limit)", "--per-page", "2"], server: server)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try Self.ids(run.output).count == limit)
        #expect(server.requests.count == pages)
        #expect(server.requests.map { $0.queryItems.first { $0.name == "page" }?.value } == (1...pages).map(String.init))
    }

    @Test func theFirstItemIsWrittenBeforeTheNextPageIsFetched() async throws {
        let server = try Self.endless()
        let seenAtFirstItem = LockedValue<Int?>(nil)
        let run = await MCPServersToolTests.run(["list", "--max-pages", "4", "--per-page", "2"], server: server) { text in
            if text.contains("\"id\"") { seenAtFirstItem.withLock { if $0 == nil { $0 = server.requests.count } } }
        }
        #expect(run.status == 0, "\(run.errors)")
        #expect(seenAtFirstItem.current == 1, "requests the server had seen when the first item was written")
        #expect(server.requests.count == 4)
        #expect(try Self.ids(run.output).count == 8)
    }

    @Test func aServerRepeatingOnePageIsStoppedAtTheRepeat() async throws {
        let server = try Self.endless(repeating: true)
        let run = await MCPServersToolTests.run(["list", "--all", "--per-page", "2"], server: server)
        #expect(run.status == 4)
        #expect(server.requests.count == 2)
        #expect(run.errors.hasPrefix("error: page 2 repeats the items of page 1"), "\(run.errors)")
        // What was printed before the repeat is still one valid JSON array.
        #expect(try Self.ids(run.output) == ["p1-1", "p1-2"])
    }
}
