import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// Specs that are not JSON, or not JSON a spec may be: one located diagnostic each.
@Suite("Malformed JSON")
struct MalformedSpecTests {
    @Test func truncatedFile() throws {
        let end = try #require(SpecFixture.minimal.range(of: "https://api")).upperBound
        expectDiagnostic(String(SpecFixture.minimal[..<end]), ExpectedDiagnostic(
            "invalid JSON: expected '\"' to end the string that starts at 5:25, found end of input",
            line: 5, column: 37, pointer: "/server/baseURL", at: ""
        ))
    }

    @Test func trailingComma() throws {
        let text = try SpecFixture.spec([#""required": true}"#: #""required": true,}"#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "invalid JSON: expected a string key after ',', found '}' (trailing commas are not allowed)",
            line: 11, column: 53, pointer: "/models/Pet/fields/name", at: "}"
        ))
    }

    @Test func invalidUTF8() throws {
        var bytes = Data(SpecFixture.minimal.utf8)
        let title = try #require(bytes.range(of: Data(#""title": "Pets""#.utf8)))
        bytes[title.upperBound - 3] = 0xFF  // "Pe\xFFs"
        expectDiagnostics(bytes, [ExpectedDiagnostic(
            "invalid JSON: invalid UTF-8 in string: byte 0xFF never appears in UTF-8",
            line: 3, column: 24, pointer: "/info/title", atBytes: [0xFF, UInt8(ascii: "s")]
        )])
    }

    @Test func byteOrderMark() {
        expectDiagnostic("\u{FEFF}" + SpecFixture.minimal, ExpectedDiagnostic(
            "invalid JSON: JSON text must not start with a byte order mark (U+FEFF); save the file as UTF-8 without BOM",
            line: 1, column: 1, pointer: "", at: "\u{FEFF}{"
        ))
    }

    @Test func duplicateKey() throws {
        let text = try SpecFixture.spec([#""kind": "object","#: #""kind": "object", "kind": "enum","#])
        expectDiagnostic(text, ExpectedDiagnostic(
            "invalid JSON: duplicate key \"kind\" (first at 9:7)",
            line: 9, column: 25, pointer: "/models/Pet/kind", at: #""kind": "enum""#
        ))
    }

    @Test func nestingTooDeep() throws {
        let nested = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        let text = try SpecFixture.spec([#""required": true}"#: #""required": true, "example": \#(nested)}"#])
        // Five objects enclose the example (which starts at column 65), so 59 of its arrays fit and the 60th is refused.
        let arraysThatFit = SpecLoader.maximumDepth - 5
        expectDiagnostic(text, ExpectedDiagnostic(
            "invalid JSON: arrays and objects nest deeper than the limit of 64 levels",
            line: 11, column: 65 + arraysThatFit,
            pointer: "/models/Pet/fields/name/example" + String(repeating: "/0", count: arraysThatFit),
            at: String(repeating: "[", count: 70 - arraysThatFit) + "]"
        ))
    }

    @Test func fileTooLarge() throws {
        let data = Data(repeating: UInt8(ascii: " "), count: SpecLoader.maximumFileSize + 1)
        let found = diagnostics(data)
        #expect(found.map(\.description) == ["pets.json: error: the file is 33554433 bytes; a spec may be at most 33554432 bytes (at #)"])
        #expect(found.first?.location.position == nil)

        // From a file, the size is checked before anything is read.
        try withTemporaryFolder { folder in
            let url = folder.appending(path: "huge.json")
            try data.write(to: url)
            do throws(SpecError) {
                _ = try Generator.generate(specAt: url, displayName: "huge.json")
                Issue.record("a spec over the size limit generated")
            } catch {
                #expect(error.description == "huge.json: error: the file is 33554433 bytes; a spec may be at most 33554432 bytes (at #)")
            }
        }
    }
}
