/// Sends one HTTP request and returns the whole response: one attempt, no retries.
///
/// Generated clients talk to the network only through this protocol, so tests and apps can
/// substitute their own transport. Implementations report failures as ``TransportError``.
public protocol HTTPTransport: Sendable {
    /// Sends `request` once. A non-2xx status is a normal response, not an error.
    ///
    /// - Throws: ``TransportError`` (other errors are treated as connection failures).
    func send(_ request: HTTPRequest, options: TransportOptions) async throws -> HTTPResponse
}

/// Per-attempt limits a transport must enforce.
public struct TransportOptions: Sendable, Hashable {
    /// Deadline for the whole attempt: connecting, sending, and reading the entire body.
    public var timeout: Duration
    /// The largest response body accepted; a larger one is abandoned as soon as it is detected.
    public var maxResponseBytes: Int

    public init(timeout: Duration = .seconds(60), maxResponseBytes: Int = 32 * 1024 * 1024) {
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
    }
}

/// Why a single attempt failed. Messages describe the failure only; they never contain header
/// values (which may hold credentials) or bodies.
public enum TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The attempt did not finish within ``TransportOptions/timeout``.
    case timedOut
    /// The calling task was cancelled.
    case cancelled
    /// The response body (or its declared `Content-Length`) exceeded the limit.
    case responseTooLarge(limit: Int)
    /// Reset, truncated body, TLS failure, or a transport shut down: the request may have reached
    /// the server (and been acted on) before the connection failed.
    case connectionFailed(String)
    /// No connection could be made (refused, host name not found, no network), so the request
    /// was not sent: sending it again is safe whatever its method.
    case notConnected(String)
    /// The server's TLS certificate was refused (untrusted issuer, expired, for another host).
    /// Never retried: the same certificate would be refused again.
    case certificateRejected(String)

    public var description: String {
        switch self {
        case .timedOut: "timed out"
        case .cancelled: "cancelled"
        case .responseTooLarge(let limit): "response larger than \(limit) bytes"
        case .connectionFailed(let message): "connection failed: \(message)"
        case .notConnected(let message): "connection failed before sending: \(message)"
        case .certificateRejected(let message): "TLS certificate rejected: \(message)"
        }
    }
}
