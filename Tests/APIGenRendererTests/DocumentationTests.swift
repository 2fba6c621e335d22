import APIGenIR
import Testing

/// `///` comments: paragraphs, the callouts, and arbitrary spec text made safe inside them.
@Suite("Doc comments")
struct DocumentationTests {
    @Test func paragraphsThenCalloutsThenTheRemark() {
        let documentation = Documentation(paragraphs: ["First.", "", "Second."], parameters: [("id", "The id."), ("name", "The name.")],
                                          returns: "The server.", throwsText: "`APIError`", warning: "Irreversible.",
                                          remark: "spec/x.json#/operations/deleteServer")
        #expect(render(documented(documentation)) == """
            /// First.
            ///
            /// Second.
            ///
            /// - Parameters:
            ///   - id: The id.
            ///   - name: The name.
            /// - Returns: The server.
            /// - Throws: `APIError`
            /// - Warning: Irreversible.
            ///
            /// - Remark: spec/x.json#/operations/deleteServer
            var x: Int

            """)
    }

    @Test func calloutsAloneAndTheRemarkAlone() {
        #expect(render(documented(Documentation(returns: "One.")), documented(Documentation(remark: "Two."))) == """
            /// - Returns: One.
            var x: Int

            /// - Remark: Two.
            var x: Int

            """)
    }

    /// Every kind of line break starts a new comment line; continuation lines of a callout are
    /// indented under its text.
    @Test func lineBreaksSplitTextIntoCommentLines() {
        let documentation = Documentation(paragraphs: ["one\ntwo\r\nthree\rfour\u{2028}five\u{2029}six\u{85}seven"],
                                          parameters: [("id", "first\n\nsecond")], returns: "first\nsecond")
        #expect(render(documented(documentation)) == """
            /// one
            /// two
            /// three
            /// four
            /// five
            /// six
            /// seven
            ///
            /// - Parameters:
            ///   - id: first
            ///
            ///     second
            /// - Returns: first
            ///   second
            var x: Int

            """)
    }

    /// Blank lines around a paragraph and spaces at line ends carry nothing; a paragraph with no
    /// text adds no line; a callout with no text ends at its colon.
    @Test func blankTextAddsNothing() {
        let documentation = Documentation(paragraphs: ["\n\nFirst.  \n\n", " \n ", "Second."], parameters: [("id", "")], returns: "\n")
        #expect(render(documented(documentation)) == """
            /// First.
            ///
            /// Second.
            ///
            /// - Parameters:
            ///   - id:
            /// - Returns:
            var x: Int

            """)
    }

    /// Line comments end only at a line break: `*/` and `/*` need nothing; tabs become spaces;
    /// control characters and bidirectional controls are shown as escapes.
    @Test func hostileText() {
        let documentation = Documentation(paragraphs: [
            "Ends */ or opens /* a comment; \"quotes\" and \\ backslashes",
            "tab\there",
            "escape \u{1B}[31m red, delete \u{7F}, C1 \u{9B}",
            "bidi \u{202E}reversed\u{202C} \u{2066}isolated\u{2069} \u{200F}\u{061C}",
            "caf\u{E9} \u{2615}",
        ])
        #expect(render(documented(documentation)) == #"""
            /// Ends */ or opens /* a comment; "quotes" and \ backslashes
            ///
            /// tab    here
            ///
            /// escape \u{1B}[31m red, delete \u{7F}, C1 \u{9B}
            ///
            /// bidi \u{202E}reversed\u{202C} \u{2066}isolated\u{2069} \u{200F}\u{61C}
            ///
            /// café ☕
            var x: Int

            """#)
    }

    /// Paragraphs are not re-wrapped: a long line, or one very long word, stays one comment line.
    @Test func longTextIsNotWrapped() {
        let long = Array(repeating: "word", count: 40).joined(separator: " ")
        #expect(render(documented(Documentation(paragraphs: [long, word(300)]))) == """
            /// \(long)
            ///
            /// \(word(300))
            var x: Int

            """)
    }
}
