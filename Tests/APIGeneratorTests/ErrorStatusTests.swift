import APIGenSpec
import Foundation
import Testing

/// Error entries for a class of statuses (`"4XX"`, `"5XX"`) or every other (`"default"`) beside exact
/// ones: the most specific entry describes an answer; malformed and unreachable entries are refused, located.
@Suite("Error statuses")
struct ErrorStatusTests {
    static let response = #""response": {"status": 200, "result": {"ref": "Pet"}}"#

    /// The fixture's getPet with `errors` (a JSON array) and, optionally, `examples`, on line 22 after its response.
    static func withErrors(_ errors: String, examples: String = "") throws -> String {
        try SpecFixture.spec([response: response + #", "errors": "# + errors + (examples.isEmpty ? "" : #", "examples": "# + examples)])
    }

    @Test func rangesAndDefaultBesideExactStatusesGenerate() throws {
        let text = try Self.withErrors(#"[{"status": 404, "body": {"ref": "Pet"}}, {"status": "4XX", "body": {"ref": "Pet"}}, {"status": "default", "body": {"ref": "Pet"}}]"#)
        #expect(diagnostics(text).isEmpty)
    }

    @Test(arguments: [
        ("4xx", "; did you mean '4XX'?"), ("Default", "; did you mean 'default'?"), ("3XX", ""), ("4XXX", ""), ("", ""),
    ])
    func malformedStatusesAreRefused(status: String, hint: String) throws {
        let text = try Self.withErrors(#"[{"status": "\#(status)", "body": {"ref": "Pet"}}]"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            #"'status' must be an error status (400…599), "4XX", "5XX" or "default", found '\#(status)'"# + hint,
            line: 22, column: 84, pointer: "/operations/getPet/errors/0/status", at: "\"\(status)\""
        ))
    }

    @Test func aRangeListedTwiceIsRefused() throws {
        let text = try Self.withErrors(#"[{"status": "5XX", "body": {"ref": "Pet"}}, {"status": "5XX", "body": {"ref": "Pet"}}]"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'getPet' declares error status 5XX twice", line: 22, column: 116, pointer: "/operations/getPet/errors/1", at: #"{"status""#
        ))
    }

    @Test func defaultBesideBothRangesIsUnreachable() throws {
        let text = try Self.withErrors(#"[{"status": "default", "body": {"ref": "Pet"}}, {"status": "4XX", "body": {"ref": "Pet"}}, {"status": "5XX", "body": {"ref": "Pet"}}]"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'getPet': 'default' is unreachable: 4XX and 5XX already describe every error status",
            line: 22, column: 73, pointer: "/operations/getPet/errors/0", at: #"{"status""#
        ))
    }

    /// An example's error body is checked against the most specific entry: exact, then range, then default.
    @Test func theMostSpecificEntryDescribesAnAnswer() throws {
        let spec = try SpecLoader.load(data: Data(try Self.withErrors(
            #"[{"status": "default", "body": {"ref": "Pet"}}, {"status": "4XX", "body": {"ref": "Other"}}, {"status": 404, "body": {"ref": "Third"}}]"#
        ).utf8), fileName: SpecFixture.fileName)
        let operation = try #require(spec.operations.first)
        #expect(operation.declaredError(for: 404)?.status == .exact(404))
        #expect(operation.declaredError(for: 409)?.status == .range(4))
        #expect(operation.declaredError(for: 503)?.status == .default)
        #expect(operation.declaredError(for: 302) == nil)

        let examples = #"[{"name": "down", "request": {"parameters": {"id": "p1"}}, "response": {"status": 503, "body": {"title": "down"}}}]"#
        let text = try Self.withErrors(#"[{"status": "default", "body": {"ref": "Pet"}}, {"status": "4XX", "body": {"ref": "Pet"}}]"#, examples: examples)
        expectDiagnostic(text, ExpectedDiagnostic(
            "example 'down' of operation 'getPet': response name: required field is missing",
            line: 22, column: 177, pointer: "/operations/getPet/examples/0", at: #"{"name""#
        ))
    }
}

/// Nullable results (`"result": {…, "nullable": true}`): what lints, and each misuse reported once, located.
@Suite("Nullable results")
struct NullableResultTests {
    static let response = #""response": {"status": 200, "result": {"ref": "Pet"}}"#

    @Test func aNullableResultMayBeNullOrLeftOutInExamples() throws {
        let examples = #", "examples": [{"name": "null", "request": {"parameters": {"id": "p1"}}, "response": {"status": 200, "body": {"result": null}}}, {"name": "left out", "request": {"parameters": {"id": "p1"}}, "response": {"status": 200, "body": {}}}]"#
        #expect(diagnostics(try SpecFixture.spec([Self.response: #""response": {"status": 200, "result": {"ref": "Pet", "nullable": true}}"# + examples])).isEmpty)
        // Without "nullable" both are refused.
        #expect(diagnostics(try SpecFixture.spec([Self.response: Self.response + examples])).count == 2)
    }

    @Test func nullableMustBeABoolean() throws {
        expectDiagnostic(try SpecFixture.spec([Self.response: #""response": {"status": 200, "result": {"ref": "Pet", "nullable": 1}}"#]), ExpectedDiagnostic(
            "'nullable' must be true or false, found a number", line: 22, column: 72, pointer: "/operations/getPet/response/result/nullable", at: "1"
        ))
    }
}
