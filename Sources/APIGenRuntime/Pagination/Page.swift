/// One page of a list: its items and, when the API sent it, the page information.
public struct Page<Item: Sendable, Info: Sendable>: Sendable {
    public var items: [Item]
    public var info: Info?
    /// Cursor pagination: the cursor of the following page (from the page information); nil or
    /// empty on the last page, and always nil for page-number pagination.
    public var nextCursor: String?

    public init(items: [Item], info: Info?, nextCursor: String? = nil) {
        self.items = items
        self.info = info
        self.nextCursor = nextCursor
    }
}

extension Page: Equatable where Item: Equatable, Info: Equatable {}
extension Page: Hashable where Item: Hashable, Info: Hashable {}
