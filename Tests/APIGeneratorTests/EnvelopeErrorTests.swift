import Foundation
import Testing

/// APIs and operations without an envelope: what lints, and each misuse reported once, located.
@Suite("Envelope errors")
struct EnvelopeErrorTests {
    static let envelopeLine = #""envelope": {"resultField": "result", "errorsField": "errors", "errorCodeField": "code", "errorMessageField": "message"},"#

    /// The fixture without its envelope (line 6 becomes `replacement`).
    static func withoutEnvelope(_ replacement: String = "", _ edits: KeyValuePairs<String, String> = [:]) throws -> String {
        var text = try SpecFixture.spec([envelopeLine: replacement])
        for (old, new) in edits { text = text.replacingOccurrences(of: old, with: new) }
        return text
    }

    @Test(arguments: ["", #""envelope": null,"#])
    func aSpecWithoutAnEnvelopeGenerates(line: String) throws {
        #expect(diagnostics(try Self.withoutEnvelope(line)).isEmpty)
    }

    @Test func anOperationOutsideTheEnvelopeGenerates() throws {
        #expect(diagnostics(try SpecFixture.spec([#""method": "GET","#: #""method": "GET", "envelope": false,"#])).isEmpty)
    }

    @Test func anOperationCannotBeInAnEnvelopeTheSpecLacks() throws {
        expectDiagnostic(try Self.withoutEnvelope("", [#""method": "GET","#: #""method": "GET", "envelope": true,"#]), ExpectedDiagnostic(
            #"operation 'getPet' sets "envelope": true, but the spec has no 'envelope'; leave the key out (answers are read whole)"#,
            line: 17, column: 36, pointer: "/operations/getPet/envelope", at: "true"
        ))
    }

    @Test func envelopeMustBeABoolean() throws {
        expectDiagnostic(try SpecFixture.spec([#""method": "GET","#: #""method": "GET", "envelope": "none","#]), ExpectedDiagnostic(
            "'envelope' must be true or false, found a string", line: 17, column: 36, pointer: "/operations/getPet/envelope", at: #""none""#
        ))
    }

    @Test func anAPIEnvelopeMustBeAnObjectOrNull() throws {
        expectDiagnostic(try Self.withoutEnvelope(#""envelope": false,"#), ExpectedDiagnostic(
            "'envelope' must be an object, found a boolean", line: 6, column: 15, pointer: "/envelope", at: "false"
        ))
    }

    /// The page information sits beside the result in the envelope: a paginated operation needs one.
    @Test func aPaginatedOperationNeedsTheEnvelope() throws {
        let text = try SpecFixture.spec([
            #""response": {"status": 200, "result": {"ref": "Pet"}}"#:
                #""envelope": false, "response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}}, "pagination": {"style": "pageNumber", "pageParameter": "page", "perPageParameter": "per_page", "info": "Pet"}"#,
            #""id": {"in": "path", "type": "string"}"#:
                #""id": {"in": "path", "type": "string"}, "page": {"in": "query", "type": "integer"}, "per_page": {"in": "query", "type": "integer"}"#,
        ])
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'getPet' is paginated, but its answers are not in an envelope, which is where the page information is",
            line: 22, column: 123, pointer: "/operations/getPet/pagination", at: #"{"style""#
        ))
    }

    /// Without an envelope the example's whole body is the result, checked at the root; an undeclared error may have any body.
    @Test func examplesOfWholeBodyAnswersAreCheckedAtTheRoot() throws {
        let examples = #", "examples": [{"name": "wrapped", "request": {"parameters": {"id": "p1"}}, "response": {"status": 200, "body": {"result": {"name": "Rex"}}}}, {"name": "gone", "request": {"parameters": {"id": "p2"}}, "response": {"status": 410, "body": "gone"}}]"#
        let text = try Self.withoutEnvelope("", [#""result": {"ref": "Pet"}}"#: #""result": {"ref": "Pet"}}"# + examples])
        expectDiagnostic(text, ExpectedDiagnostic(
            "example 'wrapped' of operation 'getPet': response name: required field is missing",
            line: 22, column: 75, pointer: "/operations/getPet/examples/0", at: #"{"name""#
        ))
    }
}
