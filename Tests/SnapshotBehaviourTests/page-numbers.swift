import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_page_numbers
import Testing
import TestSupport

/// page-numbers: page-number pagination without page information (`Page<Item, Never>`). The all-pages sequence asks
/// for page after page and stops on a short or empty page, in the envelope or without one; so do the tool's `--all`,
/// `--limit` and `--max-pages`. Shapes from Cloudflare's AI Gateway, whose lists answer without `result_info`.
@Suite struct PageNumbersSnapshotTests {
    static let token = "gw-t0ken"

    /// The page size the spec gives `per_page` by default: a page with fewer items is the last.
    static func defaultPageSize(_ operation: String) throws -> Int {
        let spec = try #require(CompiledSnapshot.all.first { $0.folder == "page-numbers" }).spec()
        return try #require(spec["operations"]?[operation]?["parameters"]?["per_page"]?["default"]?.numberValue?.intValue)
    }

    /// The gateway ids of `page` (1-based) when the account has `total` gateways and pages hold `size`.
    static func ids(page: Int, size: Int, total: Int) -> [String] {
        let first = (page - 1) * size
        return first < total ? (first..<min(first + size, total)).map { "g\($0 + 1)" } : []
    }

    /// The enveloped answer of the page a request asks for; the answer says nothing about the pages.
    static func answer(_ query: [(name: String, value: String)], total: Int, defaultSize: Int) -> ServerAction {
        let value = { (name: String) in query.first { $0.name == name }.flatMap { Int($0.value) } }
        let items = ids(page: value("page") ?? 1, size: value("per_page") ?? defaultSize, total: total).map { JSONValue.object(["id": .string($0)]) }
        return .json(["success": true, "errors": [], "result": .array(items)])
    }

    /// Over a real socket: page 1, 2, 3 asked for in turn; the third holds fewer than asked, so it is the last.
    @Test func allPagesStopOnAShortPage() async throws {
        let server = try LoopbackHTTPServer { request in Self.answer(request.queryItems, total: 5, defaultSize: 20) }
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let client = AIGatewayClient(credentials: .apiToken(Self.token), baseURL: server.baseURL, transport: transport)
        let gateways = try await client.allGateways(accountID: "a1", perPage: 2, search: "g").collect()
        #expect(gateways.map(\.id) == ["g1", "g2", "g3", "g4", "g5"])
        #expect(server.requests.map(\.query) == ["page=1&per_page=2&search=g", "page=2&per_page=2&search=g", "page=3&per_page=2&search=g"])
        #expect(server.requests.allSatisfy { $0.path == "/accounts/a1/ai-gateway/gateways" })

        // One page: its items, and no page information (`info` is `Never?`).
        let page = try await client.listGateways(accountID: "a1", page: 2, perPage: 2)
        #expect(page.items.map(\.id) == ["g3", "g4"])
        #expect(page.info == nil)
    }

    /// The items inside the result object (`items`), the page size required: the all-pages sequence takes the page
    /// size the caller gives, reads each page's `isps`, and stops on a short page; the result object is the page's info.
    @Test func itemsInTheResultObjectWithARequiredPageSize() async throws {
        let server = try LoopbackHTTPServer { request in
            let page = request.queryItems.first { $0.name == "page" }.flatMap { Int($0.value) } ?? 1
            let isps: [JSONValue] = page == 1 ? [["asn": 13335, "name": "Cloudflare"], ["asn": 7922, "name": "Comcast"]] : [["asn": 3320, "name": "DTAG"]]
            return .json(["success": true, "errors": [], "result": ["isps": .array(isps)]])
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let client = AIGatewayClient(credentials: .apiToken(Self.token), baseURL: server.baseURL, transport: transport)
        let isps = try await client.allDeviceISPs(accountID: "a1", deviceID: "d1", perPage: 2).collect()
        #expect(isps.compactMap(\.asn) == [13335, 7922, 3320])
        #expect(server.requests.map(\.query) == ["page=1&per_page=2", "page=2&per_page=2"])
        let first = try await client.listDeviceISPs(accountID: "a1", deviceID: "d1", perPage: 2)
        #expect(first.info?.isps.count == 2 && first.items.first?.name == "Cloudflare")
    }

    /// Without a per-page argument the spec's default page size decides what a short page is; a full last page is
    /// followed by one empty page, which ends the list.
    @Test func theDefaultPageSizeAndAnEmptyPageEndTheList() async throws {
        let size = try Self.defaultPageSize("listGateways")
        let server = try LoopbackHTTPServer { request in Self.answer(request.queryItems, total: 2 * size, defaultSize: size) }
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let client = AIGatewayClient(credentials: .apiToken(Self.token), baseURL: server.baseURL, transport: transport)
        #expect(try await client.allGateways(accountID: "a1").collect().count == 2 * size)
        #expect(server.requests.map(\.query) == ["page=1", "page=2", "page=3"])
    }

    /// An answer without the envelope (the body is the page's array) pages the same way.
    @Test func aListWithoutEnvelopeStopsOnAShortPage() async throws {
        let size = try Self.defaultPageSize("listLogs")
        let transport = InMemoryTransport { request in
            let page = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "page" }?.value.flatMap { Int($0) } ?? 1
            let count = page == 1 ? size : 1
            let items = (0..<count).map { #"{"id": "r\#(page)-\#($0)"}"# }.joined(separator: ", ")
            return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data("[\(items)]".utf8))
        }
        let client = AIGatewayClient(credentials: .apiToken(Self.token), transport: transport)
        let entries = try await client.allLogs(accountID: "a1", gatewayID: "edge").collect()
        #expect(entries.count == size + 1)
        #expect(entries.last?.id == "r2-0")
        #expect(transport.requests.map(\.url.query) == ["page=1", "page=2"])
    }

    private static func run(_ arguments: [String], total: Int) async throws -> (status: Int32, ids: [String], errors: String, queries: [String?]) {
        let size = try defaultPageSize("listGateways")
        let server = try LoopbackHTTPServer { request in Self.answer(request.queryItems, total: total, defaultSize: size) }
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let output = LockedValue(""), errors = LockedValue("")
        let tool = CommandLineTool(AIGatewayClient.commandLine, environment: ["CLOUDFLARE_API_TOKEN": token], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } })
        let status = await tool.run(arguments + ["--base-url", server.baseURL.absoluteString])
        let ids = try (JSONParser.parse(output.current).arrayValue ?? []).compactMap { $0["id"]?.stringValue }
        return (status, ids, errors.current, server.requests.map(\.query))
    }

    /// The tool's `--all` follows the pages to the short one; `--max-pages` and `--limit` stop sooner.
    @Test func theToolFollowsThePagesWithAllLimitAndMaxPages() async throws {
        let every = try await Self.run(["list", "--account-id", "a1", "--all", "--per-page", "2"], total: 5)
        #expect(every.status == 0, "\(every.errors)")
        #expect(every.ids == ["g1", "g2", "g3", "g4", "g5"])
        #expect(every.queries == ["page=1&per_page=2", "page=2&per_page=2", "page=3&per_page=2"])

        let two = try await Self.run(["list", "--account-id", "a1", "--max-pages", "2", "--per-page", "2"], total: 5)
        #expect(two.ids == ["g1", "g2", "g3", "g4"])
        #expect(two.queries.count == 2)

        let three = try await Self.run(["list", "--account-id", "a1", "--limit", "3", "--per-page", "2"], total: 5)
        #expect(three.ids == ["g1", "g2", "g3"])
        #expect(three.queries.count == 2)
    }
}
