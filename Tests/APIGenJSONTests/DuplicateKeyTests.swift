import APIGenJSON
import Testing

@Suite("Duplicate keys")
struct DuplicateKeyTests {
    @Test func rejectedWithBothLocations() {
        let error = syntaxError("{\n  \"name\": 1,\n  \"x\": {},\n  \"name\": 2\n}")
        #expect(error?.kind == .duplicateKey("name"))
        #expect(error?.description == #"4:3: duplicate key "name" (first at 2:3)"#)
        #expect(error?.path.pointer == "/name")
    }

    @Test func rejectedInsideNestedObject() {
        let error = syntaxError(#"{"outer":{"k":[1,{"k":0}],"k":2}}"#)
        #expect(error?.description == #"1:27: duplicate key "k" (first at 1:11)"#)
        #expect(error?.path.pointer == "/outer/k")
    }

    @Test func sameKeyInDifferentObjectsIsFine() throws {
        #expect(try JSONParser.parse(#"{"a":{"x":1},"b":{"x":2},"x":{"x":3}}"#)["x"]?["x"] == 3)
    }

    @Test func lastWinsReplacesInPlace() throws {
        let value = try JSONParser.parse(#"{"a":1,"b":2,"a":{"c":3}}"#, options: .lenient)
        #expect(value.objectValue?.keys == ["a", "b"])
        #expect(JSONSerializer.string(value) == #"{"a":{"c":3},"b":2}"#)
    }

    /// Objects past 16 members switch from a linear scan to a dictionary; both must agree.
    @Test(arguments: [3, 16, 17, 40])
    func bigObjects(memberCount: Int) throws {
        let members = (0..<memberCount).map { #""k\#($0)":\#($0)"# }
        let text = "{" + members.joined(separator: ",") + #","k2":"again"}"#
        let error = syntaxError(text)
        #expect(error?.kind == .duplicateKey("k2"))
        let firstColumn = text.utf8.firstRange(of: #""k2""#.utf8)!.lowerBound.utf16Offset(in: text) + 1
        #expect(error?.description == #"1:\#(text.utf8.count - 12): duplicate key "k2" (first at 1:\#(firstColumn))"#)

        let value = try JSONParser.parse(text, options: .lenient)
        #expect(value.objectValue?.count == memberCount)
        #expect(value.objectValue?.keys[2] == "k2")
        #expect(value["k2"] == "again")
        #expect(value["k0"] == 0)
        #expect(value["k\(memberCount - 1)"] != nil)
    }

    @Test func duplicateAfterManyDistinctKeysInLenientModeStaysUnique() throws {
        let members = (0..<30).map { #""k\#($0)":\#($0)"# } + (0..<30).map { #""k\#($0)":-\#($0)"# }
        let value = try JSONParser.parse("{" + members.joined(separator: ",") + "}", options: .lenient)
        #expect(value.objectValue?.count == 30)
        #expect(value["k29"] == -29)
    }
}
