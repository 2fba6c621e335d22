/// Every item of a paginated list, fetching pages lazily as the sequence is iterated.
///
/// It ends after the last page the page information announces, or, when the API sends none, on
/// a short or empty page; and after ``maximumPages`` pages when one is set (``limited(toPages:)``).
/// Pages are fetched only as items are asked for: a caller that stops early (`prefix`, `break`)
/// fetches no more pages than it read from, and memory holds one page at a time.
///
/// A server that answers the same page again (a full page with exactly the items of the page
/// before it, so the next page number was not honoured) would make the sequence run forever; the
/// sequence throws ``APIClientError/repeatedPage(_:)`` instead. Items are compared when they are
/// `Equatable` (every generated model is, and so is `JSONValue`).
///
/// A cursor-paginated list (``init(firstCursor:fetch:)``) sends each page's next cursor to fetch
/// the following page and ends on a page without one (absent or empty). A server that hands back
/// a cursor already followed would make it loop forever; the sequence throws
/// ``APIClientError/repeatedCursor(_:)`` instead (an error, not a quiet end, since the items after
/// it were never seen).
public struct PageSequence<Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item
    public typealias Failure = APIClientError

    /// What fetching one page returns.
    public struct Fetched: Sendable {
        public var items: [Item]
        public var totalPages: Int?
        /// The cursor of the following page (cursor pagination); nil or empty on the last page.
        public var nextCursor: String?

        public init(items: [Item], totalPages: Int?) {
            self.items = items
            self.totalPages = totalPages
        }

        public init(items: [Item], nextCursor: String?) {
            self.items = items
            self.nextCursor = nextCursor
        }
    }

    /// How the next page is asked for: by its number or by the cursor the page before gave.
    enum Fetcher: Sendable {
        case pages(@Sendable (Int) async throws(APIClientError) -> Fetched)
        case cursors(first: String?, @Sendable (String?) async throws(APIClientError) -> Fetched)
    }

    let pageSize: Int
    let fetcher: Fetcher
    /// Whether two pages hold the same items; nil when items cannot be compared.
    let sameItems: (@Sendable ([Item], [Item]) -> Bool)?
    /// The most pages fetched; nil for no limit beyond the list's own end.
    public private(set) var maximumPages: Int?

    /// - Parameters:
    ///   - pageSize: the page size asked for (the spec's default when the caller gave none);
    ///     a page with fewer items is the last.
    ///   - fetch: fetches the page with this 1-based number.
    public init(pageSize: Int, fetch: @escaping @Sendable (Int) async throws(APIClientError) -> Fetched) {
        self.init(pageSize: pageSize, sameItems: nil, fetch: fetch)
    }

    /// A sequence of comparable items: a page repeating the one before it ends the sequence with
    /// ``APIClientError/repeatedPage(_:)``.
    public init(pageSize: Int, fetch: @escaping @Sendable (Int) async throws(APIClientError) -> Fetched) where Item: Equatable {
        self.init(pageSize: pageSize, sameItems: { $0 == $1 }, fetcher: .pages(fetch))
    }

    private init(pageSize: Int, sameItems: (@Sendable ([Item], [Item]) -> Bool)?,
                 fetch: @escaping @Sendable (Int) async throws(APIClientError) -> Fetched) {
        self.init(pageSize: pageSize, sameItems: sameItems, fetcher: .pages(fetch))
    }

    /// A cursor-paginated list: `fetch` gets nil (or `firstCursor`) for the first page, then each
    /// page's ``Fetched/nextCursor``. It ends on a page without a next cursor (nil or empty), and
    /// throws ``APIClientError/repeatedCursor(_:)`` when a cursor already followed comes back.
    public init(firstCursor: String? = nil, fetch: @escaping @Sendable (_ cursor: String?) async throws(APIClientError) -> Fetched) {
        self.init(pageSize: 0, sameItems: nil, fetcher: .cursors(first: firstCursor, fetch))
    }

    private init(pageSize: Int, sameItems: (@Sendable ([Item], [Item]) -> Bool)?, fetcher: Fetcher) {
        self.pageSize = pageSize
        self.sameItems = sameItems
        self.fetcher = fetcher
    }

    /// The same sequence, ending after at most `pages` pages (at least one is fetched).
    public func limited(toPages pages: Int) -> PageSequence {
        var copy = self
        copy.maximumPages = Swift.max(1, pages)
        return copy
    }

    /// The items as JSON, page by page (for generic callers such as the command-line tool, which
    /// print items as they arrive).
    @_spi(Generated) public func jsonItems() -> PageSequence<JSONValue> where Item: JSONCodable {
        var sequence = switch fetcher {
        case .pages(let fetch):
            PageSequence<JSONValue>(pageSize: pageSize) { page throws(APIClientError) in
                let fetched = try await fetch(page)
                return .init(items: fetched.items.map { $0.encodeJSON() }, totalPages: fetched.totalPages)
            }
        case .cursors(let first, let fetch):
            PageSequence<JSONValue>(firstCursor: first) { cursor throws(APIClientError) in
                let fetched = try await fetch(cursor)
                return .init(items: fetched.items.map { $0.encodeJSON() }, nextCursor: fetched.nextCursor)
            }
        }
        sequence.maximumPages = maximumPages
        return sequence
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self)
    }

    /// Every item of every page, in order.
    public func collect() async throws(APIClientError) -> [Item] {
        var items: [Item] = []
        var iterator = makeAsyncIterator()
        while let item = try await iterator.nextItem() { items.append(item) }
        return items
    }

    public struct Iterator: AsyncIteratorProtocol {
        let sequence: PageSequence
        private var buffer: [Item] = []
        private var bufferIndex = 0
        private var nextPage = 1
        private var isFinished = false
        /// Cursor pagination: the cursor to send next, and every cursor sent so far.
        private var cursor: String?
        private var followedCursors: Set<String> = []
        private var repeatedCursor: String?

        init(sequence: PageSequence) {
            self.sequence = sequence
            if case .cursors(let first, _) = sequence.fetcher { cursor = first }
        }

        /// How many pages were fetched so far.
        public var pagesFetched: Int { nextPage - 1 }

        public mutating func next() async throws(APIClientError) -> Item? {
            try await nextItem()
        }

        mutating func nextItem() async throws(APIClientError) -> Item? {
            while bufferIndex == buffer.count {
                guard !isFinished else { return nil }
                if let repeatedCursor {
                    isFinished = true
                    throw .repeatedCursor(repeatedCursor)
                }
                let page = nextPage
                if case .cursors(_, let fetch) = sequence.fetcher {
                    let fetched = try await fetch(cursor)
                    nextPage += 1
                    buffer = fetched.items
                    bufferIndex = 0
                    if let cursor { followedCursors.insert(cursor) }
                    if let next = fetched.nextCursor, !next.isEmpty {
                        // A cursor already followed: this page's items are new and are returned,
                        // following the cursor would fetch pages already read, so the error comes next.
                        if followedCursors.contains(next) { repeatedCursor = next }
                        cursor = next
                    } else {
                        isFinished = true
                    }
                    if let maximumPages = sequence.maximumPages, page >= maximumPages { isFinished = true }
                    continue
                }
                guard case .pages(let fetch) = sequence.fetcher else { return nil }
                let fetched = try await fetch(page)
                nextPage += 1
                if page > 1, !fetched.items.isEmpty, let sameItems = sequence.sameItems, sameItems(fetched.items, buffer) {
                    isFinished = true
                    buffer = []
                    bufferIndex = 0
                    throw .repeatedPage(page)
                }
                buffer = fetched.items
                bufferIndex = 0
                if let totalPages = fetched.totalPages {
                    isFinished = page >= totalPages || fetched.items.isEmpty
                } else {
                    isFinished = fetched.items.count < sequence.pageSize
                }
                if let maximumPages = sequence.maximumPages, page >= maximumPages { isFinished = true }
            }
            defer { bufferIndex += 1 }
            return buffer[bufferIndex]
        }
    }
}
