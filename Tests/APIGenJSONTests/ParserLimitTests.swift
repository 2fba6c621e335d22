import APIGenJSON
import Foundation
import Testing

@Suite("Depth and size limits")
struct ParserLimitTests {
    @Test func presets() {
        #expect(JSONParseOptions.strict.duplicateKeys == .reject)
        #expect(JSONParseOptions.strict.maxDepth == 512)
        #expect(JSONParseOptions.strict.maxBytes == nil)
        #expect(JSONParseOptions.lenient.duplicateKeys == .lastWins)
    }

    @Test func depthUpToTheLimitIsAccepted() throws {
        let options = JSONParseOptions(maxDepth: 2)
        #expect(try JSONParser.parse("[[1]]", options: options) == [[1]])
        #expect(try JSONParser.parse(#"{"a":{}}"#, options: options) == ["a": [:]])
        #expect(try JSONParser.parse("7", options: JSONParseOptions(maxDepth: 0)) == 7)
    }

    @Test func deeperIsRefusedAtTheOpeningBracket() {
        let error = syntaxError("[[[1]]]", options: JSONParseOptions(maxDepth: 2))
        #expect(error?.kind == .tooDeep(limit: 2))
        #expect(error?.description == "1:3: arrays and objects nest deeper than the limit of 2 levels")
        #expect(error?.path.pointer == "/0/0")
        // Empty containers count too.
        #expect(syntaxError(#"{"a":{"b":[]}}"#, options: JSONParseOptions(maxDepth: 2))?.kind == .tooDeep(limit: 2))
    }

    @Test func defaultLimitIs512() throws {
        let atLimit = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try JSONParser.parse(atLimit) }
        let beyond = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        let error = syntaxError(beyond)
        #expect(error?.kind == .tooDeep(limit: 512))
        #expect(error?.location.column == 513)
    }

    /// The parser does not recurse, so even absurd nesting on a small stack is a clean error.
    @Test func hundredThousandLevelsOnASmallStackThread() async {
        let text = String(repeating: #"{"a":["#, count: 50_000) + String(repeating: "]}", count: 50_000)
        let kind = await withCheckedContinuation { (continuation: CheckedContinuation<JSONSyntaxError.Kind?, Never>) in
            let thread = Thread {
                continuation.resume(returning: syntaxError(text)?.kind)
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
        #expect(kind == .tooDeep(limit: 512))
    }

    /// Values within the default limit can be parsed, serialized and freed on a small stack.
    @Test func maximumDepthRoundTripsOnASmallStackThread() async {
        let text = String(repeating: #"{"a":["#, count: 256) + String(repeating: "]}", count: 256)
        let output = await withCheckedContinuation { (continuation: CheckedContinuation<String?, Never>) in
            let thread = Thread {
                continuation.resume(returning: (try? JSONParser.parse(text)).map { JSONSerializer.string($0) })
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
        #expect(output == text)
    }

    @Test func maxBytesIsCheckedBeforeParsing() {
        let options = JSONParseOptions(maxBytes: 5)
        let error = syntaxError("[1, 2]", options: options)
        #expect(error?.kind == .tooLarge(limit: 5))
        #expect(error?.description == "1:1: input of 6 bytes is larger than the limit of 5 bytes")
        // Refused even though it is not JSON at all: no parsing happened.
        #expect(syntaxError("xxxxxxxx", options: options)?.kind == .tooLarge(limit: 5))
        #expect(syntaxError("[1,2]", options: options) == nil)
    }
}
