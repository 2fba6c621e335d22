/// Text from a server made safe to print on a terminal: the one place that escapes it.
///
/// A terminal acts on control characters (ESC starts sequences that retitle the window, clear
/// the screen or recolour text; C1's U+009B is a one-character CSI; BEL rings) and bidi
/// controls reorder what is shown. Each such scalar is written visibly as `\u{1B}` instead,
/// so the text can still be read and quoted.
public enum TerminalText {
    /// `text` with every control character (C0, DEL, C1) and bidi control written as `\u{…}`.
    /// With `keepingLineBreaks`, `\n` stays a line break (for multi-line excerpts).
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscaping($0, keepingLineBreaks: keepingLineBreaks) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscaping(scalar, keepingLineBreaks: keepingLineBreaks) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a terminal could act on `scalar` rather than show it.
    public static func needsEscaping(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool = false) -> Bool {
        switch scalar.value {
        case 0x0A: !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: true  // C0, DEL, C1 (U+009B is CSI)
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true  // bidi marks, embeddings, overrides, isolates
        default: false
        }
    }
}
