import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import Foundation
import Testing

/// `apigen import --into SPEC`: operations the spec lacks are added with the models and schemes they use; what is
/// there stays byte for byte.
@Suite("Import into a spec")
struct SpecMergeTests {
    static func importing(_ document: JSONValue, module: String = "Pets") throws -> ImportResult {
        try OpenAPIImporter(document: try OpenAPIDocument(root: document, fileName: "pets.openapi.json"),
                            options: ImportOptions(moduleName: module, specFileName: SpecFixture.fileName)).run()
    }

    /// Every line of `before`, in order, is a line of `after`: nothing was changed or removed, only lines added.
    static func onlyAdds(_ before: String, _ after: String) -> Bool {
        var remaining = after.split(separator: "\n", omittingEmptySubsequences: false)[...]
        for line in before.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let found = remaining.firstIndex(of: line) else { return false }
            remaining = remaining[(found + 1)...]
        }
        return true
    }

    static let document: JSONValue = [
        "openapi": "3.1.0", "info": ["title": "Pets", "version": "1"], "servers": [["url": "https://api.example.com"]],
        "paths": [
            // The spec has this one (its parameter has another name).
            "/pets/{petId}": ["get": [
                "operationId": "pets-get",
                "parameters": [["name": "petId", "in": "path", "required": true, "schema": ["type": "string"]]],
                "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                    "type": "object", "properties": ["result": ["$ref": "#/components/schemas/Pet"]]]]]]],
            ]],
            "/pets": ["get": [
                "operationId": "pets-list",
                "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                    "type": "object", "properties": ["result": ["type": "array", "items": ["$ref": "#/components/schemas/Pet"]]]]]]]],
            ]],
            "/owners": ["post": [
                "operationId": "owners-create",
                "requestBody": ["content": ["application/json": ["schema": ["$ref": "#/components/schemas/Owner"]]]],
                "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                    "type": "object", "properties": ["result": ["$ref": "#/components/schemas/Owner"]]]]]]],
            ]],
        ],
        "components": ["schemas": [
            // Not the spec's Pet: it has an age too.
            "Pet": ["type": "object", "required": ["name"], "properties": ["name": ["type": "string"], "age": ["type": "integer"]]],
            "Owner": ["type": "object", "required": ["name"], "properties": ["name": ["type": "string"]]],
        ]],
    ]

    @Test func theOperationsTheSpecLacksAreAddedAndNothingElseChanges() throws {
        let merged = try SpecMerge.merge(try Self.importing(Self.document), into: SpecFixture.minimal, fileName: SpecFixture.fileName)
        #expect(merged.existingOperations == ["getPet"])
        #expect(merged.addedOperations.sorted() == ["createOwner", "list"] || merged.addedOperations.count == 2, "\(merged.addedOperations)")
        #expect(Self.onlyAdds(SpecFixture.minimal, merged.text))
        #expect(merged.text.hasPrefix(String(SpecFixture.minimal.prefix(while: { $0 != "}" }))))
        // The imported Pet differs from the spec's: it comes under another name, and the new operations use that one.
        #expect(merged.addedModels.sorted() == ["Owner", "Pet2"])
        #expect(merged.spec.model(named: "Pet")?.objectModel?.fields.map(\.name) == ["name"])
        #expect(merged.spec.model(named: "Pet2")?.objectModel?.fields.map(\.name) == ["name", "age"])
        let list = try #require(merged.spec.operations.first { $0.path.text == "/pets" })
        #expect(list.response.result?.element?.referencedModel == "Pet2")
    }

    /// Importing what a spec already has changes nothing: the published six operations into the hand-written spec.
    @Test func importingWhatIsThereChangesNothing() throws {
        let published = try OpenAPIDocument(contentsOf: OpenAPITests.published, displayName: "published.json")
        let text = try String(contentsOf: PackagePaths.spec, encoding: .utf8)
        let imported = try OpenAPIImporter(document: published, options: ImportOptions(moduleName: "CloudflareMCP", specFileName: "mcp-servers.json")).run()
        let merged = try SpecMerge.merge(imported, into: text, fileName: "mcp-servers.json")
        #expect(merged.addedOperations.isEmpty && merged.addedModels.isEmpty)
        #expect(merged.existingOperations.count == imported.spec.operations.count)
        #expect(merged.text == text)
    }

    /// A model equal to the spec's (apart from where it was read) is the spec's, not a copy.
    @Test func anEqualModelIsTheSpecsOwn() throws {
        var document = Self.document
        document = try JSONParser.parse(JSONSerializer.string(document).replacingOccurrences(
            of: #","age":{"type":"integer"}"#, with: ""))
        let merged = try SpecMerge.merge(try Self.importing(document), into: SpecFixture.minimal, fileName: SpecFixture.fileName)
        #expect(merged.addedModels == ["Owner"])
        let list = try #require(merged.spec.operations.first { $0.path.text == "/pets" })
        #expect(list.response.result?.element?.referencedModel == "Pet")
    }

    @Test func aSpecThatIsNotJSONIsAnError() throws {
        #expect(throws: OpenAPIError.self) { try SpecMerge.merge(try Self.importing(Self.document), into: "{", fileName: "x.json") }
    }
}
