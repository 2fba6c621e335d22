import Testing

/// Constraints no value can meet, and defaults and examples that break their own type.
@Suite("Constraint errors")
struct ConstraintErrorTests {
    /// The fixture with the `name` field replaced by `field` (a JSON object).
    @Test(arguments: [
        (#"{"type": "string", "minLength": 5, "maxLength": 2}"#,
         "field 'name': minLength 5 is greater than maxLength 2; no string can satisfy both"),
        (#"{"type": "number", "minimum": 5.5, "maximum": 2}"#,
         "field 'name': minimum 5.5 is greater than maximum 2; no number can satisfy both"),
        (#"{"type": "array", "items": {"type": "string"}, "minItems": 3, "maxItems": 1}"#,
         "field 'name': minItems 3 is greater than maxItems 1; no array can satisfy both"),
        (#"{"type": "string", "pattern": "[a-z"}"#,
         #"field 'name': pattern "[a-z" is not a valid regular expression"#),
        (#"{"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 0}}"#,
         "field 'name' items: minimum 1 is greater than maximum 0; no number can satisfy both"),
    ])
    func impossibleConstraint(field: String, message: String) throws {
        let pointer = message.contains("items:") ? "/models/Pet/fields/name/items" : "/models/Pet/fields/name"
        let column = message.contains("items:") ? 44 : 17
        expectDiagnostic(try SpecFixture.withField(field), ExpectedDiagnostic(
            message, line: 11, column: column, pointer: pointer, at: "{\"type\""
        ))
    }

    @Test(arguments: [
        (#"{"type": "integer", "default": "three"}"#,
         #"field 'name': the default "three" does not fit its own type: $: expected an integer, found a string"#),
        (#"{"type": "string", "maxLength": 3, "example": "Rex the dog"}"#,
         #"field 'name': the example "Rex the dog" does not fit its own type: $: 11 characters, at most 3"#),
        (#"{"type": "string", "default": null}"#,
         "field 'name': the default null does not fit its own type: $: null, but the type is not nullable"),
        (#"{"type": "string", "format": "uri", "example": "not a uri"}"#,
         #"field 'name': the example "not a uri" does not fit its own type: $: "not a uri" is not an absolute URI"#),
        (#"{"type": "array", "items": {"type": "integer"}, "default": [1, "2"]}"#,
         #"field 'name': the default [1,"2"] does not fit its own type: [1]: expected an integer, found a string"#),
    ])
    func defaultOrExampleBreaksItsType(field: String, message: String) throws {
        expectDiagnostic(try SpecFixture.withField(field), ExpectedDiagnostic(
            message, line: 11, column: 17, pointer: "/models/Pet/fields/name", at: "{\"type\""
        ))
    }

    @Test func defaultOutsideAnEnum() throws {
        let text = try SpecFixture.spec([
            #"{"type": "string", "required": true}"#: #"{"ref": "Species", "default": "fish"}"#,
            #""Pet": {"#: #""Species": {"kind": "enum", "values": ["cat", "dog"]},"# + "\n    " + #""Pet": {"#,
        ])
        expectDiagnostic(text, ExpectedDiagnostic(
            #"field 'name': the default "fish" does not fit its own type: $: "fish" is not one of cat, dog"#,
            line: 12, column: 17, pointer: "/models/Pet/fields/name", at: #"{"ref""#
        ))
    }

    @Test func parameterDefaultBreaksItsType() throws {
        let text = try SpecFixture.spec([#""type": "string"}"#: #""type": "string", "minLength": 3, "default": 7, "example": "ab"}"#])
        expectDiagnostics(text, [
            ExpectedDiagnostic(
                "parameter 'id': the default 7 does not fit its own type: $: expected a string, found a number",
                line: 20, column: 15, pointer: "/operations/getPet/parameters/id", at: #"{"in""#
            ),
            ExpectedDiagnostic(
                #"parameter 'id': the example "ab" does not fit its own type: $: 2 characters, at least 3"#,
                line: 20, column: 15, pointer: "/operations/getPet/parameters/id", at: #"{"in""#
            ),
        ])
    }
}
