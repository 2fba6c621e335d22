/// Accumulates lines at the current indentation, as UTF-8 bytes.
///
/// A line can be written whole (`line(_:)`) or in pieces (`append(_:)` … `endLine()`), so that
/// expressions are laid out straight into the output rather than into strings that are copied
/// again. Every non-empty line, including those that start inside an appended piece (a call laid
/// out over several lines), gets the current indentation; empty lines get none.
struct CodeWriter {
    private var bytes: [UInt8] = []
    private var depth = 0
    private var lastLineWasBlank = true
    /// At the start of a line whose indentation is not written yet (it is written before the
    /// first byte of content, so an empty line stays empty).
    private var atLineStart = true

    init(reservingCapacity capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// How many bytes have been written.
    var byteCount: Int { bytes.count }

    /// Makes room for `additional` more bytes at once.
    mutating func reserveCapacity(_ additional: Int) {
        bytes.reserveCapacity(bytes.count + additional)
    }

    var indentWidth: Int { depth * 4 }

    /// Writes `content` and ends the line.
    mutating func line(_ content: String) {
        append(content)
        endLine()
    }

    /// Continues the current line with `content`; its embedded line breaks start new lines.
    mutating func append(_ content: String) {
        var content = content
        content.withUTF8 { append($0) }
    }

    private mutating func append(_ content: UnsafeBufferPointer<UInt8>) {
        var rest = content[...]
        while let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
            appendWithinLine(UnsafeBufferPointer(rebasing: rest[..<newline]))
            endLine()
            rest = rest[(newline + 1)...]
        }
        appendWithinLine(UnsafeBufferPointer(rebasing: rest))
    }

    private mutating func appendWithinLine(_ piece: UnsafeBufferPointer<UInt8>) {
        guard !piece.isEmpty else { return }
        if atLineStart {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indentWidth))
            atLineStart = false
        }
        bytes.append(contentsOf: piece)
    }

    /// Appends the complete lines another top-level writer wrote; both are at no indentation
    /// and at the start of a line.
    mutating func append(_ other: CodeWriter) {
        precondition(depth == 0 && other.depth == 0 && atLineStart && other.atLineStart, "appending lines mid-line or indented")
        guard !other.bytes.isEmpty else { return }
        bytes += other.bytes
        lastLineWasBlank = other.lastLineWasBlank
    }

    /// Ends the current line.
    mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
        atLineStart = true
        lastLineWasBlank = false
    }

    /// One blank line; never two in a row, never right after an opening brace.
    mutating func blankLine() {
        guard !lastLineWasBlank, !bytes.ends(with: UInt8(ascii: "{"), UInt8(ascii: "\n")) else { return }
        bytes.append(UInt8(ascii: "\n"))
        lastLineWasBlank = true
    }

    mutating func indented(_ body: (inout CodeWriter) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
    }
}

extension [UInt8] {
    fileprivate func ends(with first: UInt8, _ second: UInt8) -> Bool {
        count >= 2 && self[count - 2] == first && self[count - 1] == second
    }
}
