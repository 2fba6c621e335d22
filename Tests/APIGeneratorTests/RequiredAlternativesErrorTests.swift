import APIGenDiff
import APIGenSpec
import Foundation
import Testing

/// `requiredAlternatives` misused, and how diff classifies a change of it.
@Suite("Required alternatives")
struct RequiredAlternativesErrorTests {
    /// The fixture's Pet with an optional `tag` and `chip` and the given `requiredAlternatives` (JSON).
    static func spec(_ groups: String) throws -> String {
        try SpecFixture.spec([
            #""kind": "object","#: #""kind": "object", "requiredAlternatives": "# + groups + ",",
            #""name": {"type": "string", "required": true}"#: #""name": {"type": "string", "required": true}, "tag": {"type": "string"}, "chip": {"type": "string"}"#,
        ])
    }

    static func expect(_ groups: String, _ message: String, pointer: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = diagnostics(try spec(groups))
        #expect(found.map(\.message) == [message], sourceLocation: sourceLocation)
        #expect(found.first?.location.path.pointer == pointer, sourceLocation: sourceLocation)
    }

    @Test func validGroupsLint() throws {
        #expect(diagnostics(try Self.spec(#"[["tag"], ["chip", "name"]]"#)).map(\.message) == [])
    }

    @Test func misusesAreLocated() throws {
        try Self.expect(#"[["tga"], ["chip"]]"#, "model 'Pet': 'requiredAlternatives' names 'tga', which is not one of its fields; did you mean 'tag'?",
                        pointer: "/models/Pet/requiredAlternatives/0/0")
        try Self.expect(#"[["tag"]]"#, "model 'Pet': 'requiredAlternatives' needs two groups or more (with one, make its fields required)",
                        pointer: "/models/Pet/requiredAlternatives/0/0")
        try Self.expect(#"[["tag"], ["name"]]"#, "model 'Pet': group 1 of 'requiredAlternatives' is always there (its fields are required), so the requirement says nothing",
                        pointer: "/models/Pet/requiredAlternatives/1/0")
        try Self.expect(#"[["tag"], []]"#, "'requiredAlternatives' must be an array of groups, each an array of field names; group 1 is empty",
                        pointer: "/models/Pet/requiredAlternatives/1")
        try Self.expect(#"["tag"]"#, "'requiredAlternatives' must be an array of groups, each an array of field names; group 0 is a string",
                        pointer: "/models/Pet/requiredAlternatives/0")
    }

    /// Pet is only answered, so a change to what a request needs is compatible there; the fixture's `getPet` never sends it.
    @Test func diffCallsATighterRequirementBreakingOnlyForRequests() throws {
        func load(_ groups: String, body: Bool) throws -> Spec {
            var text = try Self.spec(groups)
            if body { text = text.replacingOccurrences(of: #""method": "GET""#, with: #""method": "PUT", "requestBody": {"ref": "Pet"}"#) }
            return try SpecLoader.load(data: Data(text.utf8), fileName: "pets.json")
        }
        let fewer = SpecComparison.changes(from: try load(#"[["tag"], ["chip"]]"#, body: true), to: try load(#"[["tag"], ["name", "chip"]]"#, body: true))
        #expect(fewer.map(\.impact) == [.breaking], "\(fewer)")
        #expect(fewer.first?.message == "model 'Pet': a request needs tag, or name and chip")
        let more = SpecComparison.changes(from: try load(#"[["tag"], ["chip"]]"#, body: true), to: try load(#"[["tag"], ["chip"], ["name"]]"#, body: true))
        #expect(more.map(\.impact) == [.additive], "\(more)")
        let answered = SpecComparison.changes(from: try load(#"[["tag"], ["chip"]]"#, body: false), to: try load(#"[["tag"], ["name", "chip"]]"#, body: false))
        #expect(answered.map(\.impact) == [.compatible], "\(answered)")
    }
}
