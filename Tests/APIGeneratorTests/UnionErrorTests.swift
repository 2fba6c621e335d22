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
            "Kitten": {"kind": "object", "fields": {"type": {"type": "string", "required": true}, "meows": {"type": "boolean", "required": true}}},
            "Size": {"kind": "enum", "values": ["s", "m"]},
            "Fit": {"kind": "enum", "values": ["m", "l"]},
            "Kind": {"kind": "enum", "values": ["cat", "kitten"]},
            "TypedCat": {"kind": "object", "fields": {"type": {"ref": "Kind", "required": true}}},
            "ConstantDog": {"kind": "object", "fields": {"type": {"type": "string", "const": "dog", "required": true}}},
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
            "Pick": {"kind": "union", "variants": [{"ref": "Cat"}, {"ref": "Dog"}], "discriminator": {"field": "type", "mapping": {"cat": "Cat"}}},
            "ByMembers": {"kind": "union", "variants": [{"ref": "Cat"}, {"ref": "Dog"}]},
            "ByFixedValues": {"kind": "union", "variants": [{"ref": "TypedCat"}, {"ref": "ConstantDog"}], "discriminator": {"field": "type"}},
            "Scalars": {"kind": "union", "variants": [{"ref": "Size"}, {"type": "string"}, {"type": "integer"}, {"type": "number"}]}
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
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cat"}, {"type": "any"}]}"#,
                        "variant 1 of union 'Animal' is type 'any'; a variant is an object or enum model ('ref'), or a string, integer, number, boolean, array, map or object",
                        pointer: "/models/Animal/variants/1")
        // Maps and any objects have no members of their own: two of them cannot be told apart.
        try Self.expect(#"{"kind": "union", "variants": [{"type": "map", "values": {"type": "string"}}, {"type": "object"}]}"#,
                        "union 'Animal': variant 0 (type 'map') and variant 1 (type 'object') have no member that no other object variant declares or requires, so they cannot be told apart (one such variant is the default); give the union a 'discriminator'",
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
        try Self.expect(#"{"kind": "union", "variants": [{"type": "integer"}, {"type": "integer", "minimum": 3}]}"#,
                        "union 'Animal': variant 0 and variant 1 are both plain integers and cannot be told apart; keep one (or make them enum models)",
                        pointer: "/models/Animal/variants/1")
        try Self.expect(#"{"kind": "union", "variants": [{"type": "string"}, {"ref": "Size"}, {"type": "string", "format": "uri"}]}"#,
                        "union 'Animal': variant 0 and variant 2 are both plain strings and cannot be told apart; keep one (or make them enum models)",
                        pointer: "/models/Animal/variants/2")
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Size"}, {"ref": "Fit"}]}"#,
                        #"union 'Animal': variant 0 and variant 1 both allow "m", so it cannot tell them apart"#, pointer: "/models/Animal/variants/1")
        try Self.expect(#"{"kind": "union", "variants": [{"type": "boolean"}, {"type": "boolean"}, {"type": "boolean"}]}"#,
                        "union 'Animal': variant 0, variant 1 and variant 2 are all JSON booleans and cannot be told apart; keep one", pointer: "/models/Animal/variants/1")
        // Cat and Kitten declare and require the same members: neither is marked, and only one can be the default.
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cat"}, {"ref": "Dog"}, {"ref": "Kitten"}]}"#,
                        "union 'Animal': variant 0 ('Cat') and variant 2 ('Kitten') have no member that no other object variant declares or requires, so they cannot be told apart (one such variant is the default); give the union a 'discriminator'",
                        pointer: "/models/Animal/variants/2")
    }

    @Test func theDiscriminatorIsANonNullableStringOfEveryVariant() throws {
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "Cat"}], "discriminator": {"field": "meows"}}"#,
                        "variant 0 of union 'Animal': the discriminator 'meows' of model 'Cat' must be a non-nullable string field (a plain string, a string constant or a string enum)",
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

    @Test func aDiscriminatorOfFixedValuesSelectsByThem() throws {
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "TypedCat"}, {"ref": "Cat"}], "discriminator": {"field": "type", "mapping": {"dog": "TypedCat"}}}"#,
                        "union 'Animal': discriminator value 'dog' maps to 'TypedCat', whose 'type' is never 'dog' (it is 'cat' or 'kitten')",
                        pointer: "/models/Animal/discriminator")
        try Self.expect(#"{"kind": "union", "variants": [{"ref": "ConstantDog"}, {"ref": "Dog"}], "discriminator": {"field": "type", "mapping": {"dog": "Dog"}}}"#,
                        "union 'Animal': variant 0 ('ConstantDog') is selected by its 'type' value 'dog', which already selects variant 1",
                        pointer: "/models/Animal/variants/0")
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
