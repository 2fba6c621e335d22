import APIGenDiff
import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import Foundation
import Testing

/// Unions beyond the generator: `apigen import` reads `oneOf`/`anyOf` (and `discriminator`) as unions instead of any JSON
/// value, and `apigen diff` classifies their variants. (`apigen export` writes them back: the round trip over the `unions`
/// snapshot is in `OpenAPITests`.)
@Suite("Unions in import and diff")
struct UnionBridgeTests {
    /// Cloudflare's two shapes: a purge body of object shapes (one inline, with a string-or-object item), and applications
    /// named by `type` through a discriminator mapping.
    static let document: JSONValue = [
        "openapi": "3.0.3",
        "info": ["title": "Zones", "version": "1"],
        "servers": [["url": "https://api.example.com"]],
        "paths": [
            "/zones/{zone_id}/purge_cache": ["post": [
                "operationId": "zone-purge",
                "parameters": [["name": "zone_id", "in": "path", "required": true, "schema": ["type": "string"]]],
                "requestBody": ["content": ["application/json": ["schema": ["oneOf": [
                    ["type": "object", "required": ["files"], "properties": ["files": ["type": "array", "items": ["oneOf": [
                        ["type": "string"], ["$ref": "#/components/schemas/FileWithHeaders"],
                    ]]]]],
                    ["type": "object", "required": ["tags"], "properties": ["tags": ["type": "array", "items": ["type": "string"]]]],
                ]]]]],
                "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                    "type": "object", "properties": ["result": ["$ref": "#/components/schemas/Application"]],
                ]]]]],
            ]],
        ],
        "components": ["schemas": [
            "FileWithHeaders": ["type": "object", "required": ["url"], "properties": ["url": ["type": "string"], "headers": ["type": "object"]]],
            "Application": [
                "oneOf": [["$ref": "#/components/schemas/SelfHosted"], ["$ref": "#/components/schemas/SaaS"]],
                "discriminator": ["propertyName": "type", "mapping": ["self_hosted": "#/components/schemas/SelfHosted", "saas": "#/components/schemas/SaaS"]],
            ],
            "SelfHosted": ["type": "object", "required": ["type", "domain"], "properties": ["type": ["type": "string"], "domain": ["type": "string"]]],
            "SaaS": ["type": "object", "required": ["type"], "properties": ["type": ["type": "string"], "saas_app": ["type": "object"]]],
        ]],
    ]

    @Test func importReadsOneOfAndTheDiscriminatorAsUnions() throws {
        let document = try OpenAPIDocument(root: Self.document, fileName: "zones.json")
        let imported = try OpenAPIImporter(document: document, options: ImportOptions(moduleName: "Zones", specFileName: "zones.json")).run()
        #expect(!imported.warnings.contains { $0.description.contains("union") }, "\(imported.warnings)")
        let models = imported.spec.models
        let application = try #require(models.first { $0.name == "Application" }?.unionModel)
        #expect(application.variants.map(\.schema.referencedModel) == ["SelfHosted", "SaaS"])
        #expect(application.discriminator?.field == "type")
        #expect(application.discriminator?.mapping.map(\.value) == ["self_hosted", "saas"])
        #expect(application.discriminator?.mapping.map(\.model) == ["SelfHosted", "SaaS"])
        let body = try #require(imported.spec.operations.first?.requestBody?.referencedModel)
        let purge = try #require(models.first { $0.name == body }?.unionModel)
        #expect(purge.variants.count == 2)
        let unions = models.filter { $0.unionModel != nil }.map(\.name)
        #expect(unions.count == 3, "\(unions)")  // the body, the files' items, Application
    }

    @Test func diffClassifiesVariants() throws {
        let base = """
            {"formatVersion": 1, "info": {"title": "A", "version": "1"}, "module": {"name": "A", "version": "1.0.0", "client": "AClient", "protocol": "AAPI"},
             "server": {"baseURL": "https://a.example.com"},
             "envelope": {"resultField": "result", "errorsField": "errors", "errorCodeField": "code", "errorMessageField": "message"},
             "models": {
               "Cat": {"kind": "object", "fields": {"type": {"type": "string", "required": true}}},
               "Dog": {"kind": "object", "fields": {"type": {"type": "string", "required": true}}},
               "Pet": {"kind": "union", "variants": VARIANTS, "discriminator": {"field": "type", "mapping": MAPPING}}
             },
             "operations": {"getPet": {"method": "GET", "path": "/pet", "response": {"status": 200, "result": {"ref": "Pet"}}}}}
            """
        func spec(_ variants: String, _ mapping: String) throws -> Spec {
            try SpecLoader.load(data: Data(base.replacingOccurrences(of: "VARIANTS", with: variants).replacingOccurrences(of: "MAPPING", with: mapping).utf8), fileName: "a.json")
        }
        let one = try spec(#"[{"ref": "Cat"}]"#, #"{"cat": "Cat"}"#)
        let two = try spec(#"[{"ref": "Cat"}, {"ref": "Dog"}]"#, #"{"cat": "Cat", "dog": "Dog"}"#)
        let added = SpecComparison.changes(from: one, to: two)
        #expect(added.map(\.impact) == [.additive], "\(added)")
        #expect(added.first?.message == "model 'Pet': variant Dog added (older clients read it as .unknown)")
        let removed = SpecComparison.changes(from: two, to: one)
        #expect(removed.map(\.impact) == [.breaking, .breaking], "\(removed)")
        #expect(removed.map(\.message) == ["model 'Pet': variant Dog removed: its Swift case is gone",
                                           "model 'Pet': discriminator value 'dog' no longer selects 'Dog'"])
        let remapped = SpecComparison.changes(from: one, to: try spec(#"[{"ref": "Cat"}]"#, #"{"kitten": "Cat"}"#))
        #expect(remapped.contains { $0.impact == .breaking && $0.message.contains("'cat' no longer selects 'Cat'") }, "\(remapped)")
    }
}

extension UnionBridgeTests {
    /// A `oneOf` the format cannot decide (two object alternatives, neither with a required member of its own, no
    /// discriminator) stays any JSON value, with a warning at the `oneOf`, and the spec still lints.
    @Test func importKeepsAnUndecidableUnionAsAnyValue() throws {
        let root: JSONValue = [
            "openapi": "3.1.0",
            "info": ["title": "Z", "version": "1"],
            "servers": [["url": "https://api.example.com"]],
            "paths": ["/thing": ["get": [
                "operationId": "get-thing",
                "responses": ["200": ["description": "ok", "content": ["application/json": ["schema": [
                    "type": "object", "properties": ["result": ["$ref": "#/components/schemas/Thing"]],
                ]]]]],
            ]]],
            "components": ["schemas": [
                "Thing": ["type": "object", "properties": ["shape": ["oneOf": [
                    // The same members, nothing to tell them apart by.
                    ["type": "object", "properties": ["a": ["type": "string"]]],
                    ["type": "object", "properties": ["a": ["type": "integer"]]],
                ]]]],
            ]],
        ]
        let imported = try OpenAPIImporter(document: try OpenAPIDocument(root: root, fileName: "z.json"),
                                           options: ImportOptions(moduleName: "Z", specFileName: "z.json")).run()
        let warning = try #require(imported.warnings.first { $0.cause == "union" })
        #expect(warning.path.pointer == "/components/schemas/Thing/properties/shape")
        #expect(imported.spec.models.allSatisfy { $0.unionModel == nil })
        let shape = imported.spec.model(named: "Thing")?.objectModel?.fields.first { $0.name == "shape" }
        #expect(shape?.schema.category == .any)
        #expect(imported.importedOperations.count == 1)
    }
}
