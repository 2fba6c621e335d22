/// Accumulates lines at the current indentation.
struct CodeWriter {
    private(set) var text = ""
    private var depth = 0
    private var lastLineWasBlank = true

    var indentWidth: Int { depth * 4 }

    /// Writes `content` at the current indentation; embedded line breaks (from a call laid out
    /// over several lines) are indented the same way.
    mutating func line(_ content: String) {
        let indentation = String(repeating: " ", count: depth * 4)
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            text += (line.isEmpty ? "" : indentation) + line + "\n"
        }
        lastLineWasBlank = false
    }

    /// One blank line; never two in a row, never right after an opening brace.
    mutating func blankLine() {
        guard !lastLineWasBlank, !text.hasSuffix("{\n") else { return }
        text += "\n"
        lastLineWasBlank = true
    }

    mutating func indented(_ body: (inout CodeWriter) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
    }
}
