import APIGenJSON
import Foundation
import Testing

@Suite("Parsing valid JSON")
struct ParserValueTests {
    @Test("Compact canonical documents serialize back byte for byte", arguments: [
        #"{"a":[1,-0,1.5e3,12345678901234567890,0.1,-1E-7,2e+10],"b":{"c":null,"d":true,"e":false},"f":"x\"y\\z\n\u0001é😀/"}"#,
        "[]", "{}", "[[],{}]", #""""#, #""x""#, "0", "-0", "1.5e3", "12345678901234567890", "null", "true", "false",
        #"[{"z":1,"a":2,"m":[3,{"k":"v"}]}]"#,
    ])
    func roundTrips(_ text: String) throws {
        #expect(try roundTrip(text) == text)
    }

    @Test func numbersKeepTheirText() throws {
        let value = try JSONParser.parse("[0, -0, 1.5e3, 12345678901234567890, 1.50, 1E+2]")
        let texts = value.arrayValue?.compactMap { $0.numberValue?.text }
        #expect(texts == ["0", "-0", "1.5e3", "12345678901234567890", "1.50", "1E+2"])
        #expect(value[2]?.numberValue?.intValue == 1500)
        #expect(value[3]?.numberValue?.intValue == nil)
    }

    @Test func scalarsAndWhitespace() throws {
        #expect(try JSONParser.parse(" \t\r\n null \n") == .null)
        #expect(try JSONParser.parse("true") == .bool(true))
        #expect(try JSONParser.parse("false") == .bool(false))
        #expect(try JSONParser.parse("\"hi\"") == .string("hi"))
        #expect(try JSONParser.parse("-12.5e-3").numberValue?.text == "-12.5e-3")
        #expect(try JSONParser.parse("[ 1 , { \"a\" : [ ] } ]") == [1, ["a": []]])
    }

    @Test func objectsKeepDocumentOrder() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": 2, "m": 3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
        #expect(value["a"] == 2)
    }

    @Test func escapesAreDecoded() throws {
        let value = try JSONParser.parse(#""\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u20AC""#)
        #expect(value == .string("\" \\ / \u{8} \u{C} \n \r \t A é €"))
    }

    @Test func surrogatePairsBecomeOneScalar() throws {
        #expect(try JSONParser.parse(#""\uD83D\uDE00""#) == .string("😀"))
        #expect(try JSONParser.parse(#""a\ud834\udd1eb""#) == .string("a𝄞b"))
    }

    @Test func rawUTF8IsKept() throws {
        #expect(try JSONParser.parse(#"{"ключ": "値 😀 é"}"#) == ["ключ": "値 😀 é"])
    }

    /// Strings are scanned eight bytes at a time; put the special bytes at every offset.
    @Test func specialBytesAtEveryOffsetOfTheWordScan() throws {
        for length in 0..<20 {
            let plain = String(repeating: "a", count: length)
            #expect(try JSONParser.parse("\"\(plain)\"") == .string(plain))
            #expect(try JSONParser.parse("\"\(plain)é\(plain)\"") == .string("\(plain)é\(plain)"))
            #expect(try JSONParser.parse("\"\(plain)\\n\(plain)\"") == .string("\(plain)\n\(plain)"))
            #expect(syntaxError("\"\(plain)\u{1}\"")?.kind == .controlCharacterInString)
        }
    }

    @Test func allInputFormsAgree() throws {
        let text = #"{"a": [1, "two", null]}"#
        let expected: JSONValue = ["a": [1, "two", nil]]
        #expect(try JSONParser.parse(text) == expected)
        #expect(try JSONParser.parse(Array(text.utf8)) == expected)
        #expect(try JSONParser.parse(Data(text.utf8)) == expected)
        let fromBuffer = try Array(text.utf8).withUnsafeBytes { buffer in try JSONParser.parse(buffer) }
        #expect(fromBuffer == expected)
        #expect(try JSONValue(parsing: text) == expected)
    }

    @Test func bigDocument() throws {
        let items = (0..<2000).map { #"{"id":\#($0),"name":"item \#($0)","tags":["a","b"],"ok":true}"# }
        let text = "[" + items.joined(separator: ",") + "]"
        let value = try JSONParser.parse(text)
        #expect(value.arrayValue?.count == 2000)
        #expect(value[1999]?["name"] == "item 1999")
        #expect(JSONSerializer.string(value) == text)
    }

    @Test func objectsWithManyMembers() throws {
        let members = (0..<100).map { #""key\#($0)":\#($0)"# }
        let value = try JSONParser.parse("{" + members.joined(separator: ",") + "}")
        #expect(value.objectValue?.count == 100)
        #expect(value.objectValue?.keys.first == "key0")
        #expect(value["key99"] == 99)
    }
}

/// Whole-object operations on large objects: equal regardless of order, merged in order, and
/// each member visited a bounded number of times (an object of 8,000 unknown members took 6.8 s
/// to re-encode and 6.4 s to compare when every lookup scanned).
@Suite("Large objects")
struct LargeObjectTests {
    static func object(_ count: Int, reversed: Bool = false, prefix: String = "k") -> JSONObject {
        let indices = reversed ? Array((0..<count).reversed()) : Array(0..<count)
        return JSONObject(uniqueMembers: indices.map { JSONObject.Member(key: "\(prefix)\($0)", value: .number(JSONNumber($0))) })
    }

    @Test(arguments: [3, 32, 33, 20_000])
    func equalityIgnoresOrder(count: Int) {
        #expect(Self.object(count) == Self.object(count, reversed: true))
        var changed = Self.object(count)
        changed["k\(count - 1)"] = .string("other")
        #expect(changed != Self.object(count, reversed: true))
        var renamed = Self.object(count - 1)
        renamed.appendUnchecked(key: "other", value: .number(JSONNumber(count - 1)))
        #expect(renamed != Self.object(count))
    }

    @Test(arguments: [3, 40, 20_000])
    func appendAbsentKeepsOrderAndFirstValues(count: Int) {
        var merged = Self.object(count / 2)
        var other = Self.object(count, reversed: true)
        other["k0"] = .string("ignored")
        merged.appendAbsent(from: other)
        #expect(merged.count == count)
        #expect(merged["k0"] == .number(JSONNumber(0)))
        #expect(Array(merged.keys.prefix(count / 2)) == Self.object(count / 2).keys)
        #expect(Array(merged.keys.dropFirst(count / 2)) == (count / 2..<count).reversed().map { "k\($0)" })
    }
}
