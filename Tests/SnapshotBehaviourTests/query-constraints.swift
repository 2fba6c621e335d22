import APIGenRuntime
import Snapshot_query_constraints
import Testing
import TestSupport

/// query-constraints: arguments that break the spec's constraints are refused before anything is sent; valid ones
/// become the query.
@Suite struct QueryConstraintsSnapshotTests {
    @Test func brokenConstraintsAreRefused() async {
        let transport = InMemoryTransport(json: #"{"result": []}"#)
        let client = PetsClient(configuration: PetsClient.defaultConfiguration(credentials: nil), transport: transport)
        do {
            _ = try await client.searchPets(
                ownerID: "", q: "a", namePattern: "Not-Valid", minAge: 31, maxWeight: 0.25, homepage: "not a uri"
            )
            Issue.record("sent")
        } catch {
            guard case .invalidRequest(let violations) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(violations.count == 6)
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func validArgumentsBecomeTheQuery() async throws {
        let transport = InMemoryTransport(json: #"{"result": [{"name": "Rex"}]}"#)
        let client = PetsClient(configuration: PetsClient.defaultConfiguration(credentials: nil), transport: transport)
        let pets = try await client.searchPets(
            ownerID: "o1", q: "rex", namePattern: "big-dog", minAge: 30, maxWeight: 250.75, size: .large,
            homepage: "https://example.com", includeAdopted: false
        )
        #expect(pets == [Pet(name: "Rex")])
        let query = transport.requests.first?.url.query
        #expect(query == "q=rex&name_pattern=big-dog&min_age=30&max_weight=250.75&size=large&homepage=https%3A%2F%2Fexample.com&include_adopted=false")
    }
}
