import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import Foundation
import Testing

/// `default` and `example` values in OpenAPI: `apigen import` writes each one and keeps exactly those lint accepts
/// (``SpecValidator/refusedValues(in:)``, the check lint itself runs), so an example of an object model is kept when it
/// fits; one that contradicts its own schema is left out with a warning at its place in the document.
@Suite("OpenAPI examples")
struct OpenAPIExampleTests {
    static let document: JSONValue = [
        "openapi": "3.0.3", "info": ["title": "Owners", "version": "1"], "servers": [["url": "https://api.example.com"]],
        "paths": ["/owners": ["get": [
            "operationId": "list-owners",
            "parameters": [["name": "limit", "in": "query", "schema": ["type": "integer", "maximum": 50], "example": 100]],
            "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                "type": "object", "properties": ["result": ["type": "array", "items": ["$ref": "#/components/schemas/Owner"]]],
            ]]]]],
        ]]],
        "components": ["schemas": [
            "Pet": ["type": "object", "required": ["name"], "properties": [
                "name": ["type": "string"],
                "age": ["type": "integer", "minimum": 0],
            ]],
            "Owner": ["type": "object", "properties": [
                "pet": ["$ref": "#/components/schemas/Pet", "example": ["name": "Rex", "age": 3]],
                "friend": ["allOf": [["$ref": "#/components/schemas/Pet"]], "example": ["age": -1]],
                "pets": ["type": "array", "items": ["$ref": "#/components/schemas/Pet"], "example": [["name": "Tom"]]],
            ]],
        ]],
    ]

    static func imported() throws -> ImportResult {
        try OpenAPIImporter(document: OpenAPIDocument(root: document, fileName: "owners.json"),
                            options: ImportOptions(moduleName: "Owners", specFileName: "owners-spec.json")).run()
    }

    @Test func examplesOfObjectModelsThatFitAreKept() throws {
        let owner = try #require(try Self.imported().spec.model(named: "Owner")?.objectModel)
        #expect(owner.fields.first { $0.name == "pet" }?.schema.example == ["name": "Rex", "age": 3])
        #expect(owner.fields.first { $0.name == "pets" }?.schema.example == [["name": "Tom"]])
    }

    @Test func examplesThatContradictTheirSchemaAreLeftOutWhereTheyAre() throws {
        let result = try Self.imported()
        #expect(result.warnings.map { "\($0.cause) \($0.path.pointer)" } == [
            "invalid example in source /components/schemas/Owner/properties/friend/example",
            "invalid example in source /paths/~1owners/get/parameters/0/example",
        ])
        let owner = try #require(result.spec.model(named: "Owner")?.objectModel)
        #expect(owner.fields.first { $0.name == "friend" }?.schema.example == nil)
        #expect(result.spec.operations.first?.parameters.first?.schema.example == nil)
    }

    /// The warning gives lint's own reasons: put the value back and lint refuses it for them.
    @Test func theWarningSaysWhatLintSays() throws {
        let result = try Self.imported()
        let warning = try #require(result.warnings.first { $0.path.pointer.hasSuffix("friend/example") })
        var spec = try JSONParser.parse(Data(result.text.utf8))
        guard case .object(var root) = spec, case .object(var models)? = root["models"], case .object(var owner)? = models["Owner"],
              case .object(var fields)? = owner["fields"], case .object(var friend)? = fields["friend"] else {
            Issue.record("the imported spec has no field Owner.friend")
            return
        }
        friend["example"] = ["age": -1]
        fields["friend"] = .object(friend)
        owner["fields"] = .object(fields)
        models["Owner"] = .object(owner)
        root["models"] = .object(models)
        spec = .object(root)
        let text = JSONSerializer.string(spec)
        let error = try #require(throws: SpecError.self) {
            try SpecValidator.validate(try SpecLoader.load(data: Data(text.utf8), fileName: "owners-spec.json"))
        }
        let problems = error.diagnostics.map(\.message)
        #expect(problems.count == 2, "\(problems)")
        for problem in problems {
            let reason = try #require(problem.components(separatedBy: "does not fit its own type: ").last)
            #expect(warning.message.contains(reason), "\(warning.message) does not give lint's reason \(reason)")
        }
    }
}
