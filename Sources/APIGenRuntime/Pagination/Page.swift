/// One page of a list: its items and, when the API sent it, the page information.
public struct Page<Item: Sendable, Info: Sendable>: Sendable {
    public var items: [Item]
    public var info: Info?

    public init(items: [Item], info: Info?) {
        self.items = items
        self.info = info
    }
}

extension Page: Equatable where Item: Equatable, Info: Equatable {}
extension Page: Hashable where Item: Hashable, Info: Hashable {}
