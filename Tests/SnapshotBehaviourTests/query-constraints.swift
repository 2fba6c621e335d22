import APIGenRuntime
import Foundation
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

    @Test("each string format is checked before sending: a value in the format is sent, one out of it refused with the format's name")
    func stringFormats() async throws {
        let transport = InMemoryTransport(json: #"{"result": []}"#)
        let client = PetsClient(configuration: PetsClient.defaultConfiguration(credentials: nil), transport: transport)
        _ = try await client.searchPets(
            ownerID: "o1", q: "rex", tagID: "123E4567-e89b-12d3-a456-426614174000", vetEmail: "vet@clinic.example", clinicHost: "clinic-1.example.com",
            clinicIP: "192.168.0.10", clinicIpv6: "2001:db8::1", bornOn: "2024-02-29", network: "10.0.0.0/8"
        )
        #expect(transport.requests.count == 1)
        do {
            _ = try await client.searchPets(
                ownerID: "o1", q: "rex", tagID: "123e4567-e89b-12d3-a456-42661417400", vetEmail: "vet at clinic", clinicHost: "-clinic.example",
                clinicIP: "192.168.0.010", clinicIpv6: "2001:db8::g", bornOn: "2023-02-29", network: "10.0.0.0/33"
            )
            Issue.record("sent")
        } catch {
            guard case .invalidRequest(let violations) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(violations.map(\.description) == [
                #"tag_id: "123e4567-e89b-12d3-a456-42661417400" is not a UUID"#,
                #"vet_email: "vet at clinic" is not an email address"#,
                #"clinic_host: "-clinic.example" is not a host name"#,
                #"clinic_ip: "192.168.0.010" is not an IPv4 address"#,
                #"clinic_ipv6: "2001:db8::g" is not an IPv6 address"#,
                #"born_on: "2023-02-29" is not an RFC 3339 date (YYYY-MM-DD)"#,
                #"network: "10.0.0.0/33" is not a CIDR network (address/prefix)"#,
            ])
        }
        #expect(transport.requests.count == 1)
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

    static func query(_ call: (PetsClient) async throws -> [Pet]) async throws -> String? {
        let transport = InMemoryTransport(json: #"{"result": []}"#)
        _ = try await call(PetsClient(configuration: PetsClient.defaultConfiguration(credentials: nil), transport: transport))
        return try #require(transport.requests.first).url.query(percentEncoded: true)
    }

    /// A date-time is a `Timestamp`, sent as its RFC 3339 text (percent-encoded: `:` and an offset's `+`).
    @Test func aTimestampIsSentAsItsRFC3339Text() async throws {
        let given = try #require(Timestamp(rfc3339: "2025-01-31T12:00:00+01:00"))
        #expect(try await Self.query { try await $0.searchPets(ownerID: "o", q: "rex", bornAfter: given) }
            == "q=rex&born_after=2025-01-31T12%3A00%3A00%2B01%3A00")
        let made = Timestamp(Date(timeIntervalSince1970: 0))
        #expect(try await Self.query { try await $0.searchPets(ownerID: "o", q: "rex", bornAfter: made) }
            == "q=rex&born_after=1970-01-01T00%3A00%3A00.000Z")
        let list = try await Self.query { try await $0.searchPets(ownerID: "o", q: "rex", born: [made, given]) }
        #expect(list == "q=rex&born=1970-01-01T00%3A00%3A00.000Z,2025-01-31T12%3A00%3A00%2B01%3A00")
    }

    /// An enum is sent as its raw value (an unknown one is refused before sending), a boolean as `true`/`false`.
    @Test func anEnumIsItsRawValueAndABooleanTrueOrFalse() async throws {
        #expect(try await Self.query { try await $0.searchPets(ownerID: "o", q: "rex", size: .small, includeAdopted: true) }
            == "q=rex&size=small&include_adopted=true")
        #expect(try await Self.query { try await $0.searchPets(ownerID: "o", q: "rex", includeAdopted: false) } == "q=rex&include_adopted=false")
        await #expect(throws: APIClientError.self) {
            _ = try await Self.query { try await $0.searchPets(ownerID: "o", q: "rex", size: .unknown("huge")) }
        }
    }

    /// The command-line catalog reads a date-time as RFC 3339 text and refuses anything else before sending.
    @Test func theCatalogTakesADateTime() async throws {
        let transport = InMemoryTransport(json: #"{"result": []}"#)
        let descriptor = try #require(PetsClient.commandLine.operations.first)
        let client = PetsClient(configuration: PetsClient.defaultConfiguration(credentials: nil), transport: transport)
        _ = try await descriptor.invoke(client, OperationArguments(
            parameters: ["owner_id": "o", "q": "rex", "born_after": "2025-01-31T12:00:00Z", "size": "large", "include_adopted": "true"],
            lists: ["born": ["2025-01-31T12:00:00Z"]]
        ))
        #expect(transport.requests.first?.url.query(percentEncoded: true)
            == "q=rex&size=large&include_adopted=true&born_after=2025-01-31T12%3A00%3A00Z&born=2025-01-31T12%3A00%3A00Z")
        await #expect(throws: OperationArgumentError.invalidValue(name: "born_after", value: "yesterday",
                                                                    expected: Timestamp.parameterTypeDescription)) {
            _ = try await descriptor.invoke(client, OperationArguments(parameters: ["owner_id": "o", "q": "rex", "born_after": "yesterday"]))
        }
        #expect(transport.requests.count == 1)
    }
}
