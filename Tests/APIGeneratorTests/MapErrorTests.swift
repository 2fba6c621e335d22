import Foundation
import Testing

/// Misused maps (`"type": "map"`): each mistake reported once, located at the value or key concerned.
@Suite("Map errors")
struct MapErrorTests {
    /// The fixture with the `name` field replaced by `field` (a JSON object), as line 11 from column 17.
    @Test func mapWithoutValues() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"type": "map", "required": true}"#), ExpectedDiagnostic(
            "a map type needs 'values'", line: 11, column: 17, pointer: "/models/Pet/fields/name", at: #"{"type""#
        ))
    }

    @Test(arguments: [
        (#"{"type": "map", "values": {"type": "string"}, "minItems": 1}"#, "'minItems' does not apply to type 'map'", "minItems", 63),
        (#"{"type": "map", "values": {"type": "string"}, "maxLength": 1}"#, "'maxLength' does not apply to type 'map'", "maxLength", 63),
        (#"{"type": "array", "items": {"type": "string"}, "maxProperties": 2}"#, "'maxProperties' does not apply to type 'array'", "maxProperties", 64),
        (#"{"type": "object", "minProperties": 1}"#, "'minProperties' does not apply to type 'object'", "minProperties", 36),
        (#"{"type": "string", "values": {"type": "string"}}"#, "'values' does not apply to type 'string'", "values", 36),
        (#"{"ref": "Pet", "maxProperties": 2}"#, "'maxProperties' does not apply to a reference to 'Pet'", "maxProperties", 32),
    ])
    func constraintOnTheWrongType(field: String, message: String, key: String, column: Int) throws {
        expectDiagnostic(try SpecFixture.withField(field), ExpectedDiagnostic(
            message, line: 11, column: column, pointer: "/models/Pet/fields/name/\(key)", at: "\"\(key)\""
        ))
    }

    @Test func valuesReferToAnUndefinedModel() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"type": "map", "values": {"ref": "Pets"}}"#), ExpectedDiagnostic(
            "field 'name' values refers to model 'Pets', which the spec does not define; did you mean 'Pet'?",
            line: 11, column: 43, pointer: "/models/Pet/fields/name/values", at: #"{"ref""#
        ))
    }

    @Test func nestedValuesAreCheckedToo() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"type": "map", "values": {"type": "map", "values": {"type": "strin"}}}"#), ExpectedDiagnostic(
            "unknown type 'strin'; did you mean 'string'? (expected one of: string, integer, number, boolean, array, map, object, any, bytes)",
            line: 11, column: 78, pointer: "/models/Pet/fields/name/values/values/type", at: #""strin""#
        ))
    }

    @Test func valuesTakeNoFieldKeys() throws {
        let diagnostics = diagnostics(Data(try SpecFixture.withField(#"{"type": "map", "values": {"type": "string", "required": true}}"#).utf8))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("unknown key 'required' in a values type") == true)
        #expect(diagnostics.first?.location.path.pointer == "/models/Pet/fields/name/values/required")
    }

    @Test func impossibleMemberCount() throws {
        expectDiagnostic(
            try SpecFixture.withField(#"{"type": "map", "values": {"type": "integer"}, "minProperties": 3, "maxProperties": 1}"#),
            ExpectedDiagnostic(
                "field 'name': minProperties 3 is greater than maxProperties 1; no map can satisfy both",
                line: 11, column: 17, pointer: "/models/Pet/fields/name", at: #"{"type""#
            )
        )
    }

    @Test func exampleValuesMustFit() throws {
        let example = #"{"a":-1,"b c":"x"}"#
        let text = try SpecFixture.withField(
            #"{"type": "map", "values": {"type": "integer", "minimum": 0}, "maxProperties": 1, "example": {"a": -1, "b c": "x"}}"#
        )
        expectDiagnostics(text, [
            // Problems at one place are listed in order of their text.
            "$: 2 members, at most 1", #"["b c"]: expected an integer, found a string"#, "a: -1, at least 0",
        ].map { problem in
            ExpectedDiagnostic(
                "field 'name': the example \(example) does not fit its own type: \(problem)",
                line: 11, column: 17, pointer: "/models/Pet/fields/name", at: #"{"type""#
            )
        })
    }

    @Test func mapsAreNotParameters() throws {
        let text = try SpecFixture.spec([#""in": "path", "type": "string""#: #""in": "path", "type": "map", "values": {"type": "string"}"#])
        let found = diagnostics(Data(text.utf8)).map(\.message)
        #expect(found == ["parameter 'id' must be a string, integer, number, boolean or enum"])
    }
}
