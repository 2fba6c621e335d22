import Foundation
import Testing

/// What the validator checks across parts of the spec: references, Swift names, paths and
/// parameters, pagination, authentication.
@Suite("Spec cross-check errors")
struct CrossCheckErrorTests {
    /// The fixture with `models` (JSON members, one per line) added before `Pet`.
    static func addingModels(_ models: String...) throws -> String {
        try SpecFixture.spec([#""Pet": {"#: models.map { $0 + ",\n    " }.joined() + #""Pet": {"#])
    }

    /// The fixture with `operations` added before `getPet`.
    static func addingOperations(_ operations: String...) throws -> String {
        try SpecFixture.spec([#""getPet": {"#: operations.map { $0 + ",\n    " }.joined() + #""getPet": {"#])
    }

    @Test func danglingModelReference() throws {
        let text = try SpecFixture.spec([#"{"ref": "Pet"}"#: #"{"ref": "Pets"}"#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'getPet' result refers to model 'Pets', which the spec does not define; did you mean 'Pet'?",
            line: 22, column: 45, pointer: "/operations/getPet/response/result", at: #"{"ref": "Pets"}"#
        ))
    }

    @Test func twoModelsBecomeOneSwiftType() throws {
        let text = try Self.addingModels(#""pet_tag": {"kind": "enum", "values": ["a"]}"#, #""PetTag": {"kind": "enum", "values": ["b"]}"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            "model 'PetTag' and model 'pet_tag' (at #/models/pet_tag) both become the Swift type PetTag",
            line: 9, column: 15, pointer: "/models/PetTag", at: #"{"kind": "enum", "values": ["b"]}"#
        ))
    }

    @Test func twoOperationsBecomeOneMethod() throws {
        let text = try Self.addingOperations(#""get_pet": {"method": "GET", "path": "/pets", "response": {"status": 200, "result": {"type": "any"}}}"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'getPet' and operation 'get_pet' both become the method getPet",
            line: 17, column: 15, pointer: "/operations/getPet", at: "{\n"
        ))
    }

    @Test func twoOperationsUseOneCommand() throws {
        let text = try SpecFixture.spec([
            #""getPet": {"#: #""listPets": {"method": "GET", "path": "/pets", "cli": {"command": "show"}, "response": {"status": 200, "result": {"type": "any"}}},"#
                + "\n    " + #""getPet": {"cli": {"command": "show"},"#,
        ])
        expectDiagnostic(text, ExpectedDiagnostic(
            "operations 'listPets' and 'getPet' both use the command 'show'",
            line: 17, column: 15, pointer: "/operations/getPet", at: #"{"cli""#
        ))
    }

    @Test(arguments: [
        ("URL", "URL", 12), ("QueryItem", "QueryItem", 18), ("page", "Page", 13), ("self", "Self", 13), ("codingKeys", "CodingKeys", 19),
    ])
    func reservedTypeName(model: String, swiftType: String, column: Int) throws {
        let text = try Self.addingModels(#""\#(model)": {"kind": "enum", "values": ["a"]}"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            "model name '\(model)' is the Swift type \(swiftType) that generated code uses; choose another name",
            line: 8, column: column, pointer: "/models/\(model)", at: "{"
        ))
    }

    @Test func modelNamedLikeTheClient() throws {
        let text = try Self.addingModels(#""pets_client": {"kind": "enum", "values": ["a"]}"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            "model 'pets_client' has the name of the generated client or its protocol",
            line: 8, column: 20, pointer: "/models/pets_client", at: "{"
        ))
    }

