import APIGenRuntime

/// A paginated list endpoint in Cloudflare's envelope that never ends: it announces `totalPages`
/// pages (a billion by default) and answers whatever page is asked for with `per_page` items
/// (default 20), `item("p<page>-<n>")` each. With `repeating`, it ignores the page number and
/// answers page 1 every time, as a server with a paging bug would.
public enum EndlessList {
    public static func handler(totalPages: Int = 1_000_000_000, repeating: Bool = false,
                               item: @escaping @Sendable (_ id: String) -> JSONValue) -> @Sendable (RecordedRequest) async -> ServerAction {
        { request in
            let query = request.queryItems
            let asked = query.first { $0.name == "page" }.flatMap { Int($0.value) } ?? 1
            let page = repeating ? 1 : asked
            let perPage = query.first { $0.name == "per_page" }.flatMap { Int($0.value) } ?? 20
            let items = (1...max(perPage, 1)).map { item("p\(page)-\($0)") }
            let info: JSONValue = ["page": .number(JSONNumber(page)), "per_page": .number(JSONNumber(perPage)),
                                   "count": .number(JSONNumber(items.count)), "total_pages": .number(JSONNumber(totalPages))]
            return .json(["success": true, "errors": [], "messages": [], "result": .array(items), "result_info": info])
        }
    }
}
