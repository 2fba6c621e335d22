import Foundation
import Testing

/// Examples are checked against their operation: requests as strictly as the client checks its
/// arguments, responses as leniently as it decodes them.
@Suite("Example errors")
struct ExampleErrorTests {
    /// The fixture with a `createPet` operation whose one example sends `body` and gets back `result`;
    /// its body model refuses unknown fields and has an enum field.
    static func createExample(body: String, result: String = #"{"name": "Rex"}"#) throws -> String {
        try SpecFixture.spec([
            #""Pet": {"#: #"""
                "NewPet": {
                      "kind": "object",
                      "unknownFields": "reject",
                      "fields": {
                        "name": {"type": "string", "required": true},
                        "species": {"ref": "Species"}
                      }
                    },
                    "Species": {"kind": "enum", "values": ["cat", "dog"]},
                    "Pet": {
                """#.trimmingCharacters(in: .whitespacesAndNewlines),
            #""getPet": {"#: #"""
                "createPet": {
                      "method": "POST",
                      "path": "/pets",
                      "requestBody": {"ref": "NewPet"},
                      "response": {"status": 201, "result": {"ref": "Pet"}},
                      "examples": [
                        {"name": "new pet", "request": {"body": \#(body)}, "response": {"status": 201, "body": {"result": \#(result)}}}
                      ]
                    },
                    "getPet": {
                """#.trimmingCharacters(in: .whitespacesAndNewlines),
        ])
    }

    static func exampleError(_ message: String) -> ExpectedDiagnostic {
        ExpectedDiagnostic(
            "example 'new pet' of operation 'createPet': " + message,
            line: 31, column: 9, pointer: "/operations/createPet/examples/0", at: #"{"name": "new pet""#
        )
    }

    @Test func validExampleIsAccepted() throws {
        #expect(diagnostics(try Self.createExample(body: #"{"name": "Rex", "species": "cat"}"#)).isEmpty)
    }

    @Test func requestBodyWithUnknownField() throws {
        expectDiagnostic(try Self.createExample(body: #"{"name": "Rex", "colour": "red"}"#),
                         Self.exampleError("request colour: unknown field; model 'NewPet' has no field 'colour'"))
    }

    @Test func requestBodyWithWrongType() throws {
        expectDiagnostic(try Self.createExample(body: #"{"name": 7}"#),
                         Self.exampleError("request name: expected a string, found a number"))
    }

    @Test func requestWithUnknownEnumValue() throws {
        expectDiagnostic(try Self.createExample(body: #"{"name": "Rex", "species": "fish"}"#),
                         Self.exampleError(#"request species: "fish" is not one of cat, dog"#))
    }

    @Test func requestBodyMissingRequiredField() throws {
        expectDiagnostic(try Self.createExample(body: #"{"species": "cat"}"#),
                         Self.exampleError("request name: required field is missing"))
    }

    @Test func responseResultOfWrongType() throws {
        expectDiagnostic(try Self.createExample(body: #"{"name": "Rex"}"#, result: #"["Rex"]"#),
                         Self.exampleError("response result: expected an object, found an array"))
    }

    @Test func responseAcceptsUnknownEnumValue() throws {
        // Generated enums are open: a value the API adds later must decode, so examples may show one.
        let text = try SpecFixture.spec([
            #""required": true}"#: #""required": true}, "species": {"ref": "Species"}"#,
            #""Pet": {"#: #""Species": {"kind": "enum", "values": ["cat", "dog"]},"# + "\n    " + #""Pet": {"#,
            #""result": {"ref": "Pet"}}"#: #""result": {"ref": "Pet"}},"# + "\n      "
                + #""examples": [{"name": "new species", "request": {"parameters": {"id": "p1"}}, "response": {"status": 200, "body": {"result": {"name": "Rex", "species": "parrot"}}}}]"#,
        ])
        #expect(diagnostics(text).isEmpty)
    }

    @Test func missingRequiredParameter() throws {
        let text = try SpecFixture.spec([
            #""result": {"ref": "Pet"}}"#: #""result": {"ref": "Pet"}},"# + "\n      "
                + #""examples": [{"name": "no id", "request": {}, "response": {"status": 200, "body": {"result": {"name": "Rex"}}}}]"#,
        ])
        expectDiagnostic(text, ExpectedDiagnostic(
            "example 'no id' of operation 'getPet' does not set the required parameter 'id'",
            line: 23, column: 20, pointer: "/operations/getPet/examples/0", at: #"{"name": "no id""#
        ))
    }

    @Test func parameterOfWrongTypeAndUnknownParameter() throws {
        let text = try SpecFixture.spec([
            #""result": {"ref": "Pet"}}"#: #""result": {"ref": "Pet"}},"# + "\n      "
                + #""examples": [{"name": "bad", "request": {"parameters": {"id": 7, "page": 1}}, "response": {"status": 404, "body": {}}}]"#,
        ])
        let at = ExpectedDiagnostic("", line: 23, column: 20, pointer: "/operations/getPet/examples/0", at: #"{"name": "bad""#)
        expectDiagnostics(text, [
            "example 'bad' of operation 'getPet' sets parameter 'page', which the operation does not have",
            "example 'bad' of operation 'getPet': an undeclared error status needs a body with an 'errors' array",
            "example 'bad' of operation 'getPet': request id: expected a string, found a number",
        ].map { message in
            var expected = at
            expected.message = message
            return expected
        })
    }
}
