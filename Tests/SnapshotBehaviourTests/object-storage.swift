import APIGenRuntime
import Foundation
import Snapshot_object_storage
import Testing

/// object-storage: each kind of field (required, nullable, optional, both; each JSON type, nested and listed models)
/// decodes into its storage and re-encodes unchanged.
@Suite struct ObjectStorageSnapshotTests {
    @Test func everyKindOfFieldRoundTrips() throws {
        let address: JSONValue = ["street": "Main St 1", "city": "Springfield"]
        let lists: JSONObject = ["tags": ["dogs", "cats"], "branches": [["street": "Side St 2"]], "history": [[1, 2], []]]
        var json: JSONObject = [
            "name": "Paws", "nickname": nil, "motto": "Home", "notes": nil, "opened_at": "2024-05-01T09:30:00.250Z",
            "website": "https://example.com", "capacity": 40, "rating": 4.5, "is_open": true, "metadata": ["a": [1]],
            "extra": "anything", "address": address,
        ]
        for member in lists { json[member.key] = member.value }
        json["later"] = true
        let shelter = try expectRoundTrip(.object(json), as: Shelter.self)
        #expect(shelter.nickname == nil && shelter.notes == .null && shelter.history == .value([[1, 2], []]))
        #expect(shelter.openedAt.text == "2024-05-01T09:30:00.250Z")
        #expect(shelter.openedAt.date == Date(timeIntervalSince1970: 1_714_555_800.25))
        #expect(shelter.address == Address(street: "Main St 1", city: "Springfield") && shelter.branches == [Address(street: "Side St 2")])
        #expect(shelter.unknownFields["later"] == true)
    }

    @Test func optionalFieldsLeftOutRequiredNullableSentAsNull() throws {
        let shelter = try expectRoundTrip([
            "name": "Paws", "nickname": nil, "opened_at": "2024-05-01T09:30:00Z", "capacity": 1, "is_open": false,
            "tags": [], "address": ["street": "Main St 1"],
        ], as: Shelter.self)
        #expect(shelter.motto == nil && shelter.notes == .absent && shelter.history == .absent)
    }

    @Test func addressRefusesUnknownMembers() {
        #expect(throws: DecodingFailure.self) { try Address(json: ["street": "Main St 1", "zip": "12345"]) }
    }
}
