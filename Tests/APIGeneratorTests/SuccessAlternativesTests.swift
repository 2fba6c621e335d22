import APIGenerator
import APIGenSpec
import Foundation
import Testing

/// `response.alternatives`: other success statuses. What lints, each misuse reported once and located at its key, and
/// the method's return type: the shared result, or an enum of the answers.
@Suite("Success alternatives")
struct SuccessAlternativesTests {
    static let response = #""response": {"status": 200, "result": {"ref": "Pet"}}"#

    /// The fixture's getPet with `alternatives` (a JSON array) beside its response, on line 22; `extra` follows the response.
    static func withAlternatives(_ alternatives: String, extra: String = "") throws -> String {
        try SpecFixture.spec([response: #""response": {"status": 200, "result": {"ref": "Pet"}, "alternatives": "# + alternatives + "}" + extra])
    }

    /// The 1-based column of `token`'s first occurrence after `after` on line 22 (the fixture's response line).
    static func column(of token: String, after: String = "", in text: String) -> Int {
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[21]
        let start = after.isEmpty ? line.startIndex : line.range(of: after)!.upperBound
        return line.distance(from: line.startIndex, to: line[start...].range(of: token)!.lowerBound) + 1
    }

    @Test(arguments: [
        #"[{"status": 201, "description": "Created.", "result": {"ref": "Pet"}}]"#,
        #"[{"status": 202, "result": {"type": "string"}}, {"status": 204, "description": "Nothing yet."}]"#,
    ])
    func alternativesLint(_ alternatives: String) throws {
        #expect(diagnostics(try Self.withAlternatives(alternatives)).isEmpty)
    }

    @Test func rawContentInAnAlternativeIsRefused() throws {
        let text = try Self.withAlternatives(#"[{"status": 201, "contentType": "text/plain"}]"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            "an alternative answer cannot be raw content ('contentType'): only 'response' itself may be; "
                + "describe the alternative's JSON with 'result', or leave it out for an empty answer",
            line: 22, column: Self.column(of: #""contentType""#, in: text), pointer: "/operations/getPet/response/alternatives/0/contentType", at: #""contentType""#
        ))
    }

    @Test func aStatusListedTwiceIsRefused() throws {
        let text = try Self.withAlternatives(#"[{"status": 201}, {"status": 200}]"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'getPet' lists success status 200 twice; each of 'response' and its 'alternatives' has its own status",
            line: 22, column: Self.column(of: #""status""#, after: #"{"status": 201}, "#, in: text),
            pointer: "/operations/getPet/response/alternatives/1/status", at: #""status""#
        ))
    }

    @Test func anAlternativeOutsideSuccessIsRefused() throws {
        let text = try Self.withAlternatives(#"[{"status": 404}]"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            "'status' must be between 200 and 299, found 404",
            line: 22, column: Self.column(of: "404", in: text), pointer: "/operations/getPet/response/alternatives/0/status", at: "404"
        ))
    }

    @Test func a204AlternativeHasNoResult() throws {
        let text = try Self.withAlternatives(#"[{"status": 204, "result": {"ref": "Pet"}}]"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'getPet': status 204 answers have no body, but the alternative describes a result; leave 'result' out for an empty answer",
            line: 22, column: Self.column(of: #"{"ref""#, after: "204", in: text), pointer: "/operations/getPet/response/alternatives/0/result", at: #"{"ref""#
        ))
    }

    @Test func aPaginatedOperationHasNoAlternatives() throws {
        let text = try SpecFixture.spec([
            Self.response: #""response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}, "alternatives": [{"status": 202}]}, "pagination": {"style": "pageNumber", "pageParameter": "page", "perPageParameter": "per_page"}"#,
            #""id": {"in": "path", "type": "string"}"#:
                #""id": {"in": "path", "type": "string"}, "page": {"in": "query", "type": "integer"}, "per_page": {"in": "query", "type": "integer"}"#,
        ])
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'getPet' is paginated, so it cannot have 'alternatives': every page is read as the one result array, "
                + "so other success statuses are not supported there",
            line: 22, column: Self.column(of: #""alternatives""#, in: text), pointer: "/operations/getPet/response/alternatives", at: #""alternatives""#
        ))
    }

    @Test func rawContentHasNoAlternatives() throws {
        let text = try SpecFixture.spec([Self.response: #""response": {"status": 200, "contentType": "text/plain", "alternatives": [{"status": 204}]}"#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'getPet' answers raw content ('text/plain'), so it cannot have 'alternatives': raw content is read for one status "
                + "and has no result type to tell answers apart",
            line: 22, column: Self.column(of: #""alternatives""#, in: text), pointer: "/operations/getPet/response/alternatives", at: #""alternatives""#
        ))
    }

    /// An example of an alternative status is checked against that status's result.
    @Test func examplesAreCheckedAgainstTheirStatusesResult() throws {
        let examples = #", "examples": [{"name": "queued", "request": {"parameters": {"id": "p1"}}, "response": {"status": 202, "body": {"result": {"name": "Rex"}}}}]"#
        let text = try Self.withAlternatives(#"[{"status": 202, "result": {"type": "string"}}]"#, extra: examples)
        #expect(diagnostics(text).map(\.message) == ["example 'queued' of operation 'getPet': response result: expected a string, found an object"])
        let unlisted = try Self.withAlternatives(#"[{"status": 202, "result": {"type": "string"}}]"#, extra: examples.replacingOccurrences(of: "202", with: "203"))
        #expect(diagnostics(unlisted).map(\.message) == ["example 'queued' of operation 'getPet': status 203 is neither a success status of the operation (200, 202) nor an error"])
    }

    /// Different results: an enum named after the operation, a number added when a model has the name already.
    @Test func differentResultsReturnAnEnumNamedAfterTheOperation() throws {
        let text = try Self.withAlternatives(#"[{"status": 202, "description": "Queued.", "result": {"type": "string"}}, {"status": 207}]"#)
        let client = try #require(try Generator.generate(specData: Data(text.utf8), fileName: SpecFixture.fileName).first { $0.name == "Client.swift" }).contents
        #expect(client.contains("-> GetPetResponse"))
        #expect(client.contains("public enum GetPetResponse: Swift.Sendable, Swift.Hashable {"))
        for line in ["case ok(Pet)", "case accepted(Swift.String)", "case status207", "/// HTTP 202: Queued."] {
            #expect(client.contains(line), "\(line)")
        }
        let clashing = text.replacingOccurrences(of: #""models": {"#, with: #""models": {"GetPetResponse": {"kind": "enum", "values": ["a"]}, "#)
        let renamed = try #require(try Generator.generate(specData: Data(clashing.utf8), fileName: SpecFixture.fileName).first { $0.name == "Client.swift" }).contents
        #expect(renamed.contains("public enum GetPetResponse2: Swift.Sendable, Swift.Hashable {"))
    }

    /// The same result for every status: the method returns it, and the client accepts each status.
    @Test func aSharedResultIsReturnedAsItIs() throws {
        let text = try Self.withAlternatives(#"[{"status": 201, "result": {"ref": "Pet"}}]"#)
        let client = try #require(try Generator.generate(specData: Data(text.utf8), fileName: SpecFixture.fileName).first { $0.name == "Client.swift" }).contents
        #expect(client.contains("alternatives: [APIGenRuntime.SuccessAnswer(status: 201)]"))
        #expect(client.contains("-> Pet {"))
        #expect(!client.contains("enum GetPetResponse"))
    }
}
