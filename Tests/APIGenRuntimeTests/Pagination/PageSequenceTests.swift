@_spi(Generated) import APIGenRuntime
import Testing
import TestSupport

/// The page sequence stops where a buggy or endless server would keep it going.
@Suite struct PageSequenceTests {
    /// A sequence of `pageSize` items per page, announcing a billion pages, counting fetches.
    static func endless(repeating: Bool, fetches: LockedValue<Int>) -> PageSequence<String> {
        PageSequence(pageSize: 2) { page throws(APIClientError) in
            fetches.withLock { $0 += 1 }
            let shown = repeating ? 1 : page
            return .init(items: ["p\(shown)-1", "p\(shown)-2"], totalPages: 1_000_000_000)
        }
    }

    @Test func aRepeatedPageEndsTheSequenceWithATypedError() async {
        let fetches = LockedValue(0)
        var items: [String] = []
        do {
            for try await item in Self.endless(repeating: true, fetches: fetches) { items.append(item) }
            Issue.record("the sequence ended without an error")
        } catch {
            guard case .repeatedPage(2) = error else { Issue.record("got \(error)"); return }
        }
        #expect(items == ["p1-1", "p1-2"])
        #expect(fetches.current == 2)
    }

    @Test func limitedToPagesFetchesNoMore() async throws {
        let fetches = LockedValue(0)
        let items = try await Self.endless(repeating: false, fetches: fetches).limited(toPages: 3).collect()
        #expect(items == ["p1-1", "p1-2", "p2-1", "p2-2", "p3-1", "p3-2"])
        #expect(fetches.current == 3)
    }

    @Test func stoppingEarlyFetchesNoFurtherPage() async throws {
        let fetches = LockedValue(0)
        var iterator = Self.endless(repeating: false, fetches: fetches).makeAsyncIterator()
        for _ in 0..<4 { _ = try await iterator.next() }
        #expect(fetches.current == 2)
        #expect(iterator.pagesFetched == 2)
    }

    @Test func aRepeatIsJudgedByTheItems() async throws {
        let fetches = LockedValue(0)
        let sequence = PageSequence<Int>(pageSize: 2) { page throws(APIClientError) in
            fetches.withLock { $0 += 1 }
            return .init(items: page < 3 ? [1, 1] : [2], totalPages: nil)  // page 2 equals page 1: a repeat
        }
        await #expect(throws: APIClientError.self) { try await sequence.collect() }
        let distinct = PageSequence<Int>(pageSize: 2) { page throws(APIClientError) in .init(items: page < 3 ? [page, page] : [], totalPages: nil) }
        #expect(try await distinct.collect() == [1, 1, 2, 2])
    }

    /// Cursor pages: `cursors[i]` is the next cursor page i+1 answers with (sent cursor nil, then each given).
    static func cursorPages(_ nextCursors: [String?], sent: LockedValue<[String?]>) -> PageSequence<String> {
        PageSequence { cursor throws(APIClientError) in
            let index = sent.withLock { $0.append(cursor); return $0.count - 1 }
            return .init(items: ["c\(index + 1)"], nextCursor: nextCursors[index])
        }
    }

    @Test func aCursorSequenceFollowsTheCursorsAndEndsOnAnEmptyOne() async throws {
        let sent = LockedValue<[String?]>([])
        #expect(try await Self.cursorPages(["a", "b", ""], sent: sent).collect() == ["c1", "c2", "c3"])
        #expect(sent.current == [nil, "a", "b"])
        let absent = LockedValue<[String?]>([])
        #expect(try await Self.cursorPages(["a", nil], sent: absent).collect() == ["c1", "c2"])
    }

    @Test func aRepeatedCursorEndsTheSequenceWithATypedErrorAfterThePageItCameWith() async {
        let sent = LockedValue<[String?]>([])
        var items: [String] = []
        do {
            for try await item in Self.cursorPages(["a", "b", "a", "c"], sent: sent) { items.append(item) }
            Issue.record("the sequence ended without an error")
        } catch {
            guard case .repeatedCursor("a") = error else { Issue.record("got \(error)"); return }
        }
        #expect(items == ["c1", "c2", "c3"])
        #expect(sent.current == [nil, "a", "b"])
    }

    @Test func aCursorSequenceLimitedToPagesAndAsJSON() async throws {
        let sent = LockedValue<[String?]>([])
        let items = try await Self.cursorPages(["a", "b", "c", ""], sent: sent).limited(toPages: 2).jsonItems().collect()
        #expect(items == [.string("c1"), .string("c2")])
        #expect(sent.current == [nil, "a"])
    }
}
