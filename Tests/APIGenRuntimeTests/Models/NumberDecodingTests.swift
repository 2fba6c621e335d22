@_spi(Generated) import APIGenRuntime
import Testing

/// A `number` field never changes value silently: what a Double cannot hold is a decoding error
/// that names the field.
@Suite struct NumberDecodingTests {
    @Test(arguments: ["9007199254740993", "12345678901234567890", "1e400", "1e-400"])
    func anUnrepresentableNumberIsADecodingErrorAtItsPath(text: String) throws {
        let json = try JSONParser.parse(Array(#"{"result": {"ratio": \#(text)}}"#.utf8))
        let path = JSONPath.root + "result" + "ratio"
        #expect(throws: DecodingFailure.self) { _ = try Double(json: json["result"]?["ratio"] ?? .null, at: path) }
        do {
            _ = try Double(json: json["result"]?["ratio"] ?? .null, at: path)
        } catch {
            #expect(error.path == path)
            #expect(error.description.contains("result.ratio"), "\(error)")
            #expect(error.description.contains(text))
        }
    }

    @Test func representableNumbersDecodeAndReencodeUnchanged() throws {
        for text in ["1.5", "9007199254740992", "0.1", "-3"] {
            let value = try Double(json: .number(try #require(JSONNumber(text: text))), at: .root)
            #expect(value.encodeJSON() == .number(try #require(JSONNumber(text: text))))
        }
    }
}
