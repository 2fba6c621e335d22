import Foundation
import Testing

/// Models may hold themselves (through indirect storage), but a value must be able to end: a cycle of required,
/// non-nullable fields makes every value infinite and is refused at the field, for each model on the cycle.
@Suite("Recursive model errors")
struct RecursiveModelErrorTests {
    @Test func aRequiredSelfReferenceIsRefusedAtTheField() throws {
        expectDiagnostic(try SpecFixture.withField(#"{"ref": "Pet", "required": true}"#), ExpectedDiagnostic(
            "model 'Pet' has no finite value: its required field 'name' always holds another 'Pet'; make a field of the cycle optional, nullable or an array",
            line: 11, column: 17, pointer: "/models/Pet/fields/name", at: #"{"ref""#
        ))
    }

    @Test func aCycleThroughAnotherModelIsRefusedInEach() throws {
        let text = try SpecFixture.spec([
            #""name": {"type": "string", "required": true}"#: #""owner": {"ref": "Owner", "required": true}"#,
            #""Pet": {"#: #""Owner": {"kind": "object", "fields": {"pet": {"ref": "Pet", "required": true}}},"# + "\n    " + #""Pet": {"#,
        ])
        #expect(diagnostics(text).map(\.message) == [
            "model 'Owner' has no finite value: its required field 'pet' always holds 'Pet', which cannot end either; make a field of the cycle optional, nullable or an array",
            "model 'Pet' has no finite value: its required field 'owner' always holds 'Owner', which cannot end either; make a field of the cycle optional, nullable or an array",
        ])
        #expect(diagnostics(text).map(\.location.path.pointer) == ["/models/Owner/fields/pet", "/models/Pet/fields/owner"])
    }

    /// Optional, nullable or through an array, the value can end: each generates (the optional and nullable fields boxed).
    @Test(arguments: [
        #"{"ref": "Pet"}"#,
        #"{"ref": "Pet", "required": true, "nullable": true}"#,
        #"{"type": "array", "items": {"ref": "Pet"}, "required": true}"#,
        #"{"type": "map", "values": {"ref": "Pet"}, "required": true}"#,
    ])
    func aValueThatCanEndIsFine(field: String) throws {
        expectDiagnostics(try SpecFixture.withField(field), [])
    }

    /// A union ends when one of its variants does: a rule that is a match or the negation of a rule.
    @Test func aUnionEndsThroughAnyVariant() throws {
        let rule = #""Rule": {"kind": "union", "variants": [{"ref": "Match"}, {"ref": "Negation"}]}, "#
            + #""Match": {"kind": "object", "fields": {"equals": {"type": "string", "required": true}}}, "#
            + #""Negation": {"kind": "object", "fields": {"not": {"ref": "Rule", "required": true}}},"#
        expectDiagnostics(try SpecFixture.spec([#""Pet": {"#: rule + "\n    " + #""Pet": {"#]), [])
        let endless = #""Rule": {"kind": "union", "variants": [{"ref": "Negation"}]}, "#
            + #""Negation": {"kind": "object", "fields": {"not": {"ref": "Rule", "required": true}}},"#
        #expect(diagnostics(try SpecFixture.spec([#""Pet": {"#: endless + "\n    " + #""Pet": {"#])).map(\.location.path.pointer)
            == ["/models/Negation/fields/not"])
    }
}
