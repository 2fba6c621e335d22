import APIGenJSON
import Foundation
import Testing

@Suite("Recorded locations")
struct LocationTests {
    static let document = #"""
    {
      "name": "demo",
      "ünï": 3,
      "models": {
        "Foo": {
          "fields": [1, {"id": "é"}]
        }
      },
      "caf\u00e9": true
    }
    """#

    @Test(arguments: ["\n", "\r\n"])
    func valuesAndKeys(lineEnding: String) throws {
        let text = Self.document.replacingOccurrences(of: "\n", with: lineEnding)
        let (value, locations) = try JSONParser.parseWithLocations(Data(text.utf8))
        #expect(value["caf\u{e9}"] == true)

        func at(_ location: Location?) -> String? { location?.description }
        #expect(at(locations.valueLocation(at: .root)) == "1:1")
        #expect(locations.valueLocation(at: .root)?.offset == 0)
        #expect(at(locations.keyLocation(at: .root)) == nil)
        #expect(at(locations.keyLocation(at: path(.key("name")))) == "2:3")
        #expect(at(locations.valueLocation(at: path(.key("name")))) == "2:11")
        // Columns count scalars: ü and ï are two bytes each but one column.
        #expect(at(locations.valueLocation(at: path(.key("ünï")))) == "3:10")
        #expect(at(locations.keyLocation(at: path(.key("models")))) == "4:3")
        #expect(at(locations.valueLocation(at: path(.key("models")))) == "4:13")
        #expect(at(locations.keyLocation(at: path(.key("models"), .key("Foo")))) == "5:5")
        #expect(at(locations.valueLocation(at: path(.key("models"), .key("Foo")))) == "5:12")
        let fields = path(.key("models"), .key("Foo"), .key("fields"))
        #expect(at(locations.keyLocation(at: fields)) == "6:7")
        #expect(at(locations.valueLocation(at: fields)) == "6:17")
        #expect(at(locations.valueLocation(at: fields.appending(index: 0))) == "6:18")
        #expect(at(locations.keyLocation(at: fields.appending(index: 0))) == nil)
        #expect(at(locations.valueLocation(at: fields.appending(index: 1))) == "6:21")
        #expect(at(locations.keyLocation(at: fields.appending(index: 1).appending("id"))) == "6:22")
        #expect(at(locations.valueLocation(at: fields.appending(index: 1).appending("id"))) == "6:28")
        // Keys are looked up decoded: the document spells this one with an escape.
        #expect(at(locations.keyLocation(at: path(.key("café")))) == "9:3")
        #expect(at(locations.valueLocation(at: path(.key("café")))) == "9:16")
        #expect(at(locations.location(at: path(.key("café")))) == "9:3")
        #expect(locations.valueLocation(at: path(.key("missing"))) == nil)
        #expect(locations.count == 10)
    }

    @Test func allInputFormsRecord() throws {
        let text = "[1,\n 2]"
        let second = path(.index(1))
        #expect(try JSONParser.parseWithLocations(text).locations.valueLocation(at: second)?.description == "2:2")
        #expect(try JSONParser.parseWithLocations(Array(text.utf8)).locations.valueLocation(at: second)?.description == "2:2")
        let fromBuffer = try Array(text.utf8).withUnsafeBytes { try JSONParser.parseWithLocations($0) }
        #expect(fromBuffer.locations.valueLocation(at: second) == Location(line: 2, column: 2, offset: 5))
    }

    @Test func errorsStillThrowWhenRecording() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parseWithLocations("[1,]") }
    }

    @Test func emptyLocations() {
        #expect(JSONLocations().valueLocation(at: .root) == nil)
    }
}
