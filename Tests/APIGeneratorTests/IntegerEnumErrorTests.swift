import Foundation
import Testing

/// Misused enum values: listed twice, of mixed kinds, booleans (a constant or a plain boolean says it), fractions.
@Suite("Integer enum errors")
struct IntegerEnumErrorTests {
    /// The fixture with an enum model `Level` of `values` (a JSON array's text) before `Pet`, on line 8; its values start at column 41.
    static func withLevel(_ values: String) throws -> String {
        try SpecFixture.spec([#""Pet": {"#: #""Level": {"kind": "enum", "values": \#(values)},"# + "\n    " + #""Pet": {"#])
    }

    @Test func wholeNumbersGenerate() throws {
        expectDiagnostics(try Self.withLevel(#"[0, 1, {"value": -1, "swiftName": "unset"}]"#), [])
    }

    @Test func aValueListedTwice() throws {
        expectDiagnostic(try Self.withLevel("[1, 2, 1.0]"), ExpectedDiagnostic(
            "enum 'Level' lists '1' twice", line: 8, column: 48, pointer: "/models/Level/values/2", at: "1.0"
        ))
    }

    @Test func valuesOfMixedKinds() throws {
        expectDiagnostic(try Self.withLevel(#"[1, "two"]"#), ExpectedDiagnostic(
            "enum 'Level' mixes kinds of values: 'two' is not a whole number like the first value",
            line: 8, column: 45, pointer: "/models/Level/values/1", at: #""two""#
        ))
    }

    @Test func aBooleanIsAConstantOrABoolean() throws {
        expectDiagnostic(try Self.withLevel("[true]"), ExpectedDiagnostic(
            "an enum value cannot be a boolean: for one value use a boolean field with 'const', for both a plain boolean",
            line: 8, column: 42, pointer: "/models/Level/values/0", at: "true"
        ))
        expectDiagnostic(try Self.withLevel(#"[{"value": false}]"#), ExpectedDiagnostic(
            "an enum value cannot be a boolean: for one value use a boolean field with 'const', for both a plain boolean",
            line: 8, column: 52, pointer: "/models/Level/values/0/value", at: "false"
        ))
    }

    @Test func aFractionIsNoEnumValue() throws {
        expectDiagnostic(try Self.withLevel("[0.5, 1]"), ExpectedDiagnostic(
            "an enum value that is a number must be a whole number (an Int), found 0.5",
            line: 8, column: 42, pointer: "/models/Level/values/0", at: "0.5"
        ))
    }

    /// An example in a request must list a value of the enum's kind and one it lists.
    @Test func examplesHoldListedNumbers() throws {
        let text = try SpecFixture.spec([
            #""Pet": {"#: #""Level": {"kind": "enum", "values": [1, 2]},"# + "\n    " + #""Pet": {"#,
            #""id": {"in": "path", "type": "string"}"#: #""id": {"in": "path", "type": "string"}, "level": {"in": "query", "ref": "Level", "example": 3}"#,
        ])
        #expect(diagnostics(text).map(\.message) == ["parameter 'level': the example 3 does not fit its own type: $: 3 is not one of 1, 2"])
    }
}
