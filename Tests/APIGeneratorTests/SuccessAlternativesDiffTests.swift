import APIGenDiff
import Testing

/// `apigen diff` of `response.alternatives`: another status with the result the method returns already is additive (the
/// client accepts more); one that changes the return type (to an enum of the answers, or a case added to it) is breaking,
/// and so is a status that no longer succeeds.
@Suite("Spec diff: success alternatives")
struct SuccessAlternativesDiffTests {
    static let answer = #""response": {"status": 200, "result": {"ref": "Pet"}}"#

    static func with(_ alternatives: String) -> String {
        #""response": {"status": 200, "result": {"ref": "Pet"}, "alternatives": "# + alternatives + "}"
    }

    @Test func anotherStatusWithTheSameResultIsAdditive() throws {
        let changes = try SpecDiffTests.changes([Self.answer: Self.with(#"[{"status": 203, "result": {"ref": "Pet"}}]"#)])
        #expect(changes.map(\.message) == ["operation 'getPet': status 203 succeeds too, with the same result: the client accepts it"], "\(changes)")
        #expect(changes.map(\.impact) == [.additive])
        #expect(changes.first?.path.pointer == "/operations/getPet/response/alternatives/0")
    }

    @Test func anotherStatusWithAnotherResultMakesAnEnum() throws {
        let changes = try SpecDiffTests.changes([Self.answer: Self.with(#"[{"status": 204}]"#)])
        #expect(changes.map(\.message) == ["operation 'getPet': status 204 succeeds too, with another result: the method returns an enum of the answers now"])
        #expect(changes.map(\.impact) == [.breaking])
    }

    @Test func aCaseAddedToTheEnumBreaksSwitches() throws {
        let changes = try SpecDiffTests.changes(from: [Self.answer: Self.with(#"[{"status": 204}]"#)],
                                                to: [Self.answer: Self.with(#"[{"status": 204}, {"status": 202, "result": {"type": "string"}}]"#)])
        #expect(changes.map(\.message) == ["operation 'getPet': status 202 succeeds too: the enum of its answers gains a case, and exhaustive switches over it break"])
        #expect(changes.map(\.impact) == [.breaking])
    }

    @Test func aStatusThatNoLongerSucceedsBreaksCallers() throws {
        let changes = try SpecDiffTests.changes(from: [Self.answer: Self.with(#"[{"status": 201, "result": {"ref": "Pet"}}]"#)], to: [:])
        #expect(changes.map(\.message) == ["operation 'getPet': status 201 no longer succeeds: the client takes it as unexpected"])
        #expect(changes.map(\.impact) == [.breaking])
    }

    @Test func anAlternativesResultIsComparedAsAType() throws {
        let changes = try SpecDiffTests.changes(from: [Self.answer: Self.with(#"[{"status": 202, "result": {"type": "string"}}]"#)],
                                                to: [Self.answer: Self.with(#"[{"status": 202, "result": {"type": "integer"}}]"#)])
        #expect(changes.map(\.message) == ["operation 'getPet': the result of status 202 changes type from string to integer"])
        #expect(changes.map(\.impact) == [.breaking])
    }
}
