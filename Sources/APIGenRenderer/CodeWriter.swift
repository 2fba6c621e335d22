/// Accumulates lines at the current indentation.
struct CodeWriter {
    private(set) var text = ""
    private var depth = 0
    private var lastLineWasBlank = true

    var indentWidth: Int { depth * 4 }

    /// Writes `content` at the current indentation; embedded line breaks (from a call laid out
    /// over several lines) are indented the same way.
    mutating func line(_ content: String) {
        let indentation = Indentation.spaces(indentWidth)
        if !content.containsByte(UInt8(ascii: "\n")) {
            if !content.isEmpty { text += indentation }
            text += content
            text += "\n"
        } else {
            var rest = content[...]
            while let newline = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) {
                let line = rest[..<newline]
                if !line.isEmpty { text += indentation }
                text += line
                text += "\n"
                rest = rest[rest.utf8.index(after: newline)...]
            }
            if !rest.isEmpty { text += indentation }
            text += rest
            text += "\n"
        }
        lastLineWasBlank = false
    }

    /// One blank line; never two in a row, never right after an opening brace.
    mutating func blankLine() {
        guard !lastLineWasBlank, !text.utf8.reversed().starts(with: [UInt8(ascii: "\n"), UInt8(ascii: "{")]) else { return }
        text += "\n"
        lastLineWasBlank = true
    }

    mutating func indented(_ body: (inout CodeWriter) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
    }
}
