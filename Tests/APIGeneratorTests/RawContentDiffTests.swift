import APIGenDiff
import Testing

/// `apigen diff` of raw content: another media type, or raw content for JSON, breaks callers; another parameter of the
/// same media type (`charset`) is compatible.
@Suite("Spec diff: raw content")
struct RawContentDiffTests {
    static let body = #""requestBody": {"ref": "NewPet"}"#
    static let answer = #""response": {"status": 200, "result": {"ref": "Pet"}}"#

    @Test func anotherMediaTypeOfTheBodyBreaksCallers() throws {
        let changes = try SpecDiffTests.changes(from: [Self.body: #""requestBody": {"contentType": "application/octet-stream"}"#],
                                                to: [Self.body: #""requestBody": {"contentType": "text/plain"}"#])
        #expect(changes.map(\.impact) == [.breaking], "\(changes)")
        #expect(changes.first?.path.pointer == "/operations/addPet/requestBody")
        let fromJSON = try SpecDiffTests.changes([Self.body: #""requestBody": {"contentType": "text/plain"}"#])
        #expect(fromJSON.map(\.message) == ["operation 'addPet': the request body is 'text/plain' content now, not JSON"])
    }

    @Test func anotherMediaTypeOfTheAnswerBreaksCallers() throws {
        let changes = try SpecDiffTests.changes([Self.answer: #""response": {"status": 200, "contentType": "text/csv"}"#])
        #expect(changes.map(\.message) == ["operation 'getPet': the answer is 'text/csv' content now, not JSON"], "\(changes)")
        #expect(changes.map(\.impact) == [.breaking])
        let charset = try SpecDiffTests.changes(from: [Self.answer: #""response": {"status": 200, "contentType": "text/csv"}"#],
                                                to: [Self.answer: #""response": {"status": 200, "contentType": "text/csv; charset=utf-8"}"#])
        #expect(charset.map(\.impact) == [.compatible], "\(charset)")
    }
}
