@_spi(Generated) import APIGenRuntime
import Foundation
import Testing
import TestSupport

/// The body excerpt of an unexpected response is safe to print: control and bidi characters
/// escaped, line breaks kept.
@Suite struct TerminalSafeExcerptTests {
    @Test func theExcerptEscapesControlAndBidiCharacters() async {
        let body = "<h1>\u{1B}]0;pwned\u{07}</h1>\n\u{9B}2J\u{7F}\u{202E}\u{2069}"
        let transport = InMemoryTransport(status: 502, json: body, headers: ["Content-Type": "text/html"])
        var configuration = ClientConfiguration(baseURL: URL(string: "https://api.example.com")!, credentials: nil, userAgent: "test")
        configuration.retryPolicy = .none
        let envelope = EnvelopeFormat(resultField: "result", successField: nil, pageInfoField: nil, errorsField: "errors",
                                      errorCodeField: "code", errorMessageField: "message", errorPathField: nil, requestIDHeader: nil)
        let core = APIClientCore(configuration: configuration, transport: transport, envelope: envelope)
        do throws(APIClientError) {
            _ = try await core.send(OperationRequest(method: "GET", path: [.literal("/things")], successStatus: 200), options: RequestOptions())
            Issue.record("expected an error")
        } catch {
            guard case .unexpectedResponse(_, _, let excerpt, _) = error else { Issue.record("\(error)"); return }
            #expect(excerpt == #"<h1>\u{1B}]0;pwned\u{7}</h1>"# + "\n" + #"\u{9B}2J\u{7F}\u{202E}\u{2069}"#)
        }
    }

    @Test func anErrorMessageDescriptionIsEscaped() {
        let message = APIError.Message(code: 7, message: "bad\u{1B}[31m", path: ["x\u{202E}"])
        #expect(message.description == #"[7] bad\u{1B}[31m (at x\u{202E})"#)
    }
}
