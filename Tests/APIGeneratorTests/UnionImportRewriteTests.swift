import APIGenJSON
import APIGenRuntime
import APIGenOpenAPI
import APIGenSpec
import Testing

/// How `apigen import` states OpenAPI unions the format decides only after a rewrite, without approximating them: a
/// discriminator the variants' fixed values imply, nested `oneOf`s listed as one, members beside object alternatives
/// given to each; and what it still approximates (groups of members of which one is required), with a warning.
@Suite("Union import rewrites")
struct UnionImportRewriteTests {
    static func schema(_ type: String, _ properties: JSONValue, required: [String]) -> JSONValue {
        ["type": "object", "required": .array(required.map { .string($0) }), "properties": properties]
    }

    /// Shapes after Cloudflare's DNS records (one-value `type` enums), Workers bindings (`type` constants, a nested
    /// `oneOf`), DLP entries (`enabled` beside `anyOf` alternatives) and Workers builds (a branch or a commit).
    static let document: JSONValue = [
        "openapi": "3.1.0",
        "info": ["title": "Rewrites", "version": "1"],
        "servers": [["url": "https://api.example.com"]],
        "paths": ["/things": ["put": [
            "operationId": "put-things",
            "requestBody": ["content": ["application/json": ["schema": ["$ref": "#/components/schemas/Things"]]]],
            "responses": [
                "200": ["description": "ok", "content": ["application/json": ["schema": [
                    "type": "object", "properties": ["result": ["$ref": "#/components/schemas/Things"]],
                ]]]],
                // One failure shape or another, as Workers' 4XX answers.
                "4XX": ["description": "failure", "content": ["application/json": ["schema": ["anyOf": [
                    schema("object", ["errors": ["type": "array", "items": ["type": "string"]]], required: ["errors"]),
                    schema("object", ["reconciliation": ["type": "string"]], required: ["reconciliation"]),
                ]]]]],
            ],
        ]]],
        "components": ["schemas": [
            "Things": ["type": "object", "properties": [
                "record": ["$ref": "#/components/schemas/Record"],
                "stored": ["$ref": "#/components/schemas/StoredRecord"],
                "rule": ["$ref": "#/components/schemas/Rule"],
                "linked": ["anyOf": [
                    ["type": "integer"],
                    ["allOf": [["description": "A record to link."], ["$ref": "#/components/schemas/ARecord"]]],
                ]],
                "binding": ["$ref": "#/components/schemas/Binding"],
                "entry": ["$ref": "#/components/schemas/EntryUpdate"],
                "build": ["$ref": "#/components/schemas/BuildRequest"],
                "address": ["$ref": "#/components/schemas/Address"],
                "code": ["oneOf": [["type": "string", "description": "A code."], ["type": "string", "description": "A legacy code."]]],
                "app_id": ["oneOf": [["type": "string", "maxLength": 32], ["type": "string", "maxLength": 36, "readOnly": true]]],
                "since": ["oneOf": [["type": "string", "format": "date"], ["type": "string", "format": "date-time"]]],
                "after": ["anyOf": [["type": "string", "format": "date-time"], ["type": "string", "description": "Or any date."]]],
            ]],
            "Address": ["oneOf": [["type": "string", "format": "ipv4"], ["type": "string", "format": "ipv6"]]],
            "Record": ["oneOf": [["$ref": "#/components/schemas/ARecord"], ["$ref": "#/components/schemas/CNAMERecord"]]],
            "ARecord": schema("object", ["type": ["type": "string", "enum": ["A"]], "name": ["type": "string"]], required: ["type", "name"]),
            "CNAMERecord": schema("object", ["type": ["type": "string", "enum": ["CNAME"]], "name": ["type": "string"]], required: ["type", "name"]),
            // A discriminator the variants declare but do not require, as Cloudflare's ruleset rules' `action`.
            "Rule": [
                "oneOf": [["$ref": "#/components/schemas/BlockRule"], ["$ref": "#/components/schemas/LogRule"]],
                "discriminator": ["propertyName": "action", "mapping": ["block": "#/components/schemas/BlockRule", "log": "#/components/schemas/LogRule"]],
            ],
            "BlockRule": schema("object", ["action": ["type": "string", "enum": ["block"]], "expression": ["type": "string"]], required: ["expression"]),
            "LogRule": schema("object", ["action": ["type": "string", "enum": ["log"]], "expression": ["type": "string"]], required: ["expression"]),
            // Members beside `anyOf` of two unions (records without and with structured data), as DNS record answers.
            "StoredRecord": [
                "type": "object", "required": ["id"], "properties": ["id": ["type": "string"]],
                "anyOf": [["$ref": "#/components/schemas/WithoutData"], ["$ref": "#/components/schemas/WithData"]],
            ],
            "WithoutData": ["type": "object", "anyOf": [["$ref": "#/components/schemas/dns_ARecord"], ["$ref": "#/components/schemas/dns_CNAMERecord"]]],
            "WithData": ["type": "object", "anyOf": [["$ref": "#/components/schemas/dns_SRVRecord"], ["$ref": "#/components/schemas/dns_CAARecord"]]],
            "dns_ARecord": schema("object", ["type": ["type": "string", "enum": ["A"]], "content": ["type": "string"]], required: ["type"]),
            "dns_CNAMERecord": schema("object", ["type": ["type": "string", "enum": ["CNAME"]], "content": ["type": "string"]], required: ["type"]),
            "dns_SRVRecord": schema("object", ["type": ["type": "string", "enum": ["SRV"]], "data": ["type": "object", "properties": ["port": ["type": "integer"]]]], required: ["type"]),
            "dns_CAARecord": schema("object", ["type": ["type": "string", "enum": ["CAA"]], "data": ["type": "object", "properties": ["tag": ["type": "string"]]]], required: ["type"]),
            "Binding": ["oneOf": [["$ref": "#/components/schemas/PlainText"], ["$ref": "#/components/schemas/Secret"]]],
            "Secret": ["oneOf": [["$ref": "#/components/schemas/SecretText"], ["$ref": "#/components/schemas/SecretKey"]]],
            "PlainText": schema("object", ["type": ["type": "string", "const": "plain_text"], "text": ["type": "string"]], required: ["type"]),
            "SecretText": schema("object", ["type": ["type": "string", "const": "secret_text"], "text": ["type": "string"]], required: ["type"]),
            "SecretKey": schema("object", ["type": ["type": "string", "const": "secret_key"], "text": ["type": "string"]], required: ["type"]),
            "EntryUpdate": [
                "properties": ["enabled": ["type": "boolean"]],
                "required": ["enabled"],
                "anyOf": [
                    schema("object", ["type": ["type": "string", "enum": ["custom"]], "name": ["type": "string"]], required: ["type", "name"]),
                    schema("object", ["type": ["type": "string", "enum": ["predefined"]]], required: ["type"]),
                ],
            ],
            "BuildRequest": [
                "type": "object",
                "properties": ["branch": ["type": "string"], "commit_hash": ["type": "string"]],
                "anyOf": [["required": ["commit_hash"]], ["required": ["branch"]]],
            ],
        ]],
    ]

