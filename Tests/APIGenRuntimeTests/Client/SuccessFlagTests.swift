@_spi(Generated) import APIGenRuntime
import Foundation
import Testing
import TestSupport

/// The envelope's success flag decides between a result and an API error, so it must be one
/// unambiguous boolean: anything else is not an answer the spec describes.
@Suite("Success flag")
struct SuccessFlagTests {
    static func send(_ json: String) async -> Result<JSONValue, APIClientError> {
        let transport = InMemoryTransport(status: 200, json: json)
        var configuration = ClientConfiguration(baseURL: URL(string: "https://api.example.com")!, credentials: nil, userAgent: "test")
        configuration.retryPolicy = .none
        let core = APIClientCore(configuration: configuration, transport: transport, envelope: SuccessStatusTests.envelope)
        let request = OperationRequest(method: "GET", path: [.literal("/things")], successStatus: 200)
        do throws(APIClientError) {
            return .success(try await core.send(request, options: RequestOptions()).result)
        } catch {
            return .failure(error)
        }
    }

    @Test("a success flag that is not a boolean is an unexpected response",
          arguments: [#""false""#, #""true""#, "1", "0", "null", "[]", "{}"])
    func notABoolean(flag: String) async {
        let outcome = await Self.send(#"{"success": \#(flag), "errors": [], "result": {"id": "a"}}"#)
        guard case .failure(.unexpectedResponse(let status, _, let excerpt, _)) = outcome else {
            Issue.record("expected .unexpectedResponse, got \(outcome)")
            return
        }
        #expect(status == 200)
        #expect(excerpt.contains("success"))
    }

    @Test("a success flag given twice is an unexpected response, whichever comes last",
          arguments: [("false", "true"), ("true", "false"), ("true", "true")])
    func givenTwice(first: String, second: String) async {
        let outcome = await Self.send(#"{"success": \#(first), "errors": [], "result": {"id": "a"}, "success": \#(second)}"#)
        guard case .failure(.unexpectedResponse) = outcome else {
            Issue.record("expected .unexpectedResponse, got \(outcome)")
            return
        }
    }

    @Test("a duplicate key inside the result keeps the last value, as before")
    func duplicateInsideResult() async throws {
        let result = try await Self.send(#"{"success": true, "errors": [], "result": {"id": "a", "id": "b"}}"#).get()
        #expect(result == ["id": "b"])
    }

    @Test("a boolean flag still decides: true is the result, false the API error")
    func booleanFlag() async throws {
        #expect(try await Self.send(#"{"success": true, "errors": [], "result": {"id": "a"}}"#).get() == ["id": "a"])
        guard case .failure(.api(let error)) = await Self.send(#"{"success": false, "errors": [{"code": 7, "message": "no"}], "result": null}"#) else {
            Issue.record("expected .api")
            return
        }
        #expect(error.messages.map(\.code) == [7])
    }
}
