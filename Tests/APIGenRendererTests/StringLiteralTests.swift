import APIGenIR
import Testing

/// String values become Swift string literals that mean exactly the value and show nothing invisible.
@Suite("String literals")
struct StringLiteralTests {
    @Test(arguments: [
        ("plain text", #""plain text""#),
        ("", #""""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"C:\path"#, #""C:\\path""#),
        (#"\(name) is not interpolated"#, #""\\(name) is not interpolated""#),
        ("\"\"\"", #""\"\"\"""#),
        ("line\nbreak\r\ttab\0nul", #""line\nbreak\r\ttab\0nul""#),
        ("\u{1B}[0m \u{7F} \u{85} \u{9F}", #""\u{1B}[0m \u{7F} \u{85} \u{9F}""#),
        ("\u{2028}\u{2029}", #""\u{2028}\u{2029}""#),
        ("\u{202E}\u{202A}\u{2066}\u{2069}\u{200E}\u{200F}\u{061C}", #""\u{202E}\u{202A}\u{2066}\u{2069}\u{200E}\u{200F}\u{61C}""#),
        ("caf\u{E9} \u{2615} #raw", #""café ☕ #raw""#),
    ])
    func escaping(value: String, literal: String) {
        #expect(renderBody(.constant("s", .string(value))) == """
            func f() {
                let s = \(literal)
            }

            """)
    }

    /// Widths count the escaped literal: 50 escaped quotes and `ab` make a 104-column literal.
    @Test func aLiteralsWidthIsItsEscapedWidth() {
        let quotes = String(repeating: "\"", count: 50)
        let fits = Statement.line(.call("f", [argument("x"), argument(.string(quotes + "a"), "label")]))
        let breaks = Statement.line(.call("f", [argument("x"), argument(.string(quotes + "ab"), "label")]))
        let escaped = String(repeating: #"\""#, count: 50)
        #expect(renderBody(fits, breaks) == """
            func f() {
                f(x, label: "\(escaped)a")
                f(
                    x,
                    label: "\(escaped)ab"
                )
            }

            """)
    }
}
