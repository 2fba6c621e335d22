import Foundation
import Testing

/// Misused array parameters (`"type": "array"` with `"in": "query"`, and `style`): each mistake reported once, located.
@Suite("Query array errors")
struct QueryArrayErrorTests {
    static func found(_ parameter: String, name: String = "tag") throws -> [(message: String, pointer: String)] {
        let text = try SpecFixture.spec([#""id": {"in": "path", "type": "string"}"#: #""id": {"in": "path", "type": "string"}, "\#(name)": \#(parameter)"#])
        return diagnostics(Data(text.utf8)).map { ($0.message, $0.location.path.pointer) }
    }

    @Test(arguments: [
        #"{"in": "query", "type": "array", "items": {"type": "string"}}"#,
        #"{"in": "query", "type": "array", "items": {"type": "integer"}, "style": "commaSeparated", "maxItems": 5}"#,
        #"{"in": "query", "type": "array", "items": {"type": "boolean"}, "style": "repeated", "required": true}"#,
    ])
    func aValidArrayParameterGenerates(parameter: String) throws {
        #expect(try Self.found(parameter).isEmpty)
    }

    @Test func itemsMustBeText() throws {
        let found = try Self.found(#"{"in": "query", "type": "array", "items": {"ref": "Pet"}}"#)
        #expect(found.map(\.message) == ["the items of query parameter 'tag' must be strings, integers, numbers, booleans or enums"])
        #expect(found.map(\.pointer) == ["/operations/getPet/parameters/tag/items"])
        let nested = try Self.found(#"{"in": "query", "type": "array", "items": {"type": "array", "items": {"type": "string"}}}"#)
        #expect(nested.map(\.message) == ["the items of query parameter 'tag' must be strings, integers, numbers, booleans or enums"])
    }

    @Test(arguments: ["header", "path"])
    func onlyQueryParametersAreArrays(place: String) throws {
        let found = try Self.found(#"{"in": "\#(place)", "type": "array", "items": {"type": "string"}}"#, name: "X-Tags")
        #expect(found.map(\.message).contains("parameter 'X-Tags' must be a string, integer, number, boolean or enum"), "\(found)")
    }

    @Test func styleIsForArrayQueryParametersOnly() throws {
        let found = try Self.found(#"{"in": "query", "type": "string", "style": "commaSeparated"}"#)
        #expect(found.map(\.message) == ["'style' applies to array query parameters only; parameter 'tag' is not one"])
        #expect(found.map(\.pointer) == ["/operations/getPet/parameters/tag/style"])
    }

    @Test func anUnknownStyleNamesTheChoices() throws {
        let found = try Self.found(#"{"in": "query", "type": "array", "items": {"type": "string"}, "style": "pipeDelimited"}"#)
        #expect(found.map(\.message) == ["'style' must be one of repeated, commaSeparated, found 'pipeDelimited'"])
        #expect(found.map(\.pointer) == ["/operations/getPet/parameters/tag/style"])
    }

    @Test func anArrayParameterHasNoEnvironmentVariable() throws {
        let found = try Self.found(#"{"in": "query", "type": "array", "items": {"type": "string"}, "environment": "TAGS"}"#)
        #expect(found.map(\.message) == ["array parameter 'tag' cannot have 'environment': a variable holds one value"])
    }
}
