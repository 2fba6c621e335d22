import Testing

/// What the loader checks in each part of the spec by itself: keys, types, required keys, type
/// names and which constraints a type can have.
@Suite("Spec shape errors")
struct ShapeErrorTests {
    static let fieldKeys = "type, ref, format, items, values, minLength, maxLength, pattern, minimum, maximum, minItems, maxItems, "
        + "minProperties, maxProperties, uniqueItems, const, multipleOf, exclusiveMinimum, exclusiveMaximum, default, example, required, nullable, "
        + "readOnly, writeOnly, sensitive, deprecated, description, swiftName, cli"

    @Test func unknownKeySuggestsTheClosestKnownOne() throws {
        let text = try SpecFixture.spec([#""required": true}"#: #""required": true, "requird": true, "colour": "red"}"#])
        expectDiagnostics(text, [
            ExpectedDiagnostic(
                "unknown key 'requird' in field 'name'; did you mean 'required'? (expected one of: \(Self.fieldKeys))",
                line: 11, column: 54, pointer: "/models/Pet/fields/name/requird", at: #""requird""#
            ),
            ExpectedDiagnostic(
                "unknown key 'colour' in field 'name' (expected one of: \(Self.fieldKeys))",
                line: 11, column: 71, pointer: "/models/Pet/fields/name/colour", at: #""colour""#
            ),
        ])
    }

    @Test func theCatalogModuleIsNotTheClientModule() throws {
        let text = try SpecFixture.spec([#""protocol": "PetsAPI"}"#: #""protocol": "PetsAPI", "commandLineModule": "Pets"}"#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "'commandLineModule' must name another module than 'name' ('Pets'); leave it out to keep the catalog in the client module",
            line: 4, column: 118, pointer: "/module/commandLineModule", at: #""Pets""#
        ))
    }

    @Test func envelopeMemberNamesAreNotEmpty() throws {
        let text = try SpecFixture.spec([#""resultField": "result""#: #""resultField": """#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "'resultField' must name a member of the envelope; it is empty (for answers whose whole body is the result, leave 'envelope' out or set it to null; for one operation, set its \"envelope\": false)",
            line: 6, column: 31, pointer: "/envelope/resultField", at: #""""#
        ))
    }

    @Test func modelsHaveNoSwiftName() throws {
        // The model's name is its Swift type name (after naming rules); there is no override.
        let text = try SpecFixture.spec([#""kind": "object","#: #""kind": "object", "swiftName": "Animal","#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "unknown key 'swiftName' in model 'Pet' (expected one of: kind, description, source, deprecated, unknownFields, additionalFields, requiredAlternatives, includes, fields, values, variants, discriminator)",
            line: 9, column: 25, pointer: "/models/Pet/swiftName", at: #""swiftName""#
        ))
    }

    @Test(arguments: [
        ("\"required\": true}", "\"required\": \"yes\"}",
         ExpectedDiagnostic("'required' must be true or false, found a string", line: 11, column: 48,
                            pointer: "/models/Pet/fields/name/required", at: "\"yes\"")),
        ("\"status\": 200", "\"status\": \"200\"",
         ExpectedDiagnostic("'status' must be a whole number, found a string", line: 22, column: 30,
                            pointer: "/operations/getPet/response/status", at: "\"200\"")),
        ("\"status\": 200", "\"status\": 200.5",
         ExpectedDiagnostic("'status' must be a whole number, found 200.5", line: 22, column: 30,
                            pointer: "/operations/getPet/response/status", at: "200.5")),
        ("\"status\": 200", "\"status\": 404",
         ExpectedDiagnostic("'status' must be between 200 and 299, found 404", line: 22, column: 30,
                            pointer: "/operations/getPet/response/status", at: "404")),
        ("\"formatVersion\": 1", "\"formatVersion\": 2",
         ExpectedDiagnostic("'formatVersion' 2 is not supported; this apigen reads format 1", line: 2, column: 20,
                            pointer: "/formatVersion", at: "2")),
        ("\"title\": \"Pets\"", "\"title\": [\"Pets\"]",
         ExpectedDiagnostic("'title' must be a string, found an array", line: 3, column: 21,
                            pointer: "/info/title", at: "[\"Pets\"]")),
        ("\"method\": \"GET\",", "\"method\": \"GET\", \"idempotent\": \"yes\",",
         ExpectedDiagnostic("'idempotent' must be true or false, found a string", line: 17, column: 38,
                            pointer: "/operations/getPet/idempotent", at: "\"yes\"")),
        ("\"in\": \"path\"", "\"in\": \"cookie\"",
         ExpectedDiagnostic("'in' must be one of path, query, header, found 'cookie'", line: 20, column: 22,
                            pointer: "/operations/getPet/parameters/id/in", at: "\"cookie\"")),
    ] as [(String, String, ExpectedDiagnostic)])
    func wrongType(old: String, new: String, expected: ExpectedDiagnostic) throws {
        expectDiagnostic(try SpecFixture.spec([old: new]), expected)
    }

    @Test func missingRequiredKey() throws {
        let text = try SpecFixture.spec(["\"method\": \"GET\",\n": ""])
        expectDiagnostic(text, ExpectedDiagnostic(
            "operation 'getPet' is missing the required key 'method'",
            line: 16, column: 15, pointer: "/operations/getPet", at: "{"
        ))
    }

    @Test func missingTopLevelSection() throws {
        let text = try SpecFixture.spec([#""server": {"baseURL": "https://api.example.com"},"#: ""])
        expectDiagnostic(text, ExpectedDiagnostic(
            "the spec is missing the required key 'server'", line: 1, column: 1, pointer: "", at: "{"
        ))
    }

    @Test func unknownTypeName() throws {
        let text = try SpecFixture.spec([#""type": "string", "required""#: #""type": "strng", "required""#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "unknown type 'strng'; did you mean 'string'? (expected one of: string, integer, number, boolean, array, map, object, any, bytes)",
            line: 11, column: 26, pointer: "/models/Pet/fields/name/type", at: #""strng""#
        ))
    }

    @Test func typeAndReferenceTogether() throws {
        let text = try SpecFixture.spec([#""type": "string", "required""#: #""type": "string", "ref": "Pet", "required""#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "'type' and 'ref' cannot both be given: 'ref' names a model, which is its own type",
            line: 11, column: 43, pointer: "/models/Pet/fields/name/ref", at: #""Pet""#
        ))
    }

    @Test func constraintThatDoesNotApply() throws {
        let text = try SpecFixture.spec([#""type": "string", "required""#: #""type": "integer", "maxLength": 3, "required""#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "'maxLength' does not apply to type 'integer'",
            line: 11, column: 37, pointer: "/models/Pet/fields/name/maxLength", at: #""maxLength""#
        ))
    }

    @Test func constraintOnAReference() throws {
        let text = try SpecFixture.spec([#""result": {"ref": "Pet"}"#: #""result": {"ref": "Pet", "minItems": 1}"#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "'minItems' does not apply to a reference to 'Pet'",
            line: 22, column: 60, pointer: "/operations/getPet/response/result/minItems", at: #""minItems""#
        ))
    }
}
