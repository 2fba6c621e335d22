@testable @_spi(Generated) import APIGenRuntime
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

/// Each kind of transport failure gets its own message, and a rejected certificate is final.
@Suite("Transport failure kinds")
struct TransportFailureKindTests {
    /// A URLError as FoundationNetworking builds it from libcurl: code -1 (or another), libcurl's
    /// text as the description, the same error underneath (as measured on Linux, Swift 6.3).
    static func curlError(_ code: URLError.Code, _ text: String) -> URLError {
        let underlying = NSError(domain: NSURLErrorDomain, code: code.rawValue, userInfo: [NSLocalizedDescriptionKey: text])
        return URLError(code, userInfo: [NSLocalizedDescriptionKey: text, NSUnderlyingErrorKey: underlying])
    }

    static let cases: [(URLError, TransportError)] = [
        (curlError(.unknown, "SSL certificate problem: self-signed certificate"),
         .certificateRejected("the certificate is not trusted (self-signed, unknown issuer, expired or not yet valid) (URLError -1)")),
        (curlError(.unknown, "SSL certificate problem: certificate has expired"),
         .certificateRejected("the certificate is not trusted (self-signed, unknown issuer, expired or not yet valid) (URLError -1)")),
        (curlError(.unknown, "SSL: certificate subject name 'example.com' does not match target host name '127.0.0.1'"),
         .certificateRejected("the certificate is for another host name (URLError -1)")),
        (curlError(.unknown, "SSL: no alternative certificate subject name matches target host name 'api.example.com'"),
         .certificateRejected("the certificate is for another host name (URLError -1)")),
        (URLError(.serverCertificateUntrusted),
         .certificateRejected("the certificate is not trusted (self-signed, unknown issuer, expired or not yet valid) (URLError -1202)")),
        (URLError(.serverCertificateHasBadDate),
         .certificateRejected("the certificate is not trusted (self-signed, unknown issuer, expired or not yet valid) (URLError -1201)")),
        (curlError(.networkConnectionLost, "Recv failure: Connection reset by peer"),
         .connectionFailed("the connection was reset by the server (URLError -1005)")),
        (curlError(.unknown, "transfer closed with 97 bytes remaining to read"),
         .connectionFailed("the connection closed before the whole body arrived (truncated body) (URLError -1)")),
        (URLError(.secureConnectionFailed), .connectionFailed("the TLS handshake failed (URLError -1200)")),
        (URLError(.timedOut), .timedOut),
        // No connection: nothing was sent (a request that is not idempotent may be retried).
        (URLError(.cannotConnectToHost), .notConnected("could not connect to the host (refused) (URLError -1004)")),
        (curlError(.unknown, "Failed to connect to 127.0.0.1 port 9 after 0 ms: Couldn't connect to server"),
         .notConnected("could not connect to the host (refused) (URLError -1)")),
        (curlError(.cannotFindHost, "Could not resolve host: nowhere.invalid"),
         .notConnected("could not resolve the host name (URLError -1003)")),
        (URLError(.notConnectedToInternet), .notConnected("not connected to a network (URLError -1009)")),
    ]

    @Test("one message per kind: untrusted certificate, host mismatch, reset, truncated body, handshake, not connected",
          arguments: cases.indices)
    func messages(index: Int) {
        let (error, expected) = Self.cases[index]
        #expect(URLErrorClassification.transportError(for: error) == expected)
    }

    @Test("a rejected certificate is not retried; the error says so")
    func certificateNotRetried() async {
        let attempts = LockedValue(0)
        let transport = InMemoryTransport { _ in
            attempts.withLock { $0 += 1 }
            throw TransportError.certificateRejected("the certificate is for another host name")
        }
        let executor = RetryingExecutor(transport: transport, policy: RetryPolicy(maxRetries: 2), sleep: { _ in })
        let error = await clientError { () async throws(APIClientError) in
            try await executor.execute(HTTPRequest(method: "GET", url: URL(string: "https://api.example.com/")!))
        }
        guard case .transport(let message, 1) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(message == "the server's TLS certificate was rejected: the certificate is for another host name")
        #expect(attempts.current == 1)
    }

    @Test("over a real socket, a truncated body and a reset each say what happened")
    func overSockets() async throws {
        let truncated = try LoopbackHTTPServer(always: .truncatedBody(status: 200, body: Data("abc".utf8), declaredLength: 100))
        defer { truncated.stop() }
        let reset = try LoopbackHTTPServer(always: .resetConnection)
        defer { reset.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        for (server, phrase) in [(truncated, "truncated body"), (reset, "reset")] {
            do {
                _ = try await transport.send(HTTPRequest(method: "GET", url: server.url("/")), options: TransportOptions(timeout: TimingBounds.generousTimeout))
                Issue.record("expected a failure")
            } catch let error as TransportError {
                #expect(error.description.contains(phrase), "\(error)")
            }
        }
    }
}
