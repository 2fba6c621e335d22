import APIGenRuntime
import Foundation
import Snapshot_pagination
import Testing
import TestSupport

/// pagination: the all-pages sequence asks for page after page until the page information's last page.
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
}
