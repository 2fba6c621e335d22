import APIGenDiff
import Testing

/// `apigen diff` of request bodies that are arrays: another shape breaks callers; the array's count and items are
/// constraints like any other, tightened (breaking senders) or loosened (additive).
@Suite("Spec diff: array bodies")
struct ArrayBodyDiffTests {
    static let model = #""requestBody": {"ref": "NewPet"}"#
    static func array(_ constraints: String = "") -> String { #""requestBody": {"type": "array", "items": {"ref": "NewPet"}\#(constraints)}"# }

    @Test func aModelBodyBecomingAnArrayBreaksCallers() throws {
        let changes = try SpecDiffTests.changes([Self.model: Self.array()])
        #expect(changes.map(\.impact) == [.breaking], "\(changes)")
        #expect(changes.first?.path.pointer == "/operations/addPet/requestBody")
        #expect(changes.first?.message.contains("array of NewPet") == true, "\(changes)")
    }

    @Test func theArraysCountIsAConstraint() throws {
        let tightened = try SpecDiffTests.changes(from: [Self.model: Self.array(#", "maxItems": 100"#)], to: [Self.model: Self.array(#", "maxItems": 10"#)])
        #expect(tightened.map(\.impact) == [.breaking], "\(tightened)")
        let loosened = try SpecDiffTests.changes(from: [Self.model: Self.array(#", "maxItems": 10"#)], to: [Self.model: Self.array()])
        #expect(loosened.map(\.impact) == [.additive], "\(loosened)")
    }

    @Test func anotherItemTypeBreaksCallers() throws {
        let changes = try SpecDiffTests.changes(from: [Self.model: Self.array()],
                                                to: [Self.model: #""requestBody": {"type": "array", "items": {"type": "string"}}"#])
        #expect(changes.map(\.impact) == [.breaking], "\(changes)")
    }
}
