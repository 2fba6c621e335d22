/// Checks one UTF-8 sequence against the well-formed byte sequences of Unicode (table 3-7).
///
/// The parser only calls this for bytes ≥ 0x80, which are rare in API payloads, so a plain
/// branchy decoder is fine; it exists (rather than relying on `String`'s validation) so that an
/// error can say where the bad byte is and what is wrong with it.
enum UTF8Check {
    enum Outcome {
        /// A well-formed sequence of `length` bytes encoding `scalar`.
        case valid(length: Int, scalar: Unicode.Scalar)
        /// Not UTF-8; `reason` completes "invalid UTF-8: …".
        case invalid(reason: String)
    }

    /// Checks the sequence starting at `index` (which must be below `end`).
    static func check(_ bytes: UnsafePointer<UInt8>, at index: Int, end: Int) -> Outcome {
        let lead = bytes[index]
        if lead < 0x80 { return .valid(length: 1, scalar: Unicode.Scalar(lead)) }
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x80...0xBF:
            return .invalid(reason: "unexpected continuation byte \(hex(lead))")
        case 0xC0, 0xC1:
            return .invalid(reason: "overlong encoding (byte \(hex(lead)))")
        case 0xC2...0xDF:
            length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xE1...0xEF:
            length = 3
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        case 0xF1...0xF3:
            length = 4
        default:
            return .invalid(reason: "byte \(hex(lead)) never appears in UTF-8")
        }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for position in 1..<length {
            guard index + position < end else { return .invalid(reason: "truncated sequence") }
            let byte = bytes[index + position]
            guard byte & 0xC0 == 0x80 else { return .invalid(reason: "truncated sequence") }
            if position == 1, !secondRange.contains(byte) {
                switch lead {
                case 0xE0, 0xF0: return .invalid(reason: "overlong encoding")
                case 0xED: return .invalid(reason: "encoded UTF-16 surrogate")
                default: return .invalid(reason: "code point above U+10FFFF")
                }
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // The ranges above exclude surrogates and values past U+10FFFF, so this always succeeds.
        guard let scalar = Unicode.Scalar(value) else { return .invalid(reason: "not a Unicode scalar") }
        return .valid(length: length, scalar: scalar)
    }

    /// `0xC3`, for messages.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return "0x" + String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
    }
}
