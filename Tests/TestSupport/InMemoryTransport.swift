import APIGenRuntime
import Foundation

/// An `HTTPTransport` without a network: answers from a handler and records every request.
/// For tests of decoding and request building; socket-level behaviour is tested against
/// `LoopbackHTTPServer`.
public final class InMemoryTransport: HTTPTransport, Sendable {
    private let handler: @Sendable (HTTPRequest) async throws -> HTTPResponse
    private let recorded = LockedValue<[HTTPRequest]>([])

    public init(handler: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse) {
        self.handler = handler
    }

    /// Answers every request with `status` and `body` as JSON.
    public convenience init(status: Int = 200, json body: String, headers: HTTPHeaders = ["Content-Type": "application/json"]) {
        self.init { _ in HTTPResponse(status: status, headers: headers, body: Data(body.utf8)) }
    }

    /// Every request sent so far, in order.
    public var requests: [HTTPRequest] { recorded.current }

    public func send(_ request: HTTPRequest, options: TransportOptions) async throws -> HTTPResponse {
        recorded.withLock { $0.append(request) }
        return try await handler(request)
    }
}
