import APIGenJSON
import Testing

@Suite("Syntax errors: kind, location, path and message")
struct ParserErrorTests {
    @Test func missingCommaInObject() {
        let error = syntaxError("{\n  \"a\": 1,\n  \"b\": true x\n}")
        #expect(error?.kind == .unexpectedCharacter)
        #expect(error?.description == "3:13: expected ',' or '}' after an object member, found 'x'")
        #expect(error?.location == Location(line: 3, column: 13, offset: 24))
        #expect(error?.path == .root)
    }

    @Test func errorPathNamesTheEnclosingValue() {
        let error = syntaxError(#"{"models": {"Foo": {"fields": [1 2]}}}"#)
        #expect(error?.description == "1:34: expected ',' or ']' after an array element, found '2'")
        #expect(error?.path.pointer == "/models/Foo/fields")
    }

    @Test func errorInsideAValueNamesTheValue() {
        let error = syntaxError(#"{"list": [true, fals]}"#)
        #expect(error?.description == "1:21: expected 'false', found ']'")
        #expect(error?.path.description == "list[1]")
    }

    @Test func unexpectedEndOfInput() {
        let error = syntaxError(#"{"a": [1, 2"#)
        #expect(error?.kind == .unexpectedEndOfInput)
        #expect(error?.description == "1:12: expected ',' or ']' after an array element, found end of input")
        #expect(error?.path.pointer == "/a")
        #expect(syntaxError(#"{"a":"#)?.description == "1:6: expected a value, found end of input")
        #expect(syntaxError("[")?.kind == .unexpectedEndOfInput)
        #expect(syntaxError("nul")?.description == "1:4: expected 'null', found end of input")
    }

    @Test func unterminatedString() {
        let error = syntaxError(#"{"a": "bc"#)
        #expect(error?.kind == .unexpectedEndOfInput)
        #expect(error?.description == #"1:10: expected '"' to end the string that starts at 1:7, found end of input"#)
        #expect(error?.path.pointer == "/a")
    }

    @Test func structuralMistakes() {
        #expect(syntaxError("[1,]")?.description == "1:4: expected a value after ',', found ']' (trailing commas are not allowed)")
        #expect(syntaxError(#"{"a":1,}"#)?.description == "1:8: expected a string key after ',', found '}' (trailing commas are not allowed)")
        #expect(syntaxError("{a:1}")?.description == "1:2: expected a string key or '}', found 'a'")
        #expect(syntaxError(#"{"a" 1}"#)?.description == "1:6: expected ':' after an object key, found '1'")
        #expect(syntaxError("// note\n1")?.description == "1:1: expected a value, found '/' (comments are not allowed in JSON)")
        #expect(syntaxError("['a']")?.description == "1:2: expected a value, found ''' (strings use double quotes)")
        #expect(syntaxError("NaN")?.description == "1:1: expected a value, found 'N' (NaN and Infinity are not JSON numbers)")
        #expect(syntaxError("[+1]")?.kind == .unexpectedCharacter)
        #expect(syntaxError("[.5]")?.kind == .unexpectedCharacter)
    }

    @Test func onlyJSONWhitespaceIsAllowed() {
        let noBreakSpace = syntaxError("[1,\u{A0}2]")
        #expect(noBreakSpace?.kind == .unexpectedCharacter)
        #expect(noBreakSpace?.description == "1:4: expected a value, found '\u{A0}' (U+00A0)")
        #expect(syntaxError("[1,\u{C}2]")?.description == "1:4: expected a value, found U+000C")
    }

    @Test func invalidNumbers() {
        let leadingZero = syntaxError("[01]")
        #expect(leadingZero?.kind == .invalidNumber)
        #expect(leadingZero?.description == "1:2: invalid number: leading zeros are not allowed")
        #expect(leadingZero?.path.pointer == "/0")
        #expect(syntaxError("-01")?.kind == .invalidNumber)
        #expect(syntaxError("[-x]")?.description == "1:3: invalid number: expected a digit after '-', found 'x'")
        #expect(syntaxError("[1.e5]")?.description == "1:4: invalid number: expected a digit after the decimal point, found 'e'")
        #expect(syntaxError("[1e+]")?.description == "1:5: invalid number: expected a digit in the exponent, found ']'")
        let endsEarly = syntaxError("1.")
        #expect(endsEarly?.kind == .unexpectedEndOfInput)
        #expect(endsEarly?.description == "1:3: expected a digit after the decimal point, found end of input")
        #expect(syntaxError("-")?.description == "1:2: expected a digit after '-', found end of input")
    }

    @Test func invalidEscapes() {
        let error = syntaxError(#"["a\qb"]"#)
        #expect(error?.kind == .invalidEscape)
        #expect(error?.description == #"1:4: invalid escape \q in string; valid escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#)
        #expect(error?.path.pointer == "/0")
    }

    @Test func errorsInKeysNameTheObject() {
        let error = syntaxError(#"{"ok": {"a\x": 1}}"#)
        #expect(error?.kind == .invalidEscape)
        #expect(error?.location.column == 11)
        #expect(error?.path.pointer == "/ok")
    }

    @Test func invalidUnicodeEscapes() {
        let badHex = syntaxError(#""\u12G4""#)
        #expect(badHex?.kind == .invalidUnicodeEscape)
        #expect(badHex?.description == #"1:2: expected 4 hex digits after '\u', found 'G'"#)
        let loneHigh = syntaxError(#""x\uD800""#)
        #expect(loneHigh?.kind == .invalidUnicodeEscape)
        #expect(loneHigh?.description == #"1:3: lone high surrogate \uD800 in string; it must be followed by a low surrogate \uDC00–\uDFFF"#)
        let highThenLetter = syntaxError(#""\uD83D\u0041""#)
        #expect(highThenLetter?.kind == .invalidUnicodeEscape)
        #expect(highThenLetter?.location.column == 2)
        let loneLow = syntaxError(#""\uDE00""#)
        #expect(loneLow?.description == #"1:2: lone low surrogate \uDE00 in string; it must follow a high surrogate \uD800–\uDBFF"#)
    }

    @Test func controlCharactersInStrings() {
        let tab = syntaxError("[\"a\tb\"]")
        #expect(tab?.kind == .controlCharacterInString)
        #expect(tab?.description == #"1:4: control character U+0009 in string must be escaped (as \t)"#)
        #expect(tab?.path.pointer == "/0")
        #expect(syntaxError("\"\u{1}\"")?.description == #"1:2: control character U+0001 in string must be escaped (as \u0001)"#)
        #expect(syntaxError("\"a\nb\"")?.kind == .controlCharacterInString)
    }

    @Test func invalidUTF8IsLocated() {
        let quote = UInt8(ascii: "\"")
        let truncated = syntaxError(bytes: [quote, UInt8(ascii: "a"), 0xC3, UInt8(ascii: "("), quote])
        #expect(truncated?.kind == .invalidUTF8)
        #expect(truncated?.description == "1:3: invalid UTF-8 in string: truncated sequence")
        #expect(syntaxError(bytes: [quote, 0xC0, 0xAF, quote])?.description == "1:2: invalid UTF-8 in string: overlong encoding (byte 0xC0)")
        #expect(syntaxError(bytes: [quote, 0xE0, 0x80, 0xAF, quote])?.description == "1:2: invalid UTF-8 in string: overlong encoding")
        #expect(syntaxError(bytes: [quote, 0xED, 0xA0, 0x80, quote])?.description == "1:2: invalid UTF-8 in string: encoded UTF-16 surrogate")
        #expect(syntaxError(bytes: [quote, 0xF4, 0x90, 0x80, 0x80, quote])?.description == "1:2: invalid UTF-8 in string: code point above U+10FFFF")
        #expect(syntaxError(bytes: [quote, 0x80, quote])?.description == "1:2: invalid UTF-8 in string: unexpected continuation byte 0x80")
        #expect(syntaxError(bytes: [quote, 0xE2, 0x82])?.description == "1:2: invalid UTF-8 in string: truncated sequence")
    }

    @Test func invalidUTF8ColumnsCountScalars() {
        // Line 2 is `"é", "<FF>"`: é is two bytes but one column, so 0xFF is in column 7.
        let bytes = Array("[\n\"é\", \"".utf8) + [0xFF] + Array("\"]".utf8)
        let error = syntaxError(bytes: bytes)
        #expect(error?.description == "2:7: invalid UTF-8 in string: byte 0xFF never appears in UTF-8")
        #expect(error?.location.offset == 9)
        #expect(error?.path.pointer == "/1")
    }

    @Test func invalidUTF8OutsideStrings() {
        let error = syntaxError(bytes: [UInt8(ascii: "["), 0xFF, UInt8(ascii: "]")])
        #expect(error?.kind == .invalidUTF8)
        #expect(error?.description == "1:2: invalid UTF-8: byte 0xFF never appears in UTF-8 (expected a value)")
        let validButWrong = syntaxError("[é]")
        #expect(validButWrong?.kind == .unexpectedCharacter)
        #expect(validButWrong?.description == "1:2: expected a value, found 'é' (U+00E9)")
    }

    @Test func byteOrderMarkIsRefused() {
        let error = syntaxError(bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8))
        #expect(error?.kind == .unexpectedCharacter)
        #expect(error?.location == Location(line: 1, column: 1, offset: 0))
        #expect(error?.description == "1:1: JSON text must not start with a byte order mark (U+FEFF); save the file as UTF-8 without BOM")
    }

    @Test func emptyInput() {
        let empty = syntaxError("")
        #expect(empty?.kind == .emptyInput)
        #expect(empty?.description == "1:1: empty input, expected a JSON value")
        let blank = syntaxError("  \n ")
        #expect(blank?.kind == .emptyInput)
        #expect(blank?.description == "2:2: empty input, expected a JSON value")
        #expect(syntaxError(bytes: [])?.kind == .emptyInput)
    }

    @Test func trailingContent() {
        let error = syntaxError("{} x")
        #expect(error?.kind == .trailingContent)
        #expect(error?.description == "1:4: expected end of input after the JSON value, found 'x'")
        #expect(error?.path == .root)
        #expect(syntaxError("1 2")?.kind == .trailingContent)
        #expect(syntaxError(#"{"a":1}}"#)?.kind == .trailingContent)
        #expect(syntaxError("[1]\n\n  ]")?.location == Location(line: 3, column: 3, offset: 7))
    }

    @Test func crlfAndLoneCREndLines() {
        #expect(syntaxError("[1,\r\n2 x]")?.description == "2:3: expected ',' or ']' after an array element, found 'x'")
        #expect(syntaxError("[1,\r2 x]")?.description == "2:3: expected ',' or ']' after an array element, found 'x'")
    }
}
