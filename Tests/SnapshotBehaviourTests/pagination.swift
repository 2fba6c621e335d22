import APIGenRuntime
import Foundation
import Snapshot_pagination
import Testing
import TestSupport

/// pagination: the all-pages sequence asks for page after page until the page information's last page; a list that is
/// not paginated returns its page information beside it, as one page.
@Suite struct PaginationSnapshotTests {
    @Test func allPagesUntilTheLastOne() async throws {
        let transport = InMemoryTransport { request in
            let page = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "page" }?.value ?? "1"
            let body = #"{"result": [{"name": "pet \#(page)"}], "result_info": {"page": \#(page), "total_pages": 3}}"#
            return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
        }
        let client = PetsClient(configuration: PetsClient.defaultConfiguration(credentials: nil), transport: transport)
        #expect(try await client.allPets(perPage: 1).collect() == [Pet(name: "pet 1"), Pet(name: "pet 2"), Pet(name: "pet 3")])
        #expect(transport.requests.map(\.url.query) == ["page=1&per_page=1", "page=2&per_page=1", "page=3&per_page=1"])

        let first = try await client.listPets(page: 1)
        #expect(first.info == PageInfo(page: 1, totalPages: 3))
    }

    @Test func aListThatIsNotPaginatedReturnsItsPageInformation() async throws {
        let answer = #"{"result": [{"name": "Ada"}, {"name": "Grace"}], "result_info": {"page": 1, "per_page": 2, "total_count": 2}}"#
        let client = PetsClient(configuration: PetsClient.defaultConfiguration(credentials: nil), transport: InMemoryTransport(json: answer))
        let owners = try await client.listOwners()
        #expect(owners.items == [Owner(name: "Ada"), Owner(name: "Grace")])
        #expect(owners.info == PageInfo(page: 1, perPage: 2, totalCount: 2))
        #expect(owners.nextCursor == nil)
        let without = PetsClient(configuration: PetsClient.defaultConfiguration(credentials: nil), transport: InMemoryTransport(json: #"{"result": []}"#))
        let empty = try await without.listOwners()
        #expect(empty.items.isEmpty && empty.info == nil)
    }
}
