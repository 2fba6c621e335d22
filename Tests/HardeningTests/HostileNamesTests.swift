import APIGenJSON
import APIGenSpec
import APIGenerator
import Foundation
import Testing
import TestSupport

/// A spec made of names that are Swift keywords, that collide after case conversion, start with
/// digits or are not ASCII, and of descriptions that try to end comments, open strings or
/// reorder code (`Fixtures/HostileNames/spec/hostile-names.json`): the generated code must say
/// the same things, and compile (FixturePackageTests builds it with the build plugin and runs `hostile-demo`).
@Suite("Hostile names and text")
struct HostileNamesTests {
    static let fixture = Repository.fixturesFolder.appending(path: "HostileNames")
    static let specURL = fixture.appending(path: "spec/hostile-names.json")
    static let fileName = "spec/hostile-names.json"

    static func generated() throws -> [String: String] {
        let files = try Generator.generate(specData: Data(contentsOf: specURL), fileName: fileName)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) })
    }

    @Test("keywords are escaped, unusable names renamed, clashes numbered, digits and symbols made identifiers")
    func names() throws {
        let files = try Self.generated()
        let types = try #require(files["Types.swift"])
        let client = try #require(files["Client.swift"])
        let expectedInTypes = [
            // Keywords in backticks; `self`, `Self`, `init` and `_` cannot be members even so.
            "public var `default`: Swift.String", "public var `protocol`: Swift.String?", "public var `where`: [Swift.String]?",
            "public var self_: Swift.Int?", "case self_ = \"self\"", "public var self_2: Swift.String?", "case self_2 = \"Self\"",
            "public var init_: Swift.String?", "case init_ = \"init\"", "public var _5F: Swift.String?", "case _5F = \"_\"",
            "public var type: Swift.String?", "case type = \"Type\"",
            // Clashes after conversion, and with the generated `unknownFields`.
            "public var isUpstream: Swift.Bool?", "case isUpstream = \"is_upstream\"",
            "public var isUpstream2: Swift.Bool?", "case isUpstream2 = \"isUpstream\"",
            "public var unknownFields2: Swift.String?", "case unknownFields2 = \"unknownFields\"", "public var unknownFields: APIGenRuntime.JSONObject",
            // Digits and symbols; non-ASCII letters are kept.
            "public var _2fa: Swift.Bool?", "case _2fa = \"2fa\"", "public var _1F680: Swift.String?", "case _1F680 = \"🚀\"",
            "public var naïve: Swift.String?", "public var 名前: Swift.String?",
            // Fields named like the decoder's and encoder's own names get distinct locals.
            "var pathValue: Swift.String?", "var jsonValue: Swift.String?", "var objectValue: APIGenRuntime.JSONObject?", "var memberValue: Swift.String?",
            "self.path = try APIGenRuntime.requireField(pathValue, \"path\", at: path)", "object.encodeIfPresent(self.object, forKey: CodingKeys.object.rawValue)",
            // Enum values.
            "case `default`\n", "case `protocol`\n", "case unknown2\n", "case rawValue2\n", "case aB\n", "case quoted\n",
            "case unknown(Swift.String)", #"case "\"quoted\\\"":"#, "self = .unknown2", "case .`default`:",
            // A model named `default`, and the secret redacted.
            "public struct Default: APIGenRuntime.JSONModel", "\"secret\": APIGenRuntime.Redacted.mask(self.secret) as Any",
        ]
        for text in expectedInTypes {
            #expect(types.contains(text), "Types.swift lacks \(text.debugDescription)")
        }
        let expectedInClient = [
            // Parameters named like the method's own locals are renamed; the query keeps the spec's names.
            "report2: Swift.Int?", "envelope2: Swift.String?", "core2: Swift.Bool?", "body2: Swift.String?", "options2: Swift.String?",
            "APIGenRuntime.QueryItem(\"report\", report2)", "APIGenRuntime.QueryItem(\"envelope\", envelope2)", "APIGenRuntime.QueryItem(\"core\", core2)",
            "APIGenRuntime.QueryItem(\"body\", body2)", "APIGenRuntime.QueryItem(\"options\", options2)", "APIGenRuntime.QueryItem(\"Type\", type)",
            "APIGenRuntime.QueryItem(\"default\", `default`)", ".parameter(self_.queryText)", ".parameter(`protocol`.queryText)",
            "report.check(report2, at: APIGenRuntime.JSONPath.root + \"report\", minimum: 1)",
            "public static func headerPair(userID: Swift.String, type: Swift.String) -> APIGenRuntime.Credentials",
            "try await getThing(self_: self_, protocol: `protocol`, type: type, default: `default`, report2: report2",
        ]
        // Compared without whitespace, so the renderer may wrap long calls as it likes.
        let compactClient = client.filter { !$0.isWhitespace }
        for text in expectedInClient {
            #expect(compactClient.contains(text.filter { !$0.isWhitespace }), "Client.swift lacks \(text.debugDescription)")
        }
        // No stored property is declared twice in Thing.
        let thing = types.components(separatedBy: "public struct Thing")[1].components(separatedBy: "\n}\n")[0]
        let properties = thing.split(separator: "\n").filter { $0.hasPrefix("    public var ") }.map { $0.split(separator: ":")[0] }
        #expect(properties.count == 24 && Set(properties).count == properties.count, "\(properties)")
    }

    /// Every description, as the doc comment must show it: one comment line per line of text,
    /// bidi and other control characters as visible `\u{…}` escapes.
    static func expectedCommentLines(_ text: String) -> [String] {
        let bidi: Set<UInt32> = [0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
        return text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map { line in
            var shown = ""
            for scalar in line.unicodeScalars {
                if bidi.contains(scalar.value) || scalar.value < 0x20 {
                    shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    shown.unicodeScalars.append(scalar)
                }
            }
            return shown
        }.filter { !$0.isEmpty }
    }

    @Test("every description reaches a doc comment intact; no text escapes its comment, and no bidi control is written raw")
    func descriptions() throws {
        let files = try Self.generated()
        let all = files.values.joined(separator: "\n")
        let commentLines = all.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("//") }

        let spec = try JSONParser.parse(Data(contentsOf: Self.specURL))
        var descriptions: [String] = []
        for path in JSONMutator.paths(in: spec) {
            if case .key("description")? = path.last, case .string(let text)? = JSONMutator.value(at: path, in: spec) { descriptions.append(text) }
        }
        #expect(descriptions.count > 40)
        for description in descriptions {
            for line in Self.expectedCommentLines(description) {
                #expect(commentLines.contains { $0.contains(line) }, "no doc comment says \(line.debugDescription)")
            }
        }
        let hostile = descriptions.joined()
        for needle in ["*/", "/*", "\"\"\"", "\\", "#\"", "\\(", "🚀", "\u{202E}", "\n", "\r\n"] {
            #expect(hostile.contains(needle), "the fixture no longer has \(needle.debugDescription) in a description")
        }

        for (name, contents) in files {
            for (number, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // Outside comments and string literals, no comment marker or multi-line string
                // delimiter, and every string literal ends on its line.
                let (code, stringIsOpen) = Self.codeOutsideStringsAndComments(String(line))
                #expect(!stringIsOpen, "\(name):\(number + 1) leaves a string literal open: \(line)")
                for marker in ["*/", "/*", "\"\"\"", "#\""] where code.contains(marker) {
                    #expect(Bool(false), "\(name):\(number + 1) has \(marker) outside comments and strings: \(line)")
                }
                // Nothing that changes how the line reads or where it ends.
                let invisible = line.unicodeScalars.first {
                    (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) || $0.value == 0x200E || $0.value == 0x200F
                        || $0.value == 0x2028 || $0.value == 0x2029 || $0.value == 0x0D || ($0.value < 0x20 && $0.value != 0x09)
                }
                #expect(invisible == nil, "\(name):\(number + 1) contains U+\(String(invisible?.value ?? 0, radix: 16, uppercase: true)) raw")
            }
        }
    }

    /// The code of one line with `"…"` literals (escapes honoured) and the `//` comment removed,
    /// and whether a literal is still open at the end of the line.
    static func codeOutsideStringsAndComments(_ line: String) -> (code: String, stringIsOpen: Bool) {
        var code = ""
        var inString = false
        var escaped = false
        var previous: Character?
        for character in line {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false; code.append("S") }
            } else if character == "\"" {
                inString = true
            } else if character == "/", previous == "/" {
                code.removeLast()
                return (code, false)
            } else {
                code.append(character)
            }
            previous = inString ? nil : character
        }
        return (code, inString)
    }

    @Test("names Swift cannot use for methods or arguments are refused with located errors, not generated",
          arguments: [
              ("/operations", "get_thing", "default", "operation 'default' becomes the method default"),
              ("/authentication", "bearerToken", "protocol", "authentication scheme 'protocol' becomes the function protocol"),
              ("/authentication/headerPair/credentials", "user_id", "self", "credential 'self' becomes the argument self"),
          ])
    func refusedNames(container: String, from: String, to: String, message: String) throws {
        var spec = try JSONParser.parse(Data(contentsOf: Self.specURL))
        let containerPath = container.split(separator: "/").map { JSONPath.Component.key(String($0)) }
        guard case .object(let object)? = JSONMutator.value(at: containerPath, in: spec) else {
            Issue.record("the fixture has no \(container)")
            return
        }
        let renamed = object.members.map { $0.key == from ? JSONObject.Member(key: to, value: $0.value) : $0 }
        JSONMutator.set(.object(JSONObject(uniqueMembers: renamed)), at: containerPath, in: &spec)
        // References to a renamed operation or scheme follow it.
        var text = JSONSerializer.string(spec, options: .init(prettyPrinted: true))
        if container == "/authentication" { text = text.replacingOccurrences(of: "\"\(from)\"", with: "\"\(to)\"") }
        do {
            _ = try Generator.generate(specData: Data(text.utf8), fileName: Self.fileName)
            Issue.record("generated code for a spec with \(container)/\(to)")
        } catch {
            let diagnostic = error.diagnostics.first { $0.message.contains(message) }
            #expect(diagnostic != nil, "\(error)")
            #expect(diagnostic?.location.position != nil)
            // At the renamed member or the definition that holds it.
            let pointer = diagnostic?.location.path.pointer ?? ""
            #expect(pointer.split(separator: "/").count >= 2 && "\(container)/\(to)".hasPrefix(pointer), "located at \(pointer)")
        }
    }

    @Test("a base URL the generated client could not parse is refused, since the client force-unwraps URL(string:)",
          arguments: ["https://[oops", "https://%zz", "https://a|b", "https://", "https://a\"b", "ftp://example.com", "https://exa mple.com"])
    func unparsableBaseURL(baseURL: String) throws {
        var spec = try JSONParser.parse(Data(contentsOf: Self.specURL))
        JSONMutator.set(.string(baseURL), at: [.key("server"), .key("baseURL")], in: &spec)
        do {
            _ = try Generator.generate(specData: JSONSerializer.data(spec, options: .init(prettyPrinted: true)), fileName: Self.fileName)
            Issue.record("generated `URL(string: \(baseURL.debugDescription))!`, which is nil")
        } catch {
            #expect(error.diagnostics.map(\.location.path.pointer) == ["/server/baseURL"], "\(error)")
            #expect(error.diagnostics.first?.message.hasPrefix("'baseURL' must be an absolute http or https URL") == true)
        }
    }
}
