import APIGenJSON
import Foundation
import Testing

@Suite("Codable bridging")
struct CodableTests {
    struct Envelope: Codable, Equatable {
        var id: Int
        var payload: JSONValue
    }

    @Test func encodesThroughJSONEncoder() throws {
        let value: JSONValue = ["b": ["c": -3, "d": .number(JSONNumber(uncheckedText: "2.50"))], "a": [1, 2.5, "x", nil, true]]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        #expect(text == #"{"a":[1,2.5,"x",null,true],"b":{"c":-3,"d":2.5}}"#)
    }

    @Test func decodesThroughJSONDecoder() throws {
        let text = #"{"a":[1,2.5,"x",null,true,false,{},[]],"big":12345678901234567890,"neg":-7}"#
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(decoded == (try JSONParser.parse(text)))
        #expect(decoded["a"]?[0]?.numberValue?.text == "1")
        #expect(decoded["a"]?[4] == true)
        #expect(decoded["neg"]?.numberValue?.text == "-7")
        // Members come back sorted by key (a dictionary has no order to keep).
        #expect(decoded.objectValue?.keys == ["a", "big", "neg"])
    }

    @Test func numbersAreNotMistakenForBooleans() throws {
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data("[1, 0, true]".utf8))
        #expect(decoded == [1, 0, true])
    }

    @Test func roundTripsInsideACodableType() throws {
        let envelope = Envelope(id: 7, payload: ["tools": [["name": "search", "enabled": true]], "ratio": 0.25])
        let data = try JSONEncoder().encode(envelope)
        #expect(try JSONDecoder().decode(Envelope.self, from: data) == envelope)
    }

    @Test func keyStrategiesDoNotTouchArbitraryJSON() throws {
        let value: JSONValue = ["some_key": ["innerKey": 1]]
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let decoded = try decoder.decode(JSONValue.self, from: try encoder.encode(value))
        #expect(decoded == value)
    }
}
