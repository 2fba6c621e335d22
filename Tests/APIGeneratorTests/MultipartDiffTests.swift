import APIGenDiff
import Testing

/// `apigen diff` of multipart bodies: the parts are the model's fields, compared as any request body's (a part added
/// optional is additive; added required, or removed, breaks senders); the same model sent as JSON instead, or the reverse,
/// breaks callers, since the server reads other bytes.
@Suite("Spec diff: multipart")
struct MultipartDiffTests {
    static let body = #""requestBody": {"ref": "NewPet"}"#
    static let multipart = #""requestBody": {"contentType": "multipart/form-data", "ref": "NewPet"}"#
    static let fields = #""NewPet": {"kind": "object", "fields": {"name": {"type": "string", "required": true, "maxLength": 40}, "kind": {"ref": "Kind"}}}"#

    /// `NewPet` with `photo`, a file, beside its fields.
    static func withPhoto(required: Bool) -> String {
        #""NewPet": {"kind": "object", "fields": {"name": {"type": "string", "required": true, "maxLength": 40}, "kind": {"ref": "Kind"}, "#
            + #""photo": {"type": "bytes", "required": \#(required)}}}"#
    }

    @Test func sendingTheBodyAsPartsInsteadOfJSONBreaksCallers() throws {
        let changes = try SpecDiffTests.changes([Self.body: Self.multipart])
        #expect(changes.map(\.message) == ["operation 'addPet': the request body is multipart/form-data now, not JSON"], "\(changes)")
        #expect(changes.map(\.impact) == [.breaking])
        let back = try SpecDiffTests.changes(from: [Self.body: Self.multipart], to: [:])
        #expect(back.map(\.message) == ["operation 'addPet': the request body is JSON now, not multipart/form-data"], "\(back)")
    }

    @Test func anOptionalPartIsAdditiveARequiredOrRemovedOneBreaking() throws {
        let optional = try SpecDiffTests.changes(from: [Self.body: Self.multipart], to: [Self.body: Self.multipart, Self.fields: Self.withPhoto(required: false)])
        #expect(optional.map(\.impact) == [.additive], "\(optional)")
        let required = try SpecDiffTests.changes(from: [Self.body: Self.multipart], to: [Self.body: Self.multipart, Self.fields: Self.withPhoto(required: true)])
        #expect(required.map(\.impact) == [.breaking], "\(required)")
        let removed = try SpecDiffTests.changes(from: [Self.body: Self.multipart, Self.fields: Self.withPhoto(required: false)], to: [Self.body: Self.multipart])
        #expect(removed.map(\.impact) == [.breaking], "\(removed)")
    }
}
