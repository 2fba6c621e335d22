import Foundation
import Testing

/// Misused `"deprecated"`: anything but true, false or a message is reported at the value.
@Suite("Deprecation errors")
struct DeprecationErrorTests {
    @Test(arguments: [
        (#""deprecated": """#, "'deprecated' must not be an empty message; use true for no message"),
        (#""deprecated": "  ""#, "'deprecated' must not be an empty message; use true for no message"),
        (#""deprecated": 1"#, "'deprecated' must be true, false or a message (a string), found a number"),
        (#""deprecated": ["Use paint"]"#, "'deprecated' must be true, false or a message (a string), found an array"),
    ])
    func aFieldsDeprecationMustBeABooleanOrAMessage(deprecated: String, message: String) throws {
        let text = try SpecFixture.spec([#"{"type": "string", "required": true}"#: #"{"type": "string", "required": true, \#(deprecated)}"#])
        expectDiagnostic(text, ExpectedDiagnostic(
            message, line: 11, column: 68, pointer: "/models/Pet/fields/name/deprecated", at: String(deprecated.dropFirst(14))
        ))
    }

    @Test func deprecatedFalseAndAMessageAreAccepted() throws {
        for deprecated in [#""deprecated": false"#, #""deprecated": "Use paint.""#, #""deprecated": true"#] {
            let text = try SpecFixture.spec([#"{"type": "string", "required": true}"#: #"{"type": "string", "required": true, \#(deprecated)}"#])
            expectDiagnostics(text, [])
        }
    }
}
