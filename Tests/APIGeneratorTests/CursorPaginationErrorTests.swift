import Foundation
import Testing

/// What the validator refuses in cursor pagination: a cursor parameter that is not an optional
/// string query parameter, a cursor field the page information lacks or that is not a string,
/// and the keys of the other style.
@Suite("Cursor pagination errors")
struct CursorPaginationErrorTests {
    /// The fixture with a `CursorInfo` model and a cursor-paginated `listPets` whose parameters and pagination are given.
    static func spec(cursor: String = #"{"in": "query", "type": "string"}"#,
                     info: String = #"{"cursor": {"type": "string"}}"#,
                     pagination: String = #"{"style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor", "info": "CursorInfo"}"#) throws -> String {
        let text = try SpecFixture.spec([#""Pet": {"#: #""CursorInfo": {"kind": "object", "fields": "# + info + "},\n    " + #""Pet": {"#])
        let operation = #"""
            "listPets": {
                  "method": "GET",
                  "path": "/pets",
                  "parameters": {"cursor": \#(cursor)},
                  "pagination": \#(pagination),
                  "response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}}
                },
                "getPet": {
            """#
        return text.replacingOccurrences(of: #""getPet": {"#, with: operation)
    }

    static func found(_ text: String) -> [String] {
        diagnostics(text).map { "\($0.location.path.pointer): \($0.message)" }
    }

    @Test func aWellFormedCursorPaginationIsAccepted() throws {
        #expect(Self.found(try Self.spec()) == [])
    }

    @Test func theCursorParameterMustBeAnOptionalStringQueryParameter() throws {
        #expect(Self.found(try Self.spec(cursor: #"{"in": "query", "type": "integer", "required": true}"#)) == [
            "/operations/listPets/parameters/cursor: pagination cursor parameter 'cursor' must be a string",
            "/operations/listPets/parameters/cursor: pagination cursor parameter 'cursor' must be optional: the first page is asked for without a cursor",
        ])
        #expect(Self.found(try Self.spec(pagination: #"{"style": "cursor", "cursorParameter": "after", "cursorField": "cursor", "info": "CursorInfo"}"#)) == [
            "/operations/listPets/pagination: pagination names the cursor parameter 'after', which is not a query parameter of operation 'listPets'",
        ])
    }

    @Test func theCursorFieldMustBeAStringOfTheInfoModel() throws {
        #expect(Self.found(try Self.spec(info: #"{"cursor": {"type": "integer"}}"#)) == [
            "/models/CursorInfo/fields/cursor: pagination cursor field 'cursor' must be a string",
        ])
        #expect(Self.found(try Self.spec(info: #"{"next": {"type": "string"}}"#)) == [
            "/operations/listPets/pagination: pagination info model 'CursorInfo' has no cursor field 'cursor'",
        ])
        #expect(Self.found(try Self.spec(info: #"{"cursor": {"type": "string", "nullable": true}}"#)) == [
            "/models/CursorInfo/fields/cursor: pagination cursor field 'cursor' may be absent or null, but not both: its absence already ends the list",
        ])
    }

    @Test func theKeysFollowTheStyle() throws {
        let pageKey = try Self.spec(pagination: #"{"style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor", "pageParameter": "page", "info": "CursorInfo"}"#)
        #expect(Self.found(pageKey).contains { $0.hasPrefix("/operations/listPets/pagination/pageParameter: ") }, "\(Self.found(pageKey))")
        let missing = try Self.spec(pagination: #"{"style": "cursor", "cursorParameter": "cursor", "info": "CursorInfo"}"#)
        #expect(Self.found(missing).contains { $0.hasPrefix("/operations/listPets/pagination: ") && $0.contains("cursorField") }, "\(Self.found(missing))")
        let style = try Self.spec(pagination: #"{"style": "offset", "cursorParameter": "cursor", "cursorField": "cursor", "info": "CursorInfo"}"#)
        #expect(Self.found(style).contains("/operations/listPets/pagination/style: 'style' must be 'pageNumber' or 'cursor', found 'offset'"), "\(Self.found(style))")
    }
}