    static func imported() throws -> ImportResult {
        try OpenAPIImporter(document: try OpenAPIDocument(root: document, fileName: "rewrites.json"),
                            options: ImportOptions(moduleName: "Rewrites", specFileName: "rewrites.json")).run()
    }

    @Test func aDiscriminatorIsImpliedByTheVariantsOneValueEnums() throws {
        let imported = try Self.imported()
        let record = try #require(imported.spec.model(named: "Record")?.unionModel)
        #expect(record.discriminator?.field == "type")
        #expect(record.discriminator?.mapping.isEmpty == true)
        #expect(record.variants.map(\.schema.referencedModel) == ["ARecord", "CNAMERecord"])
        #expect(imported.text.contains(#""discriminator": {"field": "type"}"#) || imported.text.contains(#""field": "type""#))
    }

    @Test func aNestedUnionsVariantsAreListedInItsPlace() throws {
        let imported = try Self.imported()
        let binding = try #require(imported.spec.model(named: "Binding")?.unionModel)
        #expect(binding.variants.map(\.schema.referencedModel) == ["PlainText", "SecretText", "SecretKey"])
        #expect(binding.discriminator?.field == "type")
        // The nested union stays a model of its own where it is used alone.
        #expect(imported.spec.model(named: "Secret")?.unionModel?.variants.count == 2)
    }

    @Test func membersBesideObjectAlternativesBelongToEachOfThem() throws {
        let imported = try Self.imported()
        let entry = try #require(imported.spec.model(named: "EntryUpdate")?.unionModel)
        #expect(entry.variants.count == 2)
        #expect(entry.discriminator?.field == "type")
        for variant in entry.variants {
            let fields = try #require(variant.schema.referencedModel.flatMap { imported.spec.model(named: $0)?.objectModel?.fields })
            #expect(fields.first?.name == "enabled" && fields.first?.isRequired == true, "\(fields.map(\.name))")
        }
    }

    @Test func anErrorBodyMayBeAUnion() throws {
        let imported = try Self.imported()
        let failure = try #require(imported.spec.operations.first?.errors.first)
        #expect(failure.status == .range(4))
        let model = try #require(failure.body?.referencedModel)
        #expect(imported.spec.model(named: model)?.unionModel?.variants.count == 2)
        #expect(!imported.warnings.contains { $0.cause == "error body" }, "\(imported.warnings)")
    }

