import Foundation

/// Every way a call can fail. Each case says where and why; none carries a credential.
public enum APIClientError: Error, Sendable {
    /// The request broke the spec's constraints; nothing was sent.
    case invalidRequest([ConstraintViolation])
    /// The configuration or a call's options cannot be used (for example credentials over plain
    /// `http` to a host that is not loopback, or a header value with a line break); nothing was sent.
    case invalidConfiguration(String)
    /// The API answered with an error envelope.
    case api(APIError)
    /// The answer was not what the operation documents: an unexpected status or a body that is
    /// not the API's JSON (an HTML page from a proxy, say).
    case unexpectedResponse(status: Int, contentType: String?, bodyExcerpt: String, requestID: String?)
    /// The body was JSON of the wrong shape; `failure` names the field.
    case decoding(DecodingFailure, status: Int, requestID: String?)
    /// No answer within the per-attempt timeout, after every retry.
    case timedOut(after: Duration, attempts: Int)
    /// No usable answer within the call's overall deadline (``ClientConfiguration/deadline``),
    /// across every attempt and wait. `retryAfter` is the wait the server asked for when that
    /// wait alone went past the deadline (the call then ends at once instead of waiting).
    case deadlineExceeded(deadline: Duration, attempts: Int, retryAfter: Duration?)
    /// The calling task was cancelled.
    case cancelled
    /// The response body was larger than the configured limit; the rest was not read.
    case responseTooLarge(limit: Int)
    /// The connection failed (refused, reset, DNS, TLS, truncated body), after every retry.
    case transport(String, attempts: Int)
    /// A paginated list answered this page with the same items as the page before it: the server
    /// does not honour the page number, and fetching on would never end (see ``PageSequence``).
    case repeatedPage(Int)
    /// A cursor-paginated list answered with a next cursor it had already given: following it
    /// would fetch the same pages again, forever (see ``PageSequence``).
    case repeatedCursor(String)
}

/// An error answer from the API: the HTTP status, every error the envelope listed, and the
/// request id header (Cloudflare's `cf-ray`) to quote to support.
public struct APIError: Error, Sendable, Hashable {
    /// One entry of the envelope's error list.
    public struct Message: Sendable, Hashable, CustomStringConvertible {
        public var code: Int?
        public var message: String
        /// Where in the request the problem is, when the API says so (e.g. `["body", "name"]`).
        public var path: [String]?

        public init(code: Int?, message: String, path: [String]? = nil) {
            self.code = code
            self.message = message
            self.path = path
        }

        /// `[code] message (at path)`, with the server's text escaped for terminals (``TerminalText``).
        public var description: String {
            var text = code.map { "[\($0)] " } ?? ""
            text += message
            if let path, !path.isEmpty { text += " (at \(path.joined(separator: ".")))" }
            return TerminalText.escaped(text)
        }
    }

    public var status: Int
    public var messages: [Message]
    public var requestID: String?
    /// The whole error body, for fields beyond the error list.
    public var body: JSONValue?

    public init(status: Int, messages: [Message], requestID: String? = nil, body: JSONValue? = nil) {
        self.status = status
        self.messages = messages
        self.requestID = requestID
        self.body = body
    }

    /// The error body decoded as the model the spec declares for this status (for an API without
    /// an envelope, the body is all an error says), or `nil` when the answer had no JSON body.
    public func body<Model: JSONModel>(as type: Model.Type) throws(DecodingFailure) -> Model? {
        guard let body else { return nil }
        return try Model(json: body, at: .root)
    }
}
