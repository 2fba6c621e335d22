import Foundation
import Testing

/// What the validator refuses in cursor pagination: a cursor parameter that is not an optional
/// string query parameter, a cursor field the page information lacks or that is not a string,
/// the keys of the other style, and items that are not an array field of an object result.
@Suite("Cursor pagination errors")
struct CursorPaginationErrorTests {
    /// The fixture with a `CursorInfo` model and a cursor-paginated `listPets` whose parameters and pagination are given.
    static func spec(cursor: String = #"{"in": "query", "type": "string"}"#,
                     info: String = #"{"cursor": {"type": "string"}}"#,
                     pagination: String = #"{"style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor", "info": "CursorInfo"}"#,
                     result: String = #"{"type": "array", "items": {"ref": "Pet"}}"#) throws -> String {
        let text = try SpecFixture.spec([#""Pet": {"#: #""CursorInfo": {"kind": "object", "fields": "# + info + "},\n    " + #""Pet": {"#])
        let operation = #"""
            "listPets": {
                  "method": "GET",
                  "path": "/pets",
                  "parameters": {"cursor": \#(cursor)},
                  "pagination": \#(pagination),
                  "response": {"status": 200, "result": \#(result)}
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

    /// `items` without `info`: the result object holds the items and the cursor.
    static let itemsPagination = #"{"style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor", "items": "pets"}"#

    @Test func aCursorInTheResultObjectBesideItsItemsIsAccepted() throws {
        let page = #"{"ref": "CursorInfo", "nullable": true}"#
        #expect(Self.found(try Self.spec(info: #"{"cursor": {"type": "string"}, "pets": {"type": "array", "items": {"ref": "Pet"}}}"#,
                                         pagination: Self.itemsPagination, result: page)) == [])
    }

    @Test func itemsMustBeAnArrayFieldOfAnObjectResult() throws {
        #expect(Self.found(try Self.spec(pagination: Self.itemsPagination)) == [
            "/operations/listPets/pagination/items: pagination 'items' names a field of the result, but the result is not an object model",
        ])
        #expect(Self.found(try Self.spec(info: #"{"cursor": {"type": "string"}, "pet": {"type": "array", "items": {"ref": "Pet"}}}"#,
                                         pagination: Self.itemsPagination, result: #"{"ref": "CursorInfo"}"#)) == [
            "/operations/listPets/pagination/items: pagination 'items' names 'pets', which is not a field of the result model 'CursorInfo'; did you mean 'pet'?",
        ])
        #expect(Self.found(try Self.spec(info: #"{"cursor": {"type": "string"}, "pets": {"type": "string"}}"#,
                                         pagination: Self.itemsPagination, result: #"{"ref": "CursorInfo"}"#)) == [
            "/models/CursorInfo/fields/pets: pagination 'items' names 'pets', which must be an array field of 'CursorInfo'",
        ])
    }

    @Test func theCursorIsReadFromInfoOrTheResultObject() throws {
        #expect(Self.found(try Self.spec(pagination: #"{"style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor"}"#)) == [
            "/operations/listPets/pagination: pagination 'cursorField' names 'cursor', a field of the page information, but there is neither "
                + "'info' (the envelope's page information) nor 'items' (the result is then an object holding the items and the cursor)",
        ])
        #expect(Self.found(try Self.spec(info: #"{"next": {"type": "string"}, "pets": {"type": "array", "items": {"ref": "Pet"}}}"#,
                                         pagination: Self.itemsPagination, result: #"{"ref": "CursorInfo"}"#)) == [
            "/operations/listPets/pagination: pagination result model 'CursorInfo' (the page information without 'info') has no cursor field 'cursor'",
        ])
    }

    @Test func infoBesideItemsMayNotLoseTheResultsOtherFields() throws {
        let pagination = #"{"style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor", "items": "pets", "info": "CursorInfo"}"#
        let result = #"{"ref": "PetPage"}"#
        let text = try Self.spec(pagination: pagination, result: result).replacingOccurrences(of: #""CursorInfo": {"#, with: #"""
            "PetPage": {"kind": "object", "fields": {"pets": {"type": "array", "items": {"ref": "Pet"}}, "total": {"type": "integer"}}},
                "CursorInfo": {
            """#)
        #expect(Self.found(text) == [
            "/operations/listPets/pagination/items: pagination has 'info', so a page holds the items and the envelope's page information, "
                + "and the result's other fields ('total') would be lost; leave 'info' out to make the result object the page information",
        ])
    }
}

/// `response.info`: the page information of a list that is not paginated, refused where it cannot be read.
@Suite("List page information errors")
struct ListInfoErrorTests {
    static func found(_ response: String, pagination: String = "") throws -> [String] {
        let text = try CursorPaginationErrorTests.spec().replacingOccurrences(
            of: #""response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}}"#,
            with: response
        ).replacingOccurrences(of: #""pagination": {"style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor", "info": "CursorInfo"},"#, with: pagination)
            .replacingOccurrences(of: #""envelope": {"resultField": "result","#, with: #""envelope": {"resultField": "result", "pageInfoField": "result_info","#)
        return CursorPaginationErrorTests.found(text)
    }

    @Test func aListsPageInformationIsAnObjectModelBesideAnArray() throws {
        #expect(try Self.found(#""response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}, "info": "CursorInfo"}"#) == [])
        #expect(try Self.found(#""response": {"status": 200, "result": {"ref": "Pet"}, "info": "CursorInfo"}"#) == [
            "/operations/listPets/response/info: operation 'listPets': 'response.info' needs an array result, the list the page information describes",
        ])
        #expect(try Self.found(#""response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}, "info": "CursorInf"}"#) == [
            "/operations/listPets/response/info: operation 'listPets': 'response.info' names 'CursorInf', which the spec does not define; did you mean 'CursorInfo'?",
        ])
    }

    @Test func theEnvelopeMustSayWhereThePageInformationIs() throws {
        let text = try CursorPaginationErrorTests.spec().replacingOccurrences(
            of: #""response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}}"#,
            with: #""response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}, "info": "CursorInfo"}"#
        ).replacingOccurrences(of: #""pagination": {"style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor", "info": "CursorInfo"},"#, with: "")
        #expect(CursorPaginationErrorTests.found(text) == [
            "/operations/listPets/response/info: operation 'listPets': 'response.info' is read from the envelope's 'pageInfoField', which the envelope does not name",
        ])
    }

    @Test func aPaginatedOperationNamesItsPageInformationInPagination() throws {
        let pagination = #""pagination": {"style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor", "info": "CursorInfo"},"#
        #expect(try Self.found(#""response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}, "info": "CursorInfo"}"#, pagination: pagination) == [
            "/operations/listPets/response/info: operation 'listPets': 'response.info' is for lists that are not paginated; a paginated operation names its page information in 'pagination.info'",
        ])
    }
}
