import APIGenSpec
import Foundation
import Testing

/// Misused `includes`: each mistake reported once, located at the include entry, the projected field name, or the
/// model's own field that conflicts.
@Suite("Composition errors")
struct CompositionErrorTests {
    /// The fixture with `models` (JSON members) added before `Pet`, and models to include.
    static func withModels(_ models: String) throws -> String {
        try SpecFixture.spec([#""models": {"#: #""models": {"# + models + #"""
            , "Server": {"kind": "object", "fields": {"id": {"type": "string", "required": true, "readOnly": true}, "name": {"type": "string", "required": true}, "hostname": {"type": "string"}}},
            "Tags": {"kind": "object", "fields": {"tags": {"type": "array", "items": {"type": "string"}}, "name": {"type": "string"}}},
            "Size": {"kind": "enum", "values": ["s", "m"]},
            """#])
    }

    static func expect(_ models: String, _ messages: [String], pointers: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = diagnostics(Data(try withModels(models).utf8))
        #expect(found.map(\.message) == messages, sourceLocation: sourceLocation)
        #expect(found.map(\.location.path.pointer) == pointers, sourceLocation: sourceLocation)
        #expect(found.allSatisfy { $0.location.position != nil }, sourceLocation: sourceLocation)
    }

    static func model(_ text: String) throws -> Model {
        let spec = try SpecLoader.load(data: Data(try withModels(text).utf8), fileName: SpecFixture.fileName)
        return try #require(spec.models.first { $0.name == "Portal" })
    }

    @Test func includedFieldsComeFirstInIncludeOrderThenTheModelsOwn() throws {
        let portal = try Self.model(#""Portal": {"kind": "object", "includes": [{"model": "Tags", "only": ["tags"]}, "Server"], "fields": {"port": {"type": "integer"}}}"#)
        #expect(portal.objectModel?.fields.map(\.name) == ["tags", "id", "name", "hostname", "port"])
        #expect(portal.objectModel?.includes.map(\.model) == ["Tags", "Server"])
        #expect(portal.objectModel?.includes.map(\.isWhole) == [false, true])
        // An included field keeps its definition, and where it is written.
        #expect(portal.objectModel?.fields[1].isReadOnly == true)
        #expect(portal.objectModel?.fields[1].location.path.pointer == "/models/Server/fields/id")
    }

    @Test func aProjectionChoosesFieldsAndWhichAreRequired() throws {
        let writable = try Self.model(#""Portal": {"kind": "object", "includes": [{"model": "Server", "writable": true}]}"#)
        #expect(writable.objectModel?.fields.map(\.name) == ["name", "hostname"])
        #expect(writable.objectModel?.fields.map(\.isRequired) == [true, false])
        let update = try Self.model(#""Portal": {"kind": "object", "includes": [{"model": "Server", "writable": true, "required": ["hostname"]}]}"#)
        #expect(update.objectModel?.fields.map(\.isRequired) == [false, true])
    }

    @Test func includesOfIncludesResolve() throws {
        let portal = try Self.model(#""Portal": {"kind": "object", "includes": ["Middle"]}, "Middle": {"kind": "object", "includes": [{"model": "Server", "only": ["name"]}], "fields": {"x": {"type": "string"}}}"#)
        #expect(portal.objectModel?.fields.map(\.name) == ["name", "x"])
    }

    @Test func aFieldIsDefinedOnce() throws {
        try Self.expect(#""Portal": {"kind": "object", "includes": ["Server"], "fields": {"name": {"type": "string", "required": true}}}"#,
                        ["field 'name' of model 'Portal' is already defined by the include of 'Server'; a field is defined once (leave it out of the include with 'only' to define it here)"],
                        pointers: ["/models/Portal/fields/name"])
        try Self.expect(#""Portal": {"kind": "object", "includes": ["Server", "Tags"]}"#,
                        ["include 1 of model 'Portal' gives field 'name', which the include of 'Server' already gives; a field is defined once (leave it out with 'only')"],
                        pointers: ["/models/Portal/includes/1"])
        // Leaving it out of the include is how a model redefines a field.
        try Self.expect(#""Portal": {"kind": "object", "includes": ["Server", {"model": "Tags", "only": ["tags"]}], "fields": {}}"#, [], pointers: [])
    }

    @Test func cyclesAreRefused() throws {
        try Self.expect(#""Portal": {"kind": "object", "includes": ["Loop"]}, "Loop": {"kind": "object", "includes": ["Portal"], "fields": {}}"#,
                        ["include 0 of model 'Loop': the includes form a cycle (Portal → Loop → Portal); a model cannot include itself"],
                        pointers: ["/models/Loop/includes/0"])
        try Self.expect(#""Portal": {"kind": "object", "includes": ["Portal"], "fields": {}}"#,
                        ["include 0 of model 'Portal': the includes form a cycle (Portal → Portal); a model cannot include itself"],
                        pointers: ["/models/Portal/includes/0"])
    }

    @Test func onlyExistingObjectModelsCanBeIncluded() throws {
        try Self.expect(#""Portal": {"kind": "object", "includes": ["Size"]}"#,
                        ["include 0 of model 'Portal' names 'Size', an enum model; only object models can be included"],
                        pointers: ["/models/Portal/includes/0"])
        try Self.expect(#""Portal": {"kind": "object", "includes": ["Servers"]}"#,
                        ["include 0 of model 'Portal' names model 'Servers', which the spec does not define; did you mean 'Server'?"],
                        pointers: ["/models/Portal/includes/0"])
        try Self.expect(#""Portal": {"kind": "enum", "values": ["a"], "includes": ["Server"]}"#,
                        ["'includes' belongs to object models; this model is an enum"], pointers: ["/models/Portal/includes"])
    }

    @Test func aProjectionNamesFieldsTheModelHas() throws {
        try Self.expect(#""Portal": {"kind": "object", "includes": [{"model": "Server", "only": ["name", "hostnam"]}]}"#,
                        ["include 0 of model 'Portal': model 'Server' has no field 'hostnam'; did you mean 'hostname'?"],
                        pointers: ["/models/Portal/includes/0/only/1"])
        try Self.expect(#""Portal": {"kind": "object", "includes": [{"model": "Server", "writable": true, "only": ["id"]}]}"#,
                        ["include 0 of model 'Portal': field 'id' of model 'Server' is read-only, and a writable include leaves it out"],
                        pointers: ["/models/Portal/includes/0/only/0"])
        try Self.expect(#""Portal": {"kind": "object", "includes": [{"model": "Server", "only": ["name"], "required": ["hostname"]}]}"#,
                        ["include 0 of model 'Portal': model 'Server' has no field 'hostname'"],
                        pointers: ["/models/Portal/includes/0/required/0"])
        try Self.expect(#""Portal": {"kind": "object", "includes": [{"model": "Server", "fields": ["name"]}]}"#,
                        ["unknown key 'fields' in an include (expected one of: model, only, writable, required)"],
                        pointers: ["/models/Portal/includes/0/fields"])
    }

    /// The validator sees the resolved fields: a request body that includes a read-only field is refused at that field,
    /// and its writable projection is accepted.
    @Test func aRequestBodyIncludesOnlyWritableFields() throws {
        func body(_ include: String) throws -> [SpecDiagnostic] {
            let text = try Self.withModels(#""Portal": {"kind": "object", "includes": [\#(include)]}"#)
                .replacingOccurrences(of: #""method": "GET""#, with: #""method": "PUT""#)
                .replacingOccurrences(of: #""response": {"status": 200"#, with: #""requestBody": {"ref": "Portal"}, "response": {"status": 200"#)
            return diagnostics(text)
        }
        let found = try body(#""Server""#)
        #expect(found.map(\.message) == ["operation 'getPet' sends model 'Portal', whose field 'id' is readOnly; request bodies cannot hold read-only fields"])
        #expect(found.map(\.location.path.pointer) == ["/models/Server/fields/id"])
        #expect(try body(#"{"model": "Server", "writable": true}"#).isEmpty)
    }
}
