/// Whitespace, literals and numbers.
extension JSONParserCore {
    @inline(__always)
    mutating func skipWhitespace() {
        while index < count {
            let byte = bytes[index]
            // Anything above space is not whitespace: one compare for the common case.
            if byte > 0x20 { return }
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }

    /// Matches `true`, `false` or `null` at `index`.
    mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let text = literal.utf8Start
        let length = literal.utf8CodeUnitCount
        for position in 0..<length {
            let at = index + position
            guard at < count, bytes[at] == text[position] else {
                throw unexpected("'\(literal)'", at: at)
            }
        }
        index += length
    }

    /// Checks the number grammar (RFC 8259 §6) and keeps the literal text.
    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = index
        var at = index
        if bytes[at] == UInt8(ascii: "-") { at += 1 }
        guard at < count else { throw unexpected("a digit after '-'", at: at) }
        if bytes[at] == UInt8(ascii: "0") {
            at += 1
            if at < count, isDigit(bytes[at]) {
                throw makeError(.invalidNumber, "invalid number: leading zeros are not allowed", at: start)
            }
        } else if isDigit(bytes[at]) {
            at += 1
            while at < count, isDigit(bytes[at]) { at += 1 }
        } else {
            throw numberError("a digit after '-'", at: at)
        }
        if at < count, bytes[at] == UInt8(ascii: ".") {
            at += 1
            guard at < count, isDigit(bytes[at]) else { throw numberError("a digit after the decimal point", at: at) }
            while at < count, isDigit(bytes[at]) { at += 1 }
        }
        if at < count, bytes[at] | 0x20 == UInt8(ascii: "e") {
            at += 1
            if at < count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            guard at < count, isDigit(bytes[at]) else { throw numberError("a digit in the exponent", at: at) }
            while at < count, isDigit(bytes[at]) { at += 1 }
        }
        index = at
        // Number text is ASCII and usually at most 15 bytes, which String stores inline: no allocation.
        return JSONNumber(uncheckedText: String(decoding: UnsafeBufferPointer(start: bytes + start, count: at - start), as: UTF8.self))
    }

    @inline(__always)
    func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
