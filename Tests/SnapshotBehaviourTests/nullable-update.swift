import APIGenRuntime
import Snapshot_nullable_update
import Testing

/// nullable-update: in an update, an absent field is left out, `.null` is sent as `null` (clear it), a value as itself.
@Suite struct NullableUpdateSnapshotTests {
    @Test func absentNullAndValue() throws {
        #expect(UpdatePet().encodeJSON() == [:])
        #expect(UpdatePet(nickname: .null).encodeJSON() == ["nickname": nil])
        #expect(UpdatePet(name: "Rex", weight: .value(4.5)).encodeJSON() == ["name": "Rex", "weight": 4.5])
        #expect(try UpdatePet(json: ["nickname": nil, "weight": 2]) == UpdatePet(nickname: .null, weight: .value(2)))
    }

    @Test func updateRefusesUnknownMembersAndBrokenConstraints() {
        #expect(throws: DecodingFailure.self) { try UpdatePet(json: ["colour": "red"]) }
        #expect(UpdatePet(name: "", weight: .value(-1)).violations().count == 2)
    }
}
