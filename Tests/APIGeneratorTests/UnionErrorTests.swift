import Foundation
import Testing

/// Misused unions (`"kind": "union"`): each mistake reported once, at the union, variant or discriminator concerned.
@Suite("Union errors")
struct UnionErrorTests {
    /// The fixture with `models` (JSON members) added before `Pet`, and two object models to refer to.
    static func withModels(_ models: String) throws -> String {
        try SpecFixture.spec([#""models": {"#: #""models": {"# + models + #"""
            , "Cat": {"kind": "object", "fields": {"type": {"type": "string", "required": true}, "meows": {"type": "boolean", "required": true}}},
            "Dog": {"kind": "object", "fields": {"type": {"type": "string", "required": true}, "barks": {"type": "boolean", "required": true}, "meows": {"type": "boolean"}}},
            "Size": {"kind": "enum", "values": ["s", "m"]},
            """#])
    }

    static func expect(_ union: String, _ message: String, pointer: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = diagnostics(Data(try withModels(#""Animal": "# + union).utf8))
        #expect(found.map(\.message) == [message], sourceLocation: sourceLocation)
        #expect(found.first?.location.path.pointer == pointer, sourceLocation: sourceLocation)
        #expect(found.first?.location.position != nil, sourceLocation: sourceLocation)
    }

    @Test func aValidUnionGenerates() throws {
        let spec = try Self.withModels(#"""
            "Animal": {"kind": "union", "variants": [{"ref": "Cat"}, {"ref": "Size"}, {"type": "integer"}]},
            "Pick": {"kind": "union", "variants": [{"ref": "Cat"}, {"ref": "Dog"}], "discriminator": {"field": "type", "mapping": {"cat": "Cat"}}}
            """#)
        #expect(diagnostics(Data(spec.utf8)).map(\.message) == [])
    }

    @Test func aUnionNeedsVariants() throws {
        try Self.expect(#"{"kind": "union", "variants": []}"#,
                        #"a union model needs 'variants', a non-empty array of types ({"ref": model} or {"type": …})"#, pointer: "/models/Animal/variants")
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cat"}], "fields": {}}"#,
                        "'fields' belongs to object models; this model is a union", pointer: "/models/Animal/fields")
        try Self.expect(#"{"kind": "object", "fields": {}, "variants": []}"#,
                        "'variants' belongs to union models; this model is an object", pointer: "/models/Animal/variants")
    }

    @Test func aVariantIsAModelOrAScalar() throws {
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cat"}, {"type": "object"}]}"#,
                        "variant 1 of union 'Animal' is type 'object'; a variant is an object or enum model ('ref'), or a string, integer, number, boolean or array",
                        pointer: "/models/Animal/variants/1")
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cats"}]}"#,
                        "variant 0 of union 'Animal' refers to model 'Cats', which the spec does not define; did you mean 'Cat'?",
                        pointer: "/models/Animal/variants/0")
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Animal"}]}"#,
                        "variant 0 of union 'Animal' is the union 'Animal'; list its variants instead", pointer: "/models/Animal/variants/0")
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cat"}, {"ref": "Cat"}]}"#,
                        "variant 1 of union 'Animal': model 'Cat' is already a variant", pointer: "/models/Animal/variants/1")
    }

    @Test func variantsOfOneJSONKindMustBeTellable() throws {
        try Self.expect(#"{"kind": "union", "variants": [{"type": "integer"}, {"type": "number"}]}"#,
                        "union 'Animal': variant 0 and variant 1 are both JSON numbers and cannot be told apart; keep one", pointer: "/models/Animal/variants/1")
        try Self.expect(#"{"kind": "union", "variants": [{"type": "string"}, {"ref": "Size"}]}"#,
                        "union 'Animal': variant 0 and variant 1 are both JSON strings and cannot be told apart; keep one", pointer: "/models/Animal/variants/1")
        // Dog has a required member Cat lacks (barks), Cat has none that Dog lacks (meows is one of Dog's fields too).
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cat"}, {"ref": "Dog"}]}"#,
                        "union 'Animal': variant 0 ('Cat') has no required field that the other object variants lack, so it cannot be told apart from them; give the union a 'discriminator'",
                        pointer: "/models/Animal/variants/0")
    }

    @Test func theDiscriminatorIsARequiredStringOfEveryVariant() throws {
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cat"}], "discriminator": {"field": "meows"}}"#,
                        "variant 0 of union 'Animal': the discriminator 'meows' of model 'Cat' must be a required, non-nullable string field",
                        pointer: "/models/Cat/fields/meows")
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cat"}, {"ref": "Pet"}], "discriminator": {"field": "type"}}"#,
                        "variant 1 of union 'Animal': model 'Pet' has no field 'type', the discriminator", pointer: "/models/Animal/variants/1")
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cat"}, {"type": "string"}], "discriminator": {"field": "type"}}"#,
                        "variant 1 of union 'Animal' is type 'string'; with a discriminator every variant is an object model", pointer: "/models/Animal/variants/1")
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cat"}], "discriminator": {"field": "type", "mapping": {"dog": "Dog"}}}"#,
                        "union 'Animal': discriminator value 'dog' maps to 'Dog', which is not one of its variants", pointer: "/models/Animal/discriminator")
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cat"}, {"ref": "Dog"}], "discriminator": {"field": "type", "mapping": {"Dog": "Cat"}}}"#,
                        "union 'Animal': variant 1 ('Dog') has no discriminator value of its own: 'Dog' selects another variant", pointer: "/models/Animal/variants/1")
    }

    @Test func examplesFollowTheUnionsDecision() throws {
        let spec = try SpecFixture.spec([
            #""result": {"ref": "Pet"}}"#: #""result": {"ref": "Pet"}}, "examples": [{"name": "e", "request": {"parameters": {"id": "1"}}, "response": {"status": 200, "body": {"result": {"name": 1}}}}]"#,
            #""name": {"type": "string", "required": true}"#: #""name": {"ref": "Name", "required": true}"#,
            #""models": {"#: #""models": {"Name": {"kind": "union", "variants": [{"type": "string", "maxLength": 3}, {"type": "boolean"}]},"#,
        ])
        #expect(diagnostics(Data(spec.utf8)).map(\.message) == [])
        let long = spec.replacingOccurrences(of: #"{"name": 1}"#, with: #"{"name": "Felix"}"#)
        #expect(diagnostics(Data(long.utf8)).map(\.message) == ["example 'e' of operation 'getPet': response result.name: 5 characters, at most 3"])
    }
}
