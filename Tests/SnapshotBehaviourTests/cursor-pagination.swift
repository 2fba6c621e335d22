import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_cursor_pagination
import Testing
import TestSupport

/// cursor-pagination: the all-pages sequence sends each page's `result_info.cursor` as the next
/// request's `cursor`, ends on a page without one, and stops with a typed error on a cursor it
/// already followed; the tool's `--all`, `--limit` and `--max-pages` follow the same cursors. Build logs and telemetry
/// events hold the items and the next cursor in the result object (`items`), which is then the page's information; a
/// null result is a last page without items.
@Suite struct CursorPaginationSnapshotTests {
    /// A server answering the page of each cursor: `pages` maps the cursor sent ("" for none) to the
    /// bucket names and the next cursor (nil: no cursor member at all).
    static func transport(_ pages: [String: (names: [String], next: String?)]) -> InMemoryTransport {
        InMemoryTransport { request in
            let cursor = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "cursor" }?.value ?? ""
            let page = pages[cursor] ?? ([], nil)
            let items = page.names.map { #"{"name": "\#($0)"}"# }.joined(separator: ", ")
            let info = page.next.map { #"{"cursor": "\#($0)", "per_page": 2}"# } ?? #"{"per_page": 2}"#
            let body = #"{"success": true, "errors": [], "result": [\#(items)], "result_info": \#(info)}"#
            return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
        }
    }

    static func client(_ transport: InMemoryTransport) -> R2Client {
        R2Client(configuration: R2Client.defaultConfiguration(credentials: nil), transport: transport)
    }

    static let threePages: [String: (names: [String], next: String?)] = [
        "": (["a", "b"], "c2"), "c2": (["c", "d"], "c3"), "c3": (["e"], ""),
    ]

    @Test func followsThreePagesThenStopsOnAnEmptyCursor() async throws {
        let transport = Self.transport(Self.threePages)
        let buckets = try await Self.client(transport).allBuckets(accountID: "acc", perPage: 2).collect()
        #expect(buckets.map(\.name) == ["a", "b", "c", "d", "e"])
        #expect(transport.requests.map(\.url.query) == ["per_page=2", "cursor=c2&per_page=2", "cursor=c3&per_page=2"])
    }

    @Test func stopsOnAnAbsentCursorAndThePageShowsItsNextCursor() async throws {
        let transport = Self.transport(["": (["a"], "c2"), "c2": (["b"], nil)])
        #expect(try await Self.client(transport).allBuckets(accountID: "acc").collect().map(\.name) == ["a", "b"])
        let first = try await Self.client(transport).listBuckets(accountID: "acc")
        #expect(first.nextCursor == "c2")
        #expect(first.info == CursorInfo(cursor: "c2", perPage: 2))
        #expect(try await Self.client(transport).listBuckets(accountID: "acc", cursor: "c2").nextCursor == nil)
    }

    @Test func stopsWithATypedErrorAtARepeatedCursor() async throws {
        let transport = Self.transport(["": (["a"], "c2"), "c2": (["b"], "c3"), "c3": (["c"], "c2")])
        var names: [String] = []
        do {
            for try await bucket in Self.client(transport).allBuckets(accountID: "acc") { names.append(bucket.name) }
            Issue.record("the sequence ended without an error")
        } catch {
            guard case .repeatedCursor("c2") = error else { Issue.record("got \(error)"); return }
        }
        #expect(names == ["a", "b", "c"])
        #expect(transport.requests.count == 3)
    }

    private static func run(_ arguments: [String], _ transport: InMemoryTransport) async -> (status: Int32, output: String, errors: String) {
        let output = LockedValue(""), errors = LockedValue("")
        let tool = CommandLineTool(R2Client.commandLine, environment: [:], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } })
        let status = await tool.run(arguments)
        return (status, output.current, errors.current)
    }

    private static func names(_ output: String) throws -> [String] {
        try (JSONParser.parse(output).arrayValue ?? []).compactMap { $0["name"]?.stringValue }
    }

    @Test func theToolFollowsTheCursorsWithAllLimitAndMaxPages() async throws {
        let all = Self.transport(Self.threePages)
        let every = await Self.run(["list", "acc", "--all", "--per-page", "2"], all)
        #expect(every.status == 0, "\(every.errors)")
        #expect(try Self.names(every.output) == ["a", "b", "c", "d", "e"])
        #expect(all.requests.count == 3)

        let maxPages = Self.transport(Self.threePages)
        let two = await Self.run(["list", "acc", "--max-pages", "2"], maxPages)
        #expect(try Self.names(two.output) == ["a", "b", "c", "d"])
        #expect(maxPages.requests.map(\.url.query) == [nil, "cursor=c2"])

        let limit = Self.transport(Self.threePages)
        let three = await Self.run(["list", "acc", "--limit", "3"], limit)
        #expect(try Self.names(three.output) == ["a", "b", "c"])
        #expect(limit.requests.count == 2)

        let repeated = await Self.run(["list", "acc", "--all"], Self.transport(["": (["a"], "c2"), "c2": (["b"], "c2")]))
        #expect(repeated.status != 0)
        #expect(try Self.names(repeated.output) == ["a", "b"])
        #expect(repeated.errors.contains("cursor 'c2' again"), "\(repeated.errors)")
    }

    /// A server answering a build log's page of each cursor: `pages` maps the cursor sent ("" for none) to the result
    /// object's JSON text.
    static func logTransport(_ pages: [String: String]) -> InMemoryTransport {
        InMemoryTransport { request in
            let cursor = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "cursor" }?.value ?? ""
            let body = #"{"success": true, "errors": [], "messages": [], "result": \#(pages[cursor] ?? "null")}"#
            return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
        }
    }

    static let buildLogPages = [
        "": #"{"cursor": "l2", "lines": [[1636472400, "Building worker..."], [1636472401, "Uploading"]], "truncated": true}"#,
        "l2": #"{"cursor": "", "lines": [[1636472402, "Success"]], "truncated": false}"#,
    ]

    @Test func followsTheCursorInTheResultObjectWhoseOtherMembersAreThePageInformation() async throws {
        let transport = Self.logTransport(Self.buildLogPages)
        let client = Self.client(transport)
        let first = try await client.getBuildLogs(accountID: "acc", buildUUID: "7d9a1a6e-3d8b-4f2a-9c4e-1b2f3a4d5e6f")
        #expect(first.items == [[.number(1636472400), .string("Building worker...")], [.number(1636472401), .string("Uploading")]])
        #expect(first.nextCursor == "l2")
        #expect(first.info?.truncated == true)
        let lines = try await client.getBuildLogsAll(accountID: "acc", buildUUID: "7d9a1a6e-3d8b-4f2a-9c4e-1b2f3a4d5e6f").collect()
        #expect(lines.compactMap { if case .string(let message) = $0.last { message } else { nil } } == ["Building worker...", "Uploading", "Success"])
        #expect(transport.requests.map(\.url.query) == [nil, nil, "cursor=l2"])
    }

    @Test func aNullOrAbsentResultIsALastPageWithoutItems() async throws {
        for result in ["null", "{}"] {
            let page = try await Self.client(Self.logTransport(["": result])).getBuildLogs(accountID: "acc", buildUUID: "7d9a1a6e-3d8b-4f2a-9c4e-1b2f3a4d5e6f")
            #expect(page.items.isEmpty)
            #expect(page.nextCursor == nil)
        }
        #expect(try await Self.client(Self.logTransport([:])).getBuildLogsAll(accountID: "acc", buildUUID: "7d9a1a6e-3d8b-4f2a-9c4e-1b2f3a4d5e6f")
            .collect().isEmpty)
    }

    @Test func aRepeatedCursorInTheResultObjectStopsWithATypedError() async throws {
        let transport = Self.logTransport([
            "": #"{"cursor": "l2", "lines": [[1, "a"]]}"#, "l2": #"{"cursor": "l2", "lines": [[2, "b"]]}"#,
        ])
        do {
            _ = try await Self.client(transport).getBuildLogsAll(accountID: "acc", buildUUID: "7d9a1a6e-3d8b-4f2a-9c4e-1b2f3a4d5e6f").collect()
            Issue.record("the sequence ended without an error")
        } catch {
            guard case .repeatedCursor("l2") = error else { Issue.record("got \(error)"); return }
        }
    }

    @Test func theToolFollowsRequiredItemsAndTheCursorOfTheResultObject() async throws {
        let transport = InMemoryTransport { request in
            let cursor = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "cursor" }?.value
            let result = cursor == nil
                ? #"{"count": 2, "cursor": "e2", "items": [{"a": 1, "k": "up", "n": 1, "t": 1}, {"a": 2, "k": "down", "n": 2, "t": 2}]}"#
                : #"{"count": 1, "items": [{"a": 3, "k": "up", "n": 3, "t": 3}]}"#
            let body = #"{"success": true, "errors": [], "messages": [], "result": \#(result)}"#
            return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
        }
        let run = await Self.run(["events", "acc", "conn", "--from", "0", "--to", "10", "--all"], transport)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try (JSONParser.parse(run.output).arrayValue ?? []).compactMap { $0["k"]?.stringValue } == ["up", "down", "up"])
        #expect(transport.requests.map(\.url.query) == ["from=0&to=10", "from=0&to=10&cursor=e2"])
    }
}
