import APIGenRuntime
import Foundation
import SpecDrivenTesting
import Testing
import TestSupport

/// Every documented example of every API under test goes through its generated client: the
/// request body decodes, validates and is sent exactly; the response decodes, validates and
/// re-encodes to equal JSON; error answers become `APIClientError.api` with every error, and error
/// bodies decode into the model the spec gives their status. What an operation returns, which
/// status means success and which model an error body has are all read from the spec.
@Suite struct DocumentedExampleTests {
    static let successExamples = DocumentedExample.all.filter(\.isSuccess)
    static let errorExamples = DocumentedExample.all.filter { !$0.isSuccess }

    @Test(arguments: APIUnderTest.all)
    func everyOperationHasExamples(_ api: APIUnderTest) {
        let examples = DocumentedExample.all(of: api)
        let specOperations = api.spec.operations.map(\.name)
        #expect(api.operationNames == specOperations, "the compiled catalog is not the spec's")
        // Every operation documents its success and at least one error answer.
        #expect(Set(examples.filter(\.isSuccess).map(\.operation.name)) == Set(specOperations))
        #expect(Set(examples.filter { !$0.isSuccess }.map(\.operation.name)) == Set(specOperations))
    }

    @Test(arguments: successExamples)
    func successExampleRoundTrips(_ documented: DocumentedExample) async throws {
        let transport = Self.transport(answering: documented)
        let result = try await documented.api.invoke(documented.operation.name, over: transport, documented.arguments)

        // The result re-encodes to the documented JSON: nothing lost, null kept, timestamps exact.
        let resultField = try #require(documented.api.spec.envelope).resultField
        let documentedResult = try #require(documented.example.responseBody[resultField])
        #expect(result == documentedResult)
        #expect(JSONSerializer.string(result, options: .init(sortedKeys: true)) == JSONSerializer.string(documentedResult, options: .init(sortedKeys: true)))

        // The client sent exactly the documented body (or none).
        let sent = try #require(transport.requests.first)
        if let body = documented.example.body {
            #expect(try JSONParser.parse(sent.body ?? Data()) == body)
        } else {
            #expect(sent.body == nil)
        }
    }

    @Test(arguments: successExamples)
    func successExampleValidates(_ documented: DocumentedExample) throws {
        let api = documented.api
        let resultField = try #require(api.spec.envelope).resultField
        if let expected = documented.operation.response.result {
            let result = try #require(documented.example.responseBody[resultField])
            let decoded = try SpecValue(result, as: expected, of: api, mode: .response)
            #expect(decoded.violations.isEmpty)
            #expect(decoded.reencoded == result)
        } else {
            // An empty answer: no result, or a null one.
            #expect((documented.example.responseBody[resultField] ?? .null) == .null)
        }
        if let body = documented.example.body {
            let bodySchema = try #require(documented.operation.requestBody, "a body for an operation that takes none")
            #expect(try SpecValue(body, as: bodySchema, of: api, mode: .request).violations.isEmpty)
        }
    }

    @Test(arguments: errorExamples)
    func errorExampleBecomesAPIError(_ documented: DocumentedExample) async throws {
        let envelope = try #require(documented.api.spec.envelope)
        do {
            _ = try await documented.api.invoke(documented.operation.name, over: Self.transport(answering: documented), documented.arguments)
            Issue.record("expected an API error")
        } catch let error as APIClientError {
            guard case .api(let apiError) = error else {
                Issue.record("expected .api, got \(error)")
                return
            }
            #expect(apiError.status == documented.example.responseStatus)
            #expect(apiError.requestID == (documented.api.spec.server.requestIDHeader == nil ? nil : Self.requestID))
            let errors = try #require(documented.example.responseBody[envelope.errorsField]?.arrayValue)
            #expect(apiError.messages.map(\.message) == errors.map { $0[envelope.errorMessageField]?.stringValue })
            #expect(apiError.messages.map(\.code) == errors.map { $0[envelope.errorCodeField]?.numberValue?.intValue })
            #expect(apiError.body == documented.example.responseBody)
        }
    }

    @Test(arguments: errorExamples)
    func errorBodyDecodesIntoItsModel(_ documented: DocumentedExample) throws {
        let body = documented.example.responseBody
        let decoded = try SpecValue(body, asModel: documented.errorModel, of: documented.api, mode: .response)
        #expect(decoded.reencoded == body)
    }

    static let requestID = "8f0c2a1b3d4e5f60-SJC"

    /// Answers every request with the example's status and body, and the request-id header the spec names.
    static func transport(answering documented: DocumentedExample) -> InMemoryTransport {
        let body = JSONSerializer.data(documented.example.responseBody)
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        if let header = documented.api.spec.server.requestIDHeader { headers.add(name: header, value: requestID) }
        return InMemoryTransport { [headers] _ in HTTPResponse(status: documented.example.responseStatus, headers: headers, body: body) }
    }
}
