import Foundation
import Testing

/// Misused `uniqueItems`: on another type than an array, not a boolean, or an example that repeats an item.
@Suite("uniqueItems errors")
struct UniqueItemsErrorTests {
    static func withField(_ field: String) throws -> String {
        try SpecFixture.spec([#"{"type": "string", "required": true}"#: field])
    }

    @Test func onlyArraysHaveUniqueItems() throws {
        expectDiagnostic(try Self.withField(#"{"type": "string", "uniqueItems": true}"#), ExpectedDiagnostic(
            "'uniqueItems' does not apply to type 'string'", line: 11, column: 36, pointer: "/models/Pet/fields/name/uniqueItems", at: #""uniqueItems""#
        ))
    }

    @Test func uniqueItemsIsABoolean() throws {
        expectDiagnostic(try Self.withField(#"{"type": "array", "items": {"type": "string"}, "uniqueItems": 1}"#), ExpectedDiagnostic(
            "'uniqueItems' must be true or false, found a number", line: 11, column: 79, pointer: "/models/Pet/fields/name/uniqueItems", at: "1"
        ))
    }

    @Test func anExampleMustNotRepeatAnItem() throws {
        let text = try Self.withField(#"{"type": "array", "items": {"type": "string"}, "uniqueItems": true, "example": ["a", "b", "a"]}"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            #"field 'name': the example ["a","b","a"] does not fit its own type: [2]: the same as item 0; items must be unique"#,
            line: 11, column: 17, pointer: "/models/Pet/fields/name", at: #"{"type""#
        ))
    }
}
