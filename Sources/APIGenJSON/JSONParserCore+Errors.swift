/// Error construction. Everything here runs only once parsing has failed, so it favours clear
/// messages over speed (locations are computed by rescanning from the start, for example).
extension JSONParserCore {
    @inline(never)
    func makeError(_ kind: JSONSyntaxError.Kind, _ message: String, at offset: Int, path: JSONPath? = nil) -> JSONSyntaxError {
        JSONSyntaxError(
            kind: kind,
            location: location(of: offset),
            path: path ?? currentPath(includingMember: parsingMember),
            message: message)
    }

    func location(of offset: Int) -> SourceLocation {
        LineCounter.location(of: offset, in: bytes, count: count)
    }

    /// "expected X, found Y" at `offset`, with the kind that fits what is actually there:
    /// end of input, bytes that are not UTF-8, or an unexpected character.
    @inline(never)
    func unexpected(_ expected: String, at offset: Int) -> JSONSyntaxError {
        if offset >= count {
            return makeError(.unexpectedEndOfInput, "expected \(expected), found end of input", at: offset)
        }
        if bytes[offset] >= 0x80, case .invalid(let reason) = UTF8Check.check(bytes, at: offset, end: count) {
            return makeError(.invalidUTF8, "invalid UTF-8: \(reason) (expected \(expected))", at: offset)
        }
        return makeError(.unexpectedCharacter, "expected \(expected), found \(found(at: offset))", at: offset)
    }

    /// A byte that cannot start a value, with hints for the usual non-JSON habits.
    @inline(never)
    func unexpectedValueStart() -> JSONSyntaxError {
        let byte = bytes[index]
        var expected = "a value"
        var hint = ""
        switch byte {
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            if previousSignificantByte(before: index) == UInt8(ascii: ",") {
                expected = "a value after ','"
                hint = " (trailing commas are not allowed)"
            }
        case UInt8(ascii: "/"): hint = " (comments are not allowed in JSON)"
        case UInt8(ascii: "'"): hint = " (strings use double quotes)"
        case UInt8(ascii: "N"), UInt8(ascii: "I"): hint = " (NaN and Infinity are not JSON numbers)"
        case UInt8(ascii: "+"), UInt8(ascii: "."): hint = " (a JSON number starts with '-' or a digit)"
        default: break
        }
        var error = unexpected(expected, at: index)
        error.message += hint
        return error
    }

    private func previousSignificantByte(before offset: Int) -> UInt8? {
        var position = offset - 1
        while position >= 0 {
            let byte = bytes[position]
            if byte != 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09 { return byte }
            position -= 1
        }
        return nil
    }

    func numberError(_ expected: String, at offset: Int) -> JSONSyntaxError {
        if offset >= count { return unexpected(expected, at: offset) }
        return makeError(.invalidNumber, "invalid number: expected \(expected), found \(found(at: offset))", at: offset)
    }

    func tooDeep(at offset: Int) -> JSONSyntaxError {
        makeError(
            .tooDeep(limit: options.maxDepth),
            "arrays and objects nest deeper than the limit of \(options.maxDepth) levels", at: offset)
    }

    func controlCharacter(at offset: Int) -> JSONSyntaxError {
        let byte = bytes[offset]
        let escape: String
        switch byte {
        case 0x08: escape = "\\b"
        case 0x09: escape = "\\t"
        case 0x0A: escape = "\\n"
        case 0x0C: escape = "\\f"
        case 0x0D: escape = "\\r"
        default: escape = "\\u00" + UTF8Check.hex(byte).dropFirst(2).lowercased()
        }
        return makeError(
            .controlCharacterInString,
            "control character \(Self.scalarName(Unicode.Scalar(byte))) in string must be escaped (as \(escape))",
            at: offset)
    }

    func unterminatedString(openedAt quote: Int) -> JSONSyntaxError {
        makeError(
            .unexpectedEndOfInput,
            "expected '\"' to end the string that starts at \(location(of: quote)), found end of input", at: count)
    }

    /// `duplicate key "name" (first at 2:3)`, located at the second key, with the member's path.
    func duplicateKeyError(_ key: String, at offset: Int, firstMember: Int) -> JSONSyntaxError {
        var message = "duplicate key \(JSONSerializer.string(.string(key)))"
        if let first = offsetOfKey(member: firstMember, inObjectAt: top.openOffset) {
            message += " (first at \(location(of: first)))"
        }
        return makeError(
            .duplicateKey(key), message, at: offset,
            path: currentPath(includingMember: false).appending(key))
    }

    /// The offset of the key of member number `member` in the object opening at `open`.
    /// The object has parsed fine up to the duplicate, so a simple bracket-and-string scan suffices.
    private func offsetOfKey(member: Int, inObjectAt open: Int) -> Int? {
        var position = open + 1
        var nesting = 0
        var memberIndex = 0
        var expectingKey = true
        while position < count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                if nesting == 0, expectingKey {
                    if memberIndex == member { return position }
                    expectingKey = false
                }
                position += 1
                while position < count, bytes[position] != UInt8(ascii: "\"") {
                    position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                nesting += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if nesting == 0 { return nil }
                nesting -= 1
            case UInt8(ascii: ","):
                if nesting == 0 {
                    memberIndex += 1
                    expectingKey = true
                }
            default:
                break
            }
            position += 1
        }
        return nil
    }

    /// What is at `offset`, for "found …": `'x'`, `U+0001`, `'é'`, `byte 0xFF` or `end of input`.
    func found(at offset: Int) -> String {
        guard offset < count else { return "end of input" }
        let byte = bytes[offset]
        if byte < 0x20 || byte == 0x7F { return Self.scalarName(Unicode.Scalar(byte)) }
        if byte < 0x80 { return "'\(Character(Unicode.Scalar(byte)))'" }
        switch UTF8Check.check(bytes, at: offset, end: count) {
        case .valid(_, let scalar):
            if scalar == "\u{FEFF}" { return "a byte order mark (U+FEFF)" }
            return "'\(Character(scalar))' (\(Self.scalarName(scalar)))"
        case .invalid:
            return "byte \(UTF8Check.hex(byte))"
        }
    }

    /// `U+000A`.
    static func scalarName(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
