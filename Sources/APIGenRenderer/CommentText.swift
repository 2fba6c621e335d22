/// Makes arbitrary spec text safe inside `//` and `///` comments while keeping it readable.
///
/// Line comments end only at a line break, so `*/`, `/*`, quotes and backslashes need nothing;
/// line breaks split the text into comment lines, and control characters (which could end the
/// comment or confuse editors) are shown as `\u{…}` escapes.
enum CommentText {
    static func lines(_ text: String) -> [String] {
        // Fast path: one line of printable ASCII without tabs or edge spaces is already a comment line.
        if let first = text.utf8.first, first != UInt8(ascii: " "), text.utf8.last != UInt8(ascii: " "),
           text.allBytes({ $0 >= 0x20 && $0 < 0x7F }) {
            return [text]
        }
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        func finishLine() {
            // Trailing spaces are noise in diffs.
            while current.last == " " { current.removeLast() }
            lines.append(String(current))
            current = String.UnicodeScalarView()
        }
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n":
                if !previousWasCarriageReturn { finishLine() }
                previousWasCarriageReturn = false
                continue
            case "\r", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}":
                finishLine()
                previousWasCarriageReturn = scalar == "\r"
                continue
            case "\t":
                for _ in 0..<4 { current.append(" ") }
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || isBidiControl(scalar) {
                    // Scalar by scalar: `append(contentsOf:)` of a scalar view costs microseconds per
                    // scalar, which made a 1 MB description of bidi controls take 15 s to render.
                    for escaped in ("\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}").unicodeScalars { current.append(escaped) }
                } else {
                    current.append(scalar)
                }
            }
            previousWasCarriageReturn = false
        }
        finishLine()
        // Leading and trailing blank lines carry nothing.
        let first = lines.firstIndex { !$0.isEmpty } ?? lines.endIndex
        let last = lines.lastIndex { !$0.isEmpty } ?? -1
        return first <= last ? Array(lines[first...last]) : []
    }

    /// One line, for `// MARK:` and header comments.
    static func singleLine(_ text: String) -> String {
        lines(text).joined(separator: " ")
    }

    static func plainComment(_ text: String) -> String {
        let line = singleLine(text)
        return line.isEmpty ? "//" : "// " + line
    }

    /// Bidirectional overrides can make code read differently from how it compiles: the
    /// embeddings, overrides and isolates, and the implicit marks LRM, RLM and ALM (U+061C).
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) || scalar.value == 0x200E || scalar.value == 0x200F
            || scalar.value == 0x061C
    }
}

/// Swift string literals for arbitrary text.
enum StringLiteral {
    /// Printable ASCII without quotes or backslashes: written between quotes as it is.
    private static func needsNoEscaping(_ value: String) -> Bool {
        value.allBytes { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    /// The UTF-8 width of `escaped(value)`, without building it in the common case.
    static func escapedWidth(_ value: String) -> Int {
        needsNoEscaping(value) ? value.utf8.count + 2 : escaped(value).utf8.count
    }

    /// Writes `escaped(value)`, without building it in the common case.
    static func write(_ value: String, into writer: inout CodeWriter) {
        if needsNoEscaping(value) {
            writer.append("\"")
            writer.append(value)
            writer.append("\"")
        } else {
            writer.append(escaped(value))
        }
    }

    static func escaped(_ value: String) -> String {
        if needsNoEscaping(value) { return "\"" + value + "\"" }
        var text = "\""
        let scalars = value.unicodeScalars
        // Unescaped runs are appended whole (as substrings: a bulk copy of their UTF-8); only the
        // characters that need it are escaped.
        var runStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escape: String? = switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case "\0": "\\0"
            default:
                scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || CommentText.isBidiControl(scalar)
                    ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : nil
            }
            if let escape {
                text += Substring(scalars[runStart..<index])
                text += escape
                runStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        text += Substring(scalars[runStart...])
        return text + "\""
    }
}
