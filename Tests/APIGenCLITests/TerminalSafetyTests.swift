import APIGenCLI
import APIGenRuntime
import Testing

/// Nothing a server sends reaches the terminal as a control sequence: every server-chosen string
/// in an error report has its control and bidi characters escaped visibly.
@Suite struct TerminalSafetyTests {
    /// What a hostile server would send: ESC sequences (retitle, clear, colour), BEL, DEL, C1 CSI,
    /// and bidi overrides, isolates and marks.
    static let hostile = "a\u{1B}]0;pwned\u{07}b\u{1B}[2Jc\u{7F}d\u{9B}31me\u{202E}f\u{2066}g\u{200F}h\u{061C}i\rj"
    static let dangerous: Set<Unicode.Scalar> = [
        "\u{1B}", "\u{07}", "\u{7F}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{061C}", "\r",
    ]

    static let cases: [APIClientError] = [
        .api(APIError(status: 400, messages: [.init(code: 1, message: hostile, path: [hostile])], requestID: hostile)),
        .unexpectedResponse(status: 502, contentType: hostile, bodyExcerpt: hostile, requestID: hostile),
        .decoding(DecodingFailure(path: JSONPath([.key("result"), .key(hostile)]), reason: .invalidValue(hostile)), status: 200, requestID: hostile),
        .transport(hostile, attempts: 1),
    ]

    @Test(arguments: cases)
    func serverTextIsEscaped(error: APIClientError) async {
        let outcome = await run(["get", "abc"]) { _, _ in throw error }
        #expect(outcome.status != 0)
        let found = outcome.error.unicodeScalars.filter { Self.dangerous.contains($0) }
        #expect(found.isEmpty, "raw control characters reached standard error: \(found.map { String($0.value, radix: 16) })")
        #expect(outcome.error.contains(#"\u{1B}]0;pwned\u{7}"#), "\(outcome.error)")
        #expect(outcome.error.contains(#"\u{9B}31m"#))
        #expect(outcome.error.contains(#"\u{202E}"#))
    }

    @Test func anExcerptKeepsItsLineBreaks() async {
        let error = APIClientError.unexpectedResponse(status: 502, contentType: "text/html", bodyExcerpt: "one\ntwo\u{1B}", requestID: nil)
        let outcome = await run(["get", "abc"]) { _, _ in throw error }
        #expect(outcome.error.contains("  one\n  two\\u{1B}\n"), "\(outcome.error)")
    }

    @Test func plainTextIsUnchanged() {
        let text = "Résumé: 名前 — ok\ttab"
        #expect(TerminalText.escaped(text.replacingOccurrences(of: "\t", with: " ")) == text.replacingOccurrences(of: "\t", with: " "))
        #expect(TerminalText.escaped("a\nb") == #"a\u{A}b"#)
        #expect(TerminalText.escaped("a\nb", keepingLineBreaks: true) == "a\nb")
    }
}
