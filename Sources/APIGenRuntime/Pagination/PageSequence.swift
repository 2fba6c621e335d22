/// Every item of a paginated list, fetching pages lazily as the sequence is iterated.
///
/// It ends after the last page the page information announces, or, when the API sends none, on
/// a short or empty page.
public struct PageSequence<Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item
    public typealias Failure = APIClientError

    /// What fetching one page returns.
    public struct Fetched: Sendable {
        public var items: [Item]
        public var totalPages: Int?

        public init(items: [Item], totalPages: Int?) {
            self.items = items
            self.totalPages = totalPages
        }
    }

    let pageSize: Int
    let fetch: @Sendable (Int) async throws(APIClientError) -> Fetched

    /// - Parameters:
    ///   - pageSize: the page size asked for (the spec's default when the caller gave none);
    ///     a page with fewer items is the last.
    ///   - fetch: fetches the page with this 1-based number.
    public init(pageSize: Int, fetch: @escaping @Sendable (Int) async throws(APIClientError) -> Fetched) {
        self.pageSize = pageSize
        self.fetch = fetch
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

        init(sequence: PageSequence) {
            self.sequence = sequence
        }

        public mutating func next() async throws(APIClientError) -> Item? {
            try await nextItem()
        }

        mutating func nextItem() async throws(APIClientError) -> Item? {
            while bufferIndex == buffer.count {
                guard !isFinished else { return nil }
                let page = nextPage
                let fetched = try await sequence.fetch(page)
                nextPage += 1
                buffer = fetched.items
                bufferIndex = 0
                if let totalPages = fetched.totalPages {
                    isFinished = page >= totalPages || fetched.items.isEmpty
                } else {
                    isFinished = fetched.items.count < sequence.pageSize
                }
            }
            defer { bufferIndex += 1 }
            return buffer[bufferIndex]
        }
    }
}
