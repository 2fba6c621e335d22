import Foundation
import Testing

/// Misused `uniqueItems`: on another type than an array, not a boolean, or an example that repeats an item.
@Suite("uniqueItems errors")
struct UniqueItemsErrorTests {
    @Test func onlyArraysHaveUniqueItems() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"type": "string", "uniqueItems": true}"#), ExpectedDiagnostic(
            "'uniqueItems' does not apply to type 'string'", line: 11, column: 36, pointer: "/models/Pet/fields/name/uniqueItems", at: #""uniqueItems""#
        ))
    }

    @Test func uniqueItemsIsABoolean() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"type": "array", "items": {"type": "string"}, "uniqueItems": 1}"#), ExpectedDiagnostic(
            "'uniqueItems' must be true or false, found a number", line: 11, column: 79, pointer: "/models/Pet/fields/name/uniqueItems", at: "1"
        ))
    }

    @Test func anExampleMustNotRepeatAnItem() throws {
        let text = try SpecFixture.withField(#"{"type": "array", "items": {"type": "string"}, "uniqueItems": true, "example": ["a", "b", "a"]}"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            #"field 'name': the example ["a","b","a"] does not fit its own type: [2]: the same as item 0; items must be unique"#,
            line: 11, column: 17, pointer: "/models/Pet/fields/name", at: #"{"type""#
        ))
    }
}

/// Misused integer widths: a format integers do not have, or an example outside an `int32`'s range.
@Suite("Integer width errors")
struct IntegerWidthErrorTests {
    @Test func anIntegerFormatIsInt32OrInt64() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"type": "integer", "format": "int16"}"#), ExpectedDiagnostic(
            "'format' must be one of int32, int64, found 'int16'; did you mean 'int32'?", line: 11, column: 47, pointer: "/models/Pet/fields/name/format", at: #""int16""#
        ))
        expectDiagnostic(try SpecFixture.withField(#"{"type": "number", "format": "int32"}"#), ExpectedDiagnostic(
            "'format' does not apply to type 'number'", line: 11, column: 36, pointer: "/models/Pet/fields/name/format", at: #""format""#
        ))
    }

    @Test func anInt32ExampleMustFit() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"type": "integer", "format": "int32", "example": 2147483648}"#), ExpectedDiagnostic(
            "field 'name': the example 2147483648 does not fit its own type: $: 2147483648, at most 2147483647",
            line: 11, column: 17, pointer: "/models/Pet/fields/name", at: #"{"type""#
        ))
    }
}