    @Test func anAllOfOfADescriptionAndAReferenceIsTheReference() throws {
        let imported = try Self.imported()
        let things = try #require(imported.spec.model(named: "Things")?.objectModel)
        let linked = try #require(things.fields.first { $0.name == "linked" }?.schema.referencedModel.flatMap { imported.spec.model(named: $0)?.unionModel })
        #expect(linked.variants.map(\.schema.category) == [.integer, .reference])
        #expect(linked.variants.last?.schema.referencedModel == "ARecord")
    }

    @Test func aDiscriminatorIsRequiredInEveryVariantAsOpenAPISays() throws {
        let imported = try Self.imported()
        let rule = try #require(imported.spec.model(named: "Rule")?.unionModel)
        #expect(rule.discriminator?.field == "action")
        for name in ["BlockRule", "LogRule"] {
            #expect(imported.spec.model(named: name)?.objectModel?.fields.first { $0.name == "action" }?.isRequired == true, "\(name)")
        }
        #expect(!imported.warnings.contains { $0.path.pointer.hasPrefix("/components/schemas/Rule") }, "\(imported.warnings)")
    }

    @Test func membersBesideUnionsOfObjectsBelongToEachOfTheirAlternativesNamedAfterThem() throws {
        let imported = try Self.imported()
        let stored = try #require(imported.spec.model(named: "StoredRecord")?.unionModel)
        #expect(stored.discriminator?.field == "type")
        let names = stored.variants.compactMap(\.schema.referencedModel)
        #expect(zip(names, ["ARecord", "CNAMERecord", "SRVRecord", "CAARecord"]).allSatisfy { $0.hasSuffix($1) } && names.count == 4, "\(names)")
        for (name, own) in zip(names, ["content", "content", "data", "data"]) {
            let fields = try #require(imported.spec.model(named: name)?.objectModel?.fields)
            #expect(fields.map(\.name) == ["id", "type", own], "\(name): \(fields.map(\.name))")
        }
        #expect(!imported.warnings.contains { $0.path.pointer.hasPrefix("/components/schemas/StoredRecord") }, "\(imported.warnings)")
    }

    /// Alternatives that are all strings and together allow what one string type does are that type; others stay a
    /// union (`date` or `date-time` strings cannot be told apart, so that one is any JSON value, warned).
    @Test func stringAlternativesThatOneTypeStatesAreThatType() throws {
        let imported = try Self.imported()
        let things = try #require(imported.spec.model(named: "Things")?.objectModel)
        func field(_ name: String) -> Field? { things.fields.first { $0.name == name } }
        func format(_ name: String) -> StringFormat? {
            if case .string(let format)? = field(name)?.schema.kind { format } else { nil }
        }
        #expect(format("address") == .ip)
        #expect(field("code")?.schema.isString == true && format("code") == nil)
        #expect(field("app_id")?.schema.constraints.maxLength == 36)
        // Any string is one of the alternatives: any string it is.
        #expect(field("after")?.schema.isString == true && format("after") == nil)
        #expect(imported.spec.model(named: "Address") == nil)
        #expect(imported.warnings.map(\.path.pointer) == ["/components/schemas/Things/properties/since"], "\(imported.warnings)")
    }

    /// Groups of members one of which is required (`anyOf` of `required`) are the model's `requiredAlternatives`:
    /// nothing above is approximated.
    @Test func groupsOfRequiredMembersAreRequiredAlternatives() throws {
        let imported = try Self.imported()
        #expect(imported.warnings.allSatisfy { $0.path.pointer.hasSuffix("/since") }, "\(imported.warnings)")
        let build = try #require(imported.spec.model(named: "BuildRequest")?.objectModel)
        #expect(build.fields.map(\.name) == ["branch", "commit_hash"])
        #expect(build.requiredAlternatives.map { $0.map(\.name) } == [["commit_hash"], ["branch"]])
    }

    /// `oneOf` of `required` groups (exactly one) is not stated: warned where.
    @Test func exactlyOneGroupIsApproximated() throws {
        let text = JSONSerializer.string(Self.document).replacingOccurrences(of: #""anyOf":[{"required":["commit_hash"]}"#, with: #""oneOf":[{"required":["commit_hash"]}"#)
        let imported = try OpenAPIImporter(document: try OpenAPIDocument(root: try JSONParser.parse(text), fileName: "rewrites.json"),
                                           options: ImportOptions(moduleName: "Rewrites", specFileName: "rewrites.json")).run()
        let warnings = imported.warnings.filter { !$0.path.pointer.hasSuffix("/since") }
        #expect(warnings.map(\.cause) == ["required alternatives"], "\(imported.warnings)")
        #expect(warnings.first?.path.pointer == "/components/schemas/BuildRequest/oneOf")
        #expect(warnings.first?.description.contains("exactly one of these must be present: commit_hash | branch") == true)
    }
}
