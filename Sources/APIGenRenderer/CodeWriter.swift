/// Accumulates lines at the current indentation.
struct CodeWriter {
    private(set) var text = ""
    private var depth = 0
    private var lastLineWasBlank = true

    var indentWidth: Int { depth * 4 }

    mutating func line(_ content: String) {
        text += String(repeating: " ", count: depth * 4) + content + "\n"
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
