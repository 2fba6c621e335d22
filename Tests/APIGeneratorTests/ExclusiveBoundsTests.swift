import APIGenDiff
import APIGenSpec
import Testing

/// `"exclusiveMinimum"`/`"exclusiveMaximum"` beyond the generator: lint, examples and diff (import and export are in
/// OpenAPIBoundTests, the generated checks in the exclusive-bounds snapshot).
@Suite("Exclusive bounds")
struct ExclusiveBoundsTests {
    /// Two lower bounds: one of them does nothing, and which was meant is unclear.
    @Test func anInclusiveAndAnExclusiveBoundOnOneSideAreRefusedAtTheExclusiveKey() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"type": "number", "minimum": 0, "exclusiveMinimum": 0}"#), ExpectedDiagnostic(
            "'exclusiveMinimum' and 'minimum' both bound the value from below; keep one",
            line: 11, column: 50, pointer: "/models/Pet/fields/name/exclusiveMinimum", at: #""exclusiveMinimum""#
        ))
        expectDiagnostic(try SpecFixture.withField(#"{"type": "integer", "maximum": 9, "exclusiveMaximum": 10}"#), ExpectedDiagnostic(
            "'exclusiveMaximum' and 'maximum' both bound the value from above; keep one",
            line: 11, column: 51, pointer: "/models/Pet/fields/name/exclusiveMaximum", at: #""exclusiveMaximum""#
        ))
        #expect(diagnostics(try SpecFixture.withField(#"{"type": "string", "exclusiveMinimum": 0}"#)).map(\.message)
            == ["'exclusiveMinimum' does not apply to type 'string'"])
    }

    @Test(arguments: [
        (#"{"type": "number", "exclusiveMinimum": 1, "maximum": 1}"#, "exclusiveMinimum 1 and maximum 1 leave no number between them"),
        (#"{"type": "number", "minimum": 1, "exclusiveMaximum": 1}"#, "minimum 1 and exclusiveMaximum 1 leave no number between them"),
        (#"{"type": "number", "exclusiveMinimum": 2, "exclusiveMaximum": 1}"#, "exclusiveMinimum 2 and exclusiveMaximum 1 leave no number between them"),
        // More than 0 and less than 1: numbers, but no integer.
        (#"{"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 1}"#, "exclusiveMinimum 0 and exclusiveMaximum 1 leave no integer between them"),
    ])
    func boundsWithNothingBetweenThemAreRefused(field: String, message: String) throws {
        expectDiagnostic(try SpecFixture.withField(field), ExpectedDiagnostic(
            "field 'name': " + message, line: 11, column: 17, pointer: "/models/Pet/fields/name", at: #"{"type""#
        ))
    }

    @Test func boundsWithSomethingBetweenThemAreFine() throws {
        #expect(diagnostics(try SpecFixture.withField(#"{"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 0.001}"#)).isEmpty)
        #expect(diagnostics(try SpecFixture.withField(#"{"type": "integer", "exclusiveMinimum": 0, "maximum": 1}"#)).isEmpty)
    }

    /// Examples are checked as the client checks: the bound itself is refused; an integer's is the whole number inside it.
    @Test func examplesAreCheckedAgainstTheBounds() throws {
        #expect(diagnostics(try SpecFixture.withField(#"{"type": "number", "exclusiveMinimum": 0, "example": 0.01}"#)).isEmpty)
        #expect(diagnostics(try SpecFixture.withField(#"{"type": "number", "exclusiveMinimum": 0, "example": 0}"#)).map(\.message)
            == ["field 'name': the example 0 does not fit its own type: $: 0, more than 0"])
        #expect(diagnostics(try SpecFixture.withField(#"{"type": "number", "exclusiveMaximum": 1, "example": 1}"#)).map(\.message)
            == ["field 'name': the example 1 does not fit its own type: $: 1, less than 1"])
        #expect(diagnostics(try SpecFixture.withField(#"{"type": "integer", "exclusiveMinimum": 0, "example": 0}"#)).map(\.message)
            == ["field 'name': the example 0 does not fit its own type: $: 0, at least 1"])
    }

    /// A bound that refuses more breaks callers: a new one, a raised one, or the same value made exclusive.
    @Test func diffCallsABoundThatRefusesMoreBreaking() throws {
        func impacts(_ old: String, _ new: String, sent: Bool = true) throws -> [SpecChange.Impact] {
            try MultipleOfTests.changes(#"{"type": "number"\#(old)}"#, #"{"type": "number"\#(new)}"#, sent: sent).map(\.impact)
        }
        #expect(try impacts("", #", "exclusiveMinimum": 0"#) == [.breaking])
        #expect(try impacts(#", "exclusiveMinimum": 0"#, #", "exclusiveMinimum": 1"#) == [.breaking])
        #expect(try impacts(#", "minimum": 0"#, #", "exclusiveMinimum": 0"#) == [.breaking])
        #expect(try impacts(#", "maximum": 100"#, #", "exclusiveMaximum": 100"#) == [.breaking])
        #expect(try impacts(#", "exclusiveMinimum": 1"#, #", "exclusiveMinimum": 0"#) == [.additive])
        #expect(try impacts(#", "exclusiveMinimum": 0"#, #", "minimum": 0"#) == [.additive])
        #expect(try impacts(#", "exclusiveMaximum": 100"#, "") == [.additive])
        #expect(try impacts(#", "minimum": 0"#, #", "exclusiveMinimum": 0"#, sent: false) == [.compatible])

        let message = try MultipleOfTests.changes(#"{"type": "number", "minimum": 0}"#, #"{"type": "number", "exclusiveMinimum": 0}"#, sent: true)
        #expect(message.map(\.message) == ["model 'Pet': field 'name': minimum 0 → exclusiveMinimum 0 (some values callers send are refused now)"])
        // An integer's exclusive bound is the whole number inside it: restating it so changes nothing.
        #expect(try MultipleOfTests.changes(#"{"type": "integer", "exclusiveMinimum": 0}"#, #"{"type": "integer", "minimum": 1}"#, sent: true).isEmpty)
    }
}
