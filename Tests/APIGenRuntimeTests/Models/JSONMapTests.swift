@_spi(Generated) import APIGenRuntime
import Testing

/// `JSONMap`: a dictionary that keeps its members in order, through changes, decoding and encoding.
@Suite struct JSONMapTests {
    @Test func changesKeepTheOrder() {
        var map: JSONMap<Int> = ["b": 1, "a": 2]
        map["c"] = 3
        map["b"] = 10  // replaced in place
        #expect(map.keys == ["b", "a", "c"])
        #expect(map.values == [10, 2, 3])
        #expect(map.removeValue(forKey: "b") == 10)
        map["a"] = nil
        map["d"] = 4
        #expect(Array(map.map(\.key)) == ["c", "d"])
        #expect(map["c"] == 3 && map["d"] == 4 && map["a"] == nil && map.count == 2)
        #expect(map.description == #"["c": 3, "d": 4]"#)
        #expect(JSONMap<Int>().description == "[:]")
        #expect(map.mapValues { String($0) }.keys == ["c", "d"])
    }

    @Test func aLaterPairReplacesAnEarlierOne() {
        let map = JSONMap([("x", 1), ("y", 2), ("x", 3)])
        #expect(map.keys == ["x", "y"] && map["x"] == 3)
    }

    @Test func equalityAndHashingIgnoreOrder() {
        let forwards: JSONMap<String> = ["a": "1", "b": "2"]
        let backwards: JSONMap<String> = ["b": "2", "a": "1"]
        #expect(forwards == backwards)
        #expect(forwards.hashValue == backwards.hashValue)
        #expect(forwards != ["a": "1", "b": "3"])
        #expect(forwards != ["a": "1"])
        #expect(Set([forwards, backwards]).count == 1)
    }

    @Test func decodingAndEncodingKeepTheOrder() throws {
        let text = #"{"z":[1],"a":[],"m":[2,3]}"#
        let map = try JSONMap<[Int]>(json: JSONParser.parse(Array(text.utf8)), at: .root)
        #expect(map.keys == ["z", "a", "m"])
        #expect(JSONSerializer.string(map.encodeJSON()) == text)
    }

    @Test func decodingFailuresNameTheKey() {
        let failure = #expect(throws: DecodingFailure.self) {
            try JSONMap<Int>(json: ["ok": 1, "not ok": "x"], at: .root + "limits")
        }
        #expect(failure?.path.description == #"limits["not ok"]"#)
        #expect(throws: DecodingFailure.self) { try JSONMap<Int>(json: [1, 2], at: .root) }
    }

    @Test func anObjectThatRepeatsAKeyKeepsTheLastValue() throws {
        let object = JSONObject(uniqueMembers: [.init(key: "a", value: 1), .init(key: "b", value: 2), .init(key: "a", value: 3)])
        let map = try JSONMap<Int>(json: .object(object), at: .root)
        #expect(map.keys == ["a", "b"] && map["a"] == 3)
    }

    @Test func valuesAreValidatedAtTheirKeys() {
        var report = ValidationReport(mode: .request)
        report.checkPropertyCount(1, at: .root + "labels", minProperties: 2, maxProperties: 0)
        #expect(report.violations.map(\.description) == ["labels: 1 member, at least 2", "labels: 1 member, at most 0"])
        #expect(report.violations.map(\.constraint) == [.minProperties(2), .maxProperties(0)])
    }
}