    @Test func operationNamedAfterAKeyword() throws {
        let text = try Self.addingOperations(#""default": {"method": "GET", "path": "/pets", "response": {"status": 200, "result": {"type": "any"}}}"#)
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'default' becomes the method default, a name Swift reserves; choose another name",
            line: 16, column: 16, pointer: "/operations/default", at: #"{"method""#
        ))
    }

    @Test func swiftNameThatIsNotAnIdentifier() throws {
        let text = try SpecFixture.spec([#""required": true}"#: #""required": true, "swiftName": "pet name"}"#])
        expectDiagnostic(text, ExpectedDiagnostic(
            #"field 'name': swiftName "pet name" is not a Swift identifier (a letter or '_', then letters, digits or '_')"#,
            line: 11, column: 17, pointer: "/models/Pet/fields/name", at: #"{"type""#
        ))
    }

    @Test func pathPlaceholderWithoutParameter() throws {
        let text = try SpecFixture.spec([#""/pets/{id}""#: #""/pets/{id}/toys/{toy_id}""#])
        expectDiagnostic(text, ExpectedDiagnostic(
            #"operation 'getPet': path placeholder {toy_id} has no path parameter; add "toy_id": {"in": "path", "type": "string"} to 'parameters'"#,
            line: 16, column: 15, pointer: "/operations/getPet", at: "{\n"
        ))
    }

    @Test(arguments: [
        ("/pets/{id", "the '{' at character 7 is not closed by '}' before the next '{' or the end"),
        ("/pets/{i{d}", "the '{' at character 7 is not closed by '}' before the next '{' or the end"),
        ("/pets/id}", "the '}' at character 9 closes no '{'"),
        ("/pets/{}/{id}", "the placeholder at character 7 has no name; write {name}"),
    ])
    func pathThatIsNotATemplate(path: String, reason: String) throws {
        let text = try SpecFixture.spec([#""/pets/{id}""#: "\"\(path)\""])
        expectDiagnostic(text, ExpectedDiagnostic(
            "'path' '\(path)' is not a path template: \(reason)",
            line: 18, column: 15, pointer: "/operations/getPet/path", at: "\"\(path)\""
        ))
    }

    @Test func successStatusWithoutContent() throws {
        let text = try SpecFixture.spec([#""status": 200"#: #""status": 204"#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'getPet': status 204 answers have no body, but 'response' describes a result; leave 'result' out for an empty answer",
            line: 22, column: 45, pointer: "/operations/getPet/response/result", at: #"{"ref": "Pet"}"#
        ))
    }

    @Test func pathParameterMissingFromPath() throws {
        let text = try SpecFixture.spec([#""/pets/{id}""#: #""/pets""#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "path parameter 'id' does not appear in the path '/pets' as {id}",
            line: 20, column: 15, pointer: "/operations/getPet/parameters/id", at: #"{"in""#
        ))
    }

    /// A date-time parameter is a `Timestamp` sent as its RFC 3339 text (it was refused before); its example must be one.
    @Test func dateTimeParameter() throws {
        let text = try SpecFixture.spec([#""type": "string"}"#: #""type": "string", "format": "date-time"}"#])
        #expect(diagnostics(Data(text.utf8)).isEmpty)
        let example = try SpecFixture.spec([#""type": "string"}"#: #""type": "string", "format": "date-time", "example": "yesterday"}"#])
        #expect(diagnostics(Data(example.utf8)).map(\.location.path.pointer) == ["/operations/getPet/parameters/id"])
    }

    @Test func paginationNamesMissingParameters() throws {
        let text = try Self.addingOperations(#"""
            "listPets": {
                  "method": "GET",
                  "path": "/pets",
                  "parameters": {"page": {"in": "query", "type": "string"}},
                  "pagination": {"style": "pageNumber", "pageParameter": "page", "perPageParameter": "per_page", "info": "Pet"},
                  "response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}}
                }
            """#)
        expectDiagnostics(text, [
            ExpectedDiagnostic(
                "pagination parameter 'page' must be an integer",
                line: 19, column: 30, pointer: "/operations/listPets/parameters/page", at: #"{"in": "query""#
            ),
            ExpectedDiagnostic(
                "pagination names 'per_page', which is not a query parameter of operation 'listPets'",
                line: 20, column: 21, pointer: "/operations/listPets/pagination", at: #"{"style""#
            ),
        ])
    }

    @Test func bearerSchemeWithoutCredential() throws {
        let text = try SpecFixture.spec([#""models": {"#: #""authentication": {"token": {"kind": "bearer", "credentials": {}}},"# + "\n  " + #""models": {"#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "authentication scheme 'token' is a bearer scheme, which sends one token: it needs exactly one credential, found 0",
            line: 7, column: 31, pointer: "/authentication/token", at: #"{"kind""#
        ))
    }

    @Test func unknownAuthenticationScheme() throws {
        let text = try SpecFixture.spec([#""method": "GET","#: #""method": "GET", "authentication": ["token"],"#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'getPet' accepts authentication 'token', which the spec does not define",
            line: 16, column: 15, pointer: "/operations/getPet", at: "{\n"
        ))
    }
}
