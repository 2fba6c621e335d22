import APIGenRuntime
import Snapshot_open_enum
import Testing
import TestSupport

/// open-enum: values the spec does not list decode and re-encode unchanged, but requests refuse them.
@Suite struct OpenEnumSnapshotTests {
    @Test func knownAndUnknownValues() throws {
        #expect(Species.allCases == [.cat, .dog, .guineaPig, .tyrannosaurus])
        #expect(Species(rawValue: "T-Rex") == .tyrannosaurus && Species.tyrannosaurus.rawValue == "T-Rex")
        let pet = try expectRoundTrip(["name": "Rex", "species": "parrot", "also_seen_as": ["dog", "dragon"]], as: Pet.self)
        #expect(pet.species == .unknown("parrot") && !pet.species.isKnown)
        #expect(pet.alsoSeenAs == [.dog, .unknown("dragon")])
    }

    @Test func requestRefusesAnUnknownValue() async {
        let transport = InMemoryTransport(json: #"{"result": []}"#)
        let client = PetsClient(configuration: PetsClient.defaultConfiguration(credentials: nil), transport: transport)
        await #expect(throws: APIClientError.self) { try await client.listPets(species: .unknown("parrot")) }
        #expect(transport.requests.isEmpty)
    }
}
