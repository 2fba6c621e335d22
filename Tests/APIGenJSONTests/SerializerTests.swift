import APIGenJSON
import Foundation
import Testing

@Suite("Serializing")
struct SerializerTests {
    static let sample: JSONValue = [
        "name": "x",
        "list": [1, [], [:]],
        "obj": ["a": nil, "b": [true, false]],
        "empty": [:],
    ]

    @Test func compact() {
        #expect(JSONSerializer.string(Self.sample) == #"{"name":"x","list":[1,[],{}],"obj":{"a":null,"b":[true,false]},"empty":{}}"#)
        #expect(Self.sample.description == JSONSerializer.string(Self.sample))
    }

    @Test func pretty() {
        let expected = """
        {
          "name": "x",
          "list": [
            1,
            [],
            {}
          ],
          "obj": {
            "a": null,
            "b": [
              true,
              false
            ]
          },
          "empty": {}
        }
        """
        #expect(JSONSerializer.string(Self.sample, options: .init(prettyPrinted: true)) == expected)
        #expect(JSONSerializer.string([], options: .init(prettyPrinted: true)) == "[]")
        #expect(JSONSerializer.string("a", options: .init(prettyPrinted: true)) == #""a""#)
    }

    @Test func sortedKeysUseUnicodeScalarOrder() {
        let value: JSONValue = ["b": 1, "a": ["d": 1, "c": 2], "B": 0, "é": 1, "z": 2]
        #expect(JSONSerializer.string(value, options: .init(sortedKeys: true)) == #"{"B":0,"a":{"c":2,"d":1},"b":1,"z":2,"é":1}"#)
        // UTF-16 order would put 😀 (D83D DE00) before ～ (FF5E); scalar order does not.
        let astral: JSONValue = ["😀": 1, "\u{FF5E}": 2]
        #expect(JSONSerializer.string(astral, options: .init(sortedKeys: true)) == "{\"\u{FF5E}\":2,\"😀\":1}")
    }

    @Test func prettyAndSorted() {
        let value: JSONValue = ["b": [1], "a": nil]
        #expect(JSONSerializer.string(value, options: .init(sortedKeys: true, prettyPrinted: true)) == "{\n  \"a\": null,\n  \"b\": [\n    1\n  ]\n}")
    }

    @Test func stringEscaping() throws {
        let value: JSONValue = .string("a\"b\\c/d\u{8}\u{C}\n\r\t\u{1}\u{1F}\u{7F}é😀")
        #expect(JSONSerializer.string(value) == "\"a\\\"b\\\\c/d\\b\\f\\n\\r\\t\\u0001\\u001f\u{7F}é😀\"")
        #expect(try JSONParser.parse(JSONSerializer.serialize(value)) == value)
    }

    @Test func numbersPrintTheirText() {
        let value: JSONValue = [.number(JSONNumber(uncheckedText: "1.50")), 1.5, 3, .number(JSONNumber(text: "-0")!), .number(JSONNumber(text: "1E+2")!)]
        #expect(JSONSerializer.string(value) == "[1.50,1.5,3,-0,1E+2]")
    }

    @Test func outputFormsAgree() {
        let bytes = JSONSerializer.serialize(Self.sample)
        #expect(JSONSerializer.data(Self.sample) == Data(bytes))
        #expect(JSONSerializer.string(Self.sample) == String(decoding: bytes, as: UTF8.self))
    }
}
