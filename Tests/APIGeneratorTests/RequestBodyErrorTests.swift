import Foundation
import Testing

/// Misused request bodies: a scalar type (a body is a model, an array, a map, an object or any JSON value), a key a body cannot have, an
/// array of a model with read-only fields, and an example whose array items do not fit, each located.
@Suite("Request body errors")
struct RequestBodyErrorTests {
    /// The fixture's `getPet` with `body` as its request body (which starts at line 22, column 22), and the model's field replaced by `field`.
    static func withBody(_ body: String, field: String = #"{"type": "string", "required": true}"#, after: String = "") throws -> String {
        try SpecFixture.spec([
            #"{"type": "string", "required": true}"#: field,
            #""response": {"status": 200, "result": {"ref": "Pet"}}"#: #""requestBody": \#(body), "response": {"status": 200, "result": {"ref": "Pet"}}\#(after)"#,
        ])
    }

    @Test(arguments: [(#"{"type": "string"}"#, "string"), (#"{"type": "integer", "minimum": 1}"#, "integer"), (#"{"type": "boolean"}"#, "boolean")])
    func aBodyIsAModelAnArrayAMapAnObjectOrAnyJSON(body: String, type: String) throws {
        expectDiagnostic(try Self.withBody(body), ExpectedDiagnostic(
            "operation 'getPet' request body must refer to an object or union model, or be an array, a map, an object or any JSON value; "
                + "type '\(type)' is none of these",
            line: 22, column: 22, pointer: "/operations/getPet/requestBody", at: #"{"type""#
        ))
    }

    @Test(arguments: [#"{"type": "map", "values": {"ref": "Pet"}, "minProperties": 1}"#, #"{"type": "object"}"#, #"{"type": "any"}"#])
    func aMapAnObjectOrAnyJSONIsABody(body: String) throws {
        let found = diagnostics(try Self.withBody(body))
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aMapOfAModelWithReadOnlyFieldsIsRefusedAtTheField() throws {
        expectDiagnostic(try Self.withBody(#"{"type": "map", "values": {"ref": "Pet"}}"#, field: #"{"type": "string", "readOnly": true}"#), ExpectedDiagnostic(
            "operation 'getPet' sends model 'Pet', whose field 'name' is readOnly; request bodies cannot hold read-only fields",
            line: 11, column: 17, pointer: "/models/Pet/fields/name", at: #"{"type""#
        ))
    }

    @Test func aBodyHasNoDefault() throws {
        let diagnostics = diagnostics(try Self.withBody(#"{"type": "array", "items": {"ref": "Pet"}, "default": []}"#))
        #expect(diagnostics.map(\.location.path.pointer) == ["/operations/getPet/requestBody/default"])
        #expect(diagnostics.first?.message.hasPrefix("unknown key 'default' in 'requestBody'") == true, "\(diagnostics)")
    }

    @Test func anArrayOfAModelWithReadOnlyFieldsIsRefusedAtTheField() throws {
        expectDiagnostic(try Self.withBody(#"{"type": "array", "items": {"ref": "Pet"}}"#, field: #"{"type": "string", "readOnly": true}"#), ExpectedDiagnostic(
            "operation 'getPet' sends model 'Pet', whose field 'name' is readOnly; request bodies cannot hold read-only fields",
            line: 11, column: 17, pointer: "/models/Pet/fields/name", at: #"{"type""#
        ))
    }

    @Test func anArrayOfEnumValuesIsABody() throws {
        let text = try SpecFixture.spec([
            #""Pet": {"#: #""Kind": {"kind": "enum", "values": ["cat", "dog"]}, "Pet": {"#,
            #""response": {"status": 200, "result": {"ref": "Pet"}}"#: #""requestBody": {"type": "array", "items": {"ref": "Kind"}}, "response": {"status": 200, "result": {"ref": "Pet"}}"#,
        ])
        #expect(diagnostics(text).isEmpty, "\(diagnostics(text))")
    }

    @Test func anExampleBodyIsCheckedItemByItem() throws {
        let example = #", "examples": [{"name": "two", "request": {"parameters": {"id": "p"}, "body": [{"name": "a"}, {"name": 1}]}, "response": {"status": 200, "body": {"result": {"name": "a"}}}}]"#
        let text = try Self.withBody(#"{"type": "array", "items": {"ref": "Pet"}, "maxItems": 1}"#, after: example)
        let found = diagnostics(text)
        #expect(found.map(\.message) == [
            "example 'two' of operation 'getPet': request $: 2 items, at most 1",
            "example 'two' of operation 'getPet': request [1].name: expected a string, found a number",
        ])
        #expect(found.map(\.location.path.pointer) == ["/operations/getPet/examples/0", "/operations/getPet/examples/0"])
    }
}
