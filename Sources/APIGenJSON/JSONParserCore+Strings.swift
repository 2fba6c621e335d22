extension JSONParserCore {
    /// Parses the string whose opening quote is at `index`.
    ///
    /// The common string has no escapes and is ASCII: it is found eight bytes at a time and
    /// becomes a `String` with one copy. Non-ASCII bytes are checked here, where the offending
    /// byte can be located; escapes switch to ``parseEscapedString(start:firstEscape:)``.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index + 1
        var at = start
        while true {
            while at &+ 8 <= count {
                let word = UnsafeRawPointer(bytes + at).loadUnaligned(as: UInt64.self)
                if Self.needsAttention(word) { break }
                at &+= 8
            }
            guard at < count else { throw unterminatedString(openedAt: start - 1) }
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") {
                index = at + 1
                return String(decoding: UnsafeBufferPointer(start: bytes + start, count: at - start), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                return try parseEscapedString(start: start, firstEscape: at)
            }
            at = try skipStringByte(at: at)
        }
    }

    /// Whether any of the eight bytes in `word` is a quote, a backslash, a control character or
    /// non-ASCII. Uses the classic "has zero byte" bit trick, which is exact for "any byte".
    @inline(__always)
    static func needsAttention(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let quoteHit = (quote &- ones) & ~quote
        let backslashHit = (backslash &- ones) & ~backslash
        return (control | quoteHit | backslashHit | word) & highBits != 0
    }

    /// Steps over one ordinary string byte (or a whole multi-byte scalar), rejecting control
    /// characters and invalid UTF-8.
    @inline(__always)
    private func skipStringByte(at: Int) throws(JSONSyntaxError) -> Int {
        let byte = bytes[at]
        if byte < 0x20 { throw controlCharacter(at: at) }
        if byte < 0x80 { return at + 1 }
        switch UTF8Check.check(bytes, at: at, end: count) {
        case .valid(let length, _): return at + length
        case .invalid(let reason): throw makeError(.invalidUTF8, "invalid UTF-8 in string: \(reason)", at: at)
        }
    }

    /// The slow path for strings with escapes: decode into `scratch`, then make one `String`.
    private mutating func parseEscapedString(start: Int, firstEscape: Int) throws(JSONSyntaxError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var at = firstEscape
        var runStart = start
        while true {
            guard at < count else { throw unterminatedString(openedAt: start - 1) }
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                scratch.append(contentsOf: UnsafeBufferPointer(start: bytes + runStart, count: at - runStart))
                if byte == UInt8(ascii: "\"") {
                    index = at + 1
                    return String(decoding: scratch, as: UTF8.self)
                }
                at = try decodeEscape(at: at, quote: start - 1)
                runStart = at
            } else {
                at = try skipStringByte(at: at)
            }
        }
    }

    /// Appends the character of the escape whose backslash is at `at` in the string opened at
    /// `quote`; returns the offset after the escape.
    private mutating func decodeEscape(at: Int, quote: Int) throws(JSONSyntaxError) -> Int {
        guard at + 1 < count else { throw unterminatedString(openedAt: quote) }
        let decoded: UInt8
        switch bytes[at + 1] {
        case UInt8(ascii: "\""): decoded = 0x22
        case UInt8(ascii: "\\"): decoded = 0x5C
        case UInt8(ascii: "/"): decoded = 0x2F
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            return try decodeUnicodeEscape(at: at, quote: quote)
        default:
            throw makeError(
                .invalidEscape,
                "invalid escape \(escapeText(at: at, length: 2)) in string; "
                    + "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
                at: at)
        }
        scratch.append(decoded)
        return at + 2
    }

    /// Decodes `\uXXXX`, pairing UTF-16 surrogates (`\uD83D\uDE00` is one scalar).
    private mutating func decodeUnicodeEscape(at: Int, quote: Int) throws(JSONSyntaxError) -> Int {
        let first = try readHex4(escapeAt: at, quote: quote)
        var scalarValue = UInt32(first)
        var next = at + 6
        if (0xDC00...0xDFFF).contains(first) {
            throw makeError(
                .invalidUnicodeEscape,
                "lone low surrogate \(escapeText(at: at, length: 6)) in string; it must follow a high surrogate \\uD800–\\uDBFF",
                at: at)
        }
        if (0xD800...0xDBFF).contains(first) {
            guard next + 1 < count, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u") else {
                throw loneHighSurrogate(at: at)
            }
            let second = try readHex4(escapeAt: next, quote: quote)
            guard (0xDC00...0xDFFF).contains(second) else { throw loneHighSurrogate(at: at) }
            scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
            next += 6
        }
        appendUTF8(scalarValue)
        return next
    }

    private func loneHighSurrogate(at: Int) -> JSONSyntaxError {
        makeError(
            .invalidUnicodeEscape,
            "lone high surrogate \(escapeText(at: at, length: 6)) in string; it must be followed by a low surrogate \\uDC00–\\uDFFF",
            at: at)
    }

    /// Reads the four hex digits of the `\u` escape whose backslash is at `escapeAt`.
    private func readHex4(escapeAt: Int, quote: Int) throws(JSONSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for position in escapeAt + 2..<escapeAt + 6 {
            guard position < count else { throw unterminatedString(openedAt: quote) }
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                throw makeError(
                    .invalidUnicodeEscape,
                    "expected 4 hex digits after '\\u', found \(found(at: position))", at: escapeAt)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case ..<0x80:
            scratch.append(UInt8(value))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | value >> 6))
            scratch.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            scratch.append(UInt8(0xE0 | value >> 12))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | value >> 18))
            scratch.append(UInt8(0x80 | value >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// The source text of an escape, for messages (`\x`, `\uD800`), cut short at end of input.
    private func escapeText(at: Int, length: Int) -> String {
        let available = min(length, count - at)
        return String(decoding: UnsafeBufferPointer(start: bytes + at, count: available), as: UTF8.self)
    }
}
