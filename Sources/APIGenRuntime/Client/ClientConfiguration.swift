import Foundation

/// Everything a generated client needs besides its transport. Every option can be overridden
/// for one call with ``RequestOptions``.
public struct ClientConfiguration: Sendable {
    /// Where operation paths are appended, e.g. `https://api.cloudflare.com/client/v4`.
    public var baseURL: URL
    public var credentials: Credentials?
    /// For each attempt.
    public var timeout: Duration
    /// For the whole call: every attempt and every wait between them. An attempt gets at most
    /// what is left of it, and a `Retry-After` that would end past it fails the call at once.
    public var deadline: Duration
    public var retryPolicy: RetryPolicy
    /// Sent with every request (after the client's own headers, which they cannot replace).
    public var additionalHeaders: HTTPHeaders
    public var userAgent: String
    /// A larger response body is refused without being read whole.
    public var maxResponseBytes: Int
    /// Sees every attempt: method, URL, status, duration, attempt number; never a credential.
    public var observer: (@Sendable (HTTPExchange) -> Void)?
    /// Waits between retries; tests inject a recorder so nothing waits for real.
    public var sleep: @Sendable (Duration) async throws -> Void

    /// The timeout of each attempt unless configured otherwise.
    public static let defaultTimeout: Duration = .seconds(60)
    /// The deadline of each call unless configured otherwise: two full attempts and their waits.
    public static let defaultDeadline: Duration = .seconds(150)

    public init(
        baseURL: URL, credentials: Credentials?, timeout: Duration = defaultTimeout, deadline: Duration = defaultDeadline, retryPolicy: RetryPolicy = .standard,
        additionalHeaders: HTTPHeaders = HTTPHeaders(), userAgent: String, maxResponseBytes: Int = 32 * 1024 * 1024,
        observer: (@Sendable (HTTPExchange) -> Void)? = nil,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.timeout = timeout
        self.deadline = deadline
        self.retryPolicy = retryPolicy
        self.additionalHeaders = additionalHeaders
        self.userAgent = userAgent
        self.maxResponseBytes = maxResponseBytes
        self.observer = observer
        self.sleep = sleep
    }
}

/// Per-call overrides of ``ClientConfiguration``; `nil` keeps the configured value.
public struct RequestOptions: Sendable {
    public var baseURL: URL?
    public var credentials: Credentials?
    public var timeout: Duration?
    public var deadline: Duration?
    public var maxRetries: Int?
    /// Whether this call may be sent again after the server may have acted on it (a 5xx, a reset,
    /// a timeout; see ``RetryPolicy``): `true` when a repeat is harmless (you send an idempotency
    /// key, or know the operation is safe to repeat), `false` to retry only what cannot have been
    /// processed. nil: as the operation says (the spec's `"idempotent"`, else its HTTP method).
    public var idempotent: Bool?
    public var additionalHeaders: HTTPHeaders
    public var maxResponseBytes: Int?

    public init(baseURL: URL? = nil, credentials: Credentials? = nil, timeout: Duration? = nil, deadline: Duration? = nil, maxRetries: Int? = nil,
                idempotent: Bool? = nil, additionalHeaders: HTTPHeaders = HTTPHeaders(), maxResponseBytes: Int? = nil) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.timeout = timeout
        self.deadline = deadline
        self.maxRetries = maxRetries
        self.idempotent = idempotent
        self.additionalHeaders = additionalHeaders
        self.maxResponseBytes = maxResponseBytes
    }
}
