@_spi(Generated) import APIGenRuntime
import Foundation
import Testing
import TestSupport

/// The client takes as success only the status the spec documents for the operation: any other
/// answer is not one the spec describes.
@Suite("Success status")
struct SuccessStatusTests {
    static let envelope = EnvelopeFormat(resultField: "result", successField: "success", pageInfoField: nil, errorsField: "errors",
                                         errorCodeField: "code", errorMessageField: "message", errorPathField: nil, requestIDHeader: nil)

    static func send(declaring successStatus: Int, answering status: Int) async -> Result<JSONValue, APIClientError> {
        let transport = InMemoryTransport(status: status, json: #"{"success": true, "errors": [], "result": {"id": "a"}}"#)
        var configuration = ClientConfiguration(baseURL: URL(string: "https://api.example.com")!, credentials: nil, userAgent: "test")
        configuration.retryPolicy = .none
        let core = APIClientCore(configuration: configuration, transport: transport, envelope: envelope)
        let request = OperationRequest(method: "POST", path: [.literal("/things")], successStatus: successStatus)
        do throws(APIClientError) {
            return .success(try await core.send(request, options: RequestOptions()).result)
        } catch {
            return .failure(error)
        }
    }

    @Test("the documented status is a success", arguments: [200, 201, 202])
    func documentedStatus(status: Int) async throws {
        let result = try await Self.send(declaring: status, answering: status).get()
        #expect(result == ["id": "a"])
    }

    @Test("another 2xx is an unexpected response, with its status and body", arguments: [(201, 200), (200, 201), (200, 204)])
    func undocumentedSuccess(declared: Int, answered: Int) async {
        guard case .failure(.unexpectedResponse(let status, let contentType, let excerpt, _)) = await Self.send(declaring: declared, answering: answered) else {
            Issue.record("expected .unexpectedResponse")
            return
        }
        #expect(status == answered)
        #expect(contentType == "application/json")
        #expect(excerpt.contains(#""result""#))
    }

    /// With alternatives, each documented status is read as its own answer and reported in `status`; an empty one may
    /// have no body, with an envelope or without.
    @Test("an alternative status is a success, read by its own flags", arguments: [true, false])
    func alternatives(enveloped: Bool) async throws {
        var configuration = ClientConfiguration(baseURL: URL(string: "https://api.example.com")!, credentials: nil, userAgent: "test")
        configuration.retryPolicy = .none
        let request = OperationRequest(method: "POST", path: [.literal("/things")], successStatus: 201,
                                       alternatives: [SuccessAnswer(status: 202), SuccessAnswer(status: 204, expectsResult: false)], enveloped: enveloped)
        let send = { (transport: InMemoryTransport) async throws(APIClientError) -> SuccessEnvelope in
            try await APIClientCore(configuration: configuration, transport: transport, envelope: Self.envelope).send(request, options: RequestOptions())
        }
        let body = enveloped ? #"{"success": true, "errors": [], "result": {"id": "a"}}"# : #"{"id": "a"}"#
        let accepted = try await send(InMemoryTransport(status: 202, json: body))
        #expect(accepted.status == 202 && accepted.result == ["id": "a"])
        let empty = try await send(InMemoryTransport { _ in HTTPResponse(status: 204) })
        #expect(empty.status == 204 && empty.result == .null)
        // A 202 without a body is not an empty answer: only 204 is.
        await #expect(throws: APIClientError.self) { try await send(InMemoryTransport { _ in HTTPResponse(status: 202) }) }
        await #expect(throws: APIClientError.self) { try await send(InMemoryTransport(status: 200, json: body)) }
    }
}
