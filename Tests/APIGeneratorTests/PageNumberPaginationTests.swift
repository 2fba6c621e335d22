import APIGenDiff
import APIGenJSON
import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// Page-number pagination without page information (`info` left out): accepted, with or without an envelope, generating
/// `Page<Item, Swift.Never>`; a page count without the page information it is read from, and cursors without it, refused.
@Suite("Page numbers without page information")
struct PageNumberPaginationTests {
    /// The fixture with a `PageInfo` model and a page-number `listPets` whose pagination (and `envelope` key) are given.
    static func spec(_ pagination: String, envelope: String = "") throws -> String {
        let text = try SpecFixture.spec([#""Pet": {"#: #""PageInfo": {"kind": "object", "fields": {"total_pages": {"type": "integer"}}},"# + "\n    " + #""Pet": {"#])
        let operation = #"""
            "listPets": {
                  "method": "GET",
                  "path": "/pets",\#(envelope)
                  "parameters": {"page": {"in": "query", "type": "integer"}, "per_page": {"in": "query", "type": "integer", "default": 10}, "cursor": {"in": "query", "type": "string"}},
                  "pagination": \#(pagination),
                  "response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}}
                },
                "getPet": {
            """#
        return text.replacingOccurrences(of: #""getPet": {"#, with: operation)
    }

    static func found(_ text: String) -> [String] { CursorPaginationErrorTests.found(text) }

    static let withoutInfo = #"{"style": "pageNumber", "pageParameter": "page", "perPageParameter": "per_page"}"#

    @Test func pageNumbersWithoutInfoAreAcceptedAndReturnPagesOfNever() throws {
        #expect(Self.found(try Self.spec(Self.withoutInfo)) == [])
        let files = try Generator.generate(specData: Data(try Self.spec(Self.withoutInfo).utf8), fileName: SpecFixture.fileName)
        let client = try #require(files.first { $0.name == "Client.swift" }?.contents)
        #expect(client.contains("-> APIGenRuntime.Page<Pet, Swift.Never>"))
        #expect(client.contains("APIGenRuntime.Page<Pet, Swift.Never>(items: try envelope.decodeResult(as: [Pet].self), info: nil)"))
        #expect(client.contains("APIGenRuntime.PageSequence<Pet>(pageSize: perPage ?? 10)"))
        #expect(client.contains("The API sends no page information: the sequence ends on a short or empty page."))
        #expect(!client.contains("decodePageInfo"))
    }

    /// Without page information nothing needs the envelope: an answer that is the array itself pages the same way.
    @Test func withoutInfoNoEnvelopeIsNeeded() throws {
        #expect(Self.found(try Self.spec(Self.withoutInfo, envelope: #" "envelope": false,"#)) == [])
        let withInfo = #"{"style": "pageNumber", "pageParameter": "page", "perPageParameter": "per_page", "info": "PageInfo"}"#
        #expect(Self.found(try Self.spec(withInfo, envelope: #" "envelope": false,"#)) == [
            "/operations/listPets/pagination: operation 'listPets' is paginated, but its answers are not in an envelope, which is where the page information is",
        ])
    }

    @Test func aPageCountNeedsThePageInformation() throws {
        let text = try Self.spec(#"{"style": "pageNumber", "pageParameter": "page", "perPageParameter": "per_page", "totalPagesField": "total_pages"}"#)
        let found = diagnostics(text)
        #expect(found.map(\.location.path.pointer) == ["/operations/listPets/pagination/totalPagesField"])
        #expect(found.first?.message.contains("'totalPagesField' names 'total_pages', a field of the page information, but there is no 'info'") == true,
                "\(found)")
    }

    @Test func cursorsStillNeedThePageInformation() throws {
        let found = Self.found(try Self.spec(#"{"style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor"}"#))
        #expect(found.count == 1 && found.first?.hasPrefix("/operations/listPets/pagination: ") == true && found.first?.contains("'info'") == true, "\(found)")
    }

    /// Gaining or losing the page information changes the page's type (`Page<Pet, Never>`, `Page<Pet, Info>`): breaking.
    @Test func diffCallsPageInformationGainedOrLostBreaking() throws {
        let operations = #""operations": {"#
        let list = { (pagination: String) in
            operations + #""listPets": {"method": "GET", "path": "/pets", "parameters": {"page": {"in": "query", "type": "integer"}, "per_page": {"in": "query", "type": "integer"}}, "response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}}, "pagination": "# + pagination + "},"
        }
        let without = list(Self.withoutInfo)
        let with = list(#"{"style": "pageNumber", "pageParameter": "page", "perPageParameter": "per_page", "info": "Info"}"#)
        #expect(try SpecDiffTests.changes(from: [operations: without], to: [operations: without]).isEmpty)
        let gained = try SpecDiffTests.changes(from: [operations: without], to: [operations: with])
        #expect(gained.map(\.impact) == [.breaking] && gained.first?.message.contains("its pages carry page information ('Info') now") == true, "\(gained)")
        #expect(gained.first?.path.pointer == "/operations/listPets/pagination")
        let lost = try SpecDiffTests.changes(from: [operations: with], to: [operations: without])
        #expect(lost.map(\.impact) == [.breaking] && lost.first?.message.contains("no longer carry page information ('Info')") == true, "\(lost)")
    }
}
