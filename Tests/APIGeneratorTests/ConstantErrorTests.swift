import Foundation
import Testing

/// Misused constants (`"const"`): each mistake reported once, at the value or key concerned.
@Suite("Constant errors")
struct ConstantErrorTests {
    /// The fixture with the `name` field replaced by `field` (a JSON object), as line 11 from column 17.
    @Test(arguments: [
        (#"{"type": "boolean", "const": "false"}"#, #"'const' must be a value of the type (type 'boolean'), found "false""#, 46),
        (#"{"type": "integer", "const": 1.5}"#, "'const' must be a value of the type (type 'integer'), found 1.5", 46),
        (#"{"type": "string", "const": 1}"#, "'const' must be a value of the type (type 'string'), found 1", 45),
    ])
    func aConstantMustBeAValueOfTheType(field: String, message: String, column: Int) throws {
        expectDiagnostic(try SpecFixture.withField(field), ExpectedDiagnostic(
            message, line: 11, column: column, pointer: "/models/Pet/fields/name/const", at: String(field.dropFirst(column - 17).prefix(3))
        ))
    }

    @Test(arguments: [
        (#"{"type": "number", "const": 1}"#, "'const' does not apply to type 'number'", 36),
        (#"{"type": "string", "format": "uri", "const": "x"}"#, "'const' does not apply to a string with format 'uri'", 53),
        (#"{"ref": "Pet", "const": "x"}"#, "'const' does not apply to a reference to 'Pet'", 32),
    ])
    func aConstantOnAnotherType(field: String, message: String, column: Int) throws {
        expectDiagnostic(try SpecFixture.withField(field), ExpectedDiagnostic(
            message, line: 11, column: column, pointer: "/models/Pet/fields/name/const", at: #""const""#
        ))
    }

    @Test func aConstantIsNeverNull() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"type": "boolean", "const": false, "nullable": true}"#), ExpectedDiagnostic(
            "a constant field cannot be nullable: its value is always false", line: 11, column: 53,
            pointer: "/models/Pet/fields/name/nullable", at: #""nullable""#
        ))
    }

    @Test func onlyFieldsAreConstants() throws {
        let items = try SpecFixture.withField(#"{"type": "array", "items": {"type": "boolean", "const": true}}"#)
        expectDiagnostic(items, ExpectedDiagnostic(
            "'const' applies to fields only, not to array items", line: 11, column: 64, pointer: "/models/Pet/fields/name/items/const", at: #""const""#
        ))
        let parameter = try SpecFixture.spec([#""in": "path", "type": "string""#: #""in": "path", "type": "string", "const": "a""#])
        expectDiagnostic(parameter, ExpectedDiagnostic(
            "'const' applies to fields only, not to parameters", line: 20, column: 48, pointer: "/operations/getPet/parameters/id/const", at: #""const""#
        ))
    }

    @Test func anExampleMustBeTheConstant() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"type": "boolean", "const": false, "example": true}"#), ExpectedDiagnostic(
            "field 'name': the example true does not fit its own type: $: true, but the value is always false",
            line: 11, column: 17, pointer: "/models/Pet/fields/name", at: #"{"type""#
        ))
    }
}
