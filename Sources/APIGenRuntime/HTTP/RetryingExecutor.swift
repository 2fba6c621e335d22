import Foundation

/// One attempt, as reported to an observer (for logging or metrics).
///
/// Deliberately carries no headers and no bodies, so an observer can never see a credential;
/// URLs are included because the generated clients never put secrets in them, and a user or
/// password in the URL (from a configured base URL) is removed.
public struct HTTPExchange: Sendable, Hashable {
    public var method: String
    public var url: URL
    /// The response status, or nil when the attempt got no response.
    public var status: Int?
    /// From sending the request to having the whole response (or the failure).
    public var duration: Duration
    /// 1 for the first attempt, 2 for the first retry, and so on.
    public var attempt: Int
    /// Why the attempt failed without a response (a ``TransportError`` description).
    public var error: String?
    /// The wait before the next attempt, or nil when this attempt was the last.
    public var retryDelay: Duration?

    public init(
        method: String, url: URL, status: Int?, duration: Duration, attempt: Int, error: String? = nil,
        retryDelay: Duration? = nil
    ) {
        self.method = method
        self.url = url.removingUserInfo
        self.status = status
        self.duration = duration
        self.attempt = attempt
        self.error = error
        self.retryDelay = retryDelay
    }
}

/// Sends a request through a transport, retrying as a ``RetryPolicy`` says.
///
/// The same ``HTTPRequest`` value is sent on every attempt, so retries are byte for byte the
/// same. The result is the last response — possibly a non-2xx once retries are used up, which
/// the caller maps — or an ``APIClientError``.
@_spi(Generated) public struct RetryingExecutor: Sendable {
    public var transport: any HTTPTransport
    public var policy: RetryPolicy
    public var options: TransportOptions
    /// Waits between attempts; throwing (as `Task.sleep` does on cancellation) ends with `.cancelled`.
    public var sleep: @Sendable (Duration) async throws -> Void
    /// The current time, used to turn a `Retry-After` date into a wait.
    public var now: @Sendable () -> Date
    /// Called once per attempt, after it finished.
    public var observer: (@Sendable (HTTPExchange) -> Void)?

    public init(
        transport: any HTTPTransport,
        policy: RetryPolicy = .standard,
        options: TransportOptions = TransportOptions(),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        now: @escaping @Sendable () -> Date = { Date() },
        observer: (@Sendable (HTTPExchange) -> Void)? = nil
    ) {
        self.transport = transport
        self.policy = policy
        self.options = options
        self.sleep = sleep
        self.now = now
        self.observer = observer
    }

    /// Sends `request`, retrying retryable statuses, timeouts and connection failures.
    ///
    /// - Returns: the final response, whatever its status.
    /// - Throws: `.timedOut(after:attempts:)`, `.transport(_:attempts:)`, `.responseTooLarge(limit:)`
    ///   (never retried: the answer would be just as large again) or `.cancelled`.
    public func execute(_ request: HTTPRequest) async throws(APIClientError) -> HTTPResponse {
        let clock = ContinuousClock()
        var attempt = 0
        while true {
            attempt += 1
            if Task.isCancelled { throw .cancelled }
            let started = clock.now
            let outcome: Result<HTTPResponse, TransportError>
            do {
                outcome = .success(try await transport.send(request, options: options))
            } catch let error as TransportError {
                outcome = .failure(error)
            } catch is CancellationError {
                outcome = .failure(.cancelled)
            } catch {
                // A custom transport's own error type: treat it as a connection failure.
                outcome = .failure(.connectionFailed(String(describing: error)))
            }
            let duration = clock.now - started

            let wait = retryDelay(after: outcome, attempt: attempt)
            observer?(exchange(request, outcome, duration: duration, attempt: attempt, retryDelay: wait))
            guard let wait else { return try finish(outcome, attempts: attempt) }
            do { try await sleep(wait) } catch { throw .cancelled }
        }
    }

    /// The wait before another attempt, or nil when `outcome` is final.
    private func retryDelay(after outcome: Result<HTTPResponse, TransportError>, attempt: Int) -> Duration? {
        guard attempt <= policy.maxRetries else { return nil }
        switch outcome {
        case .success(let response):
            guard policy.shouldRetry(status: response.status) else { return nil }
            return policy.delay(forAttempt: attempt, response: response, now: now())
        case .failure(.timedOut), .failure(.connectionFailed):
            return policy.delay(forAttempt: attempt, response: nil, now: now())
        case .failure(.cancelled), .failure(.responseTooLarge):
            return nil
        }
    }

    private func finish(_ outcome: Result<HTTPResponse, TransportError>, attempts: Int) throws(APIClientError)
        -> HTTPResponse
    {
        switch outcome {
        case .success(let response): return response
        case .failure(.timedOut): throw .timedOut(after: options.timeout, attempts: attempts)
        case .failure(.cancelled): throw .cancelled
        case .failure(.responseTooLarge(let limit)): throw .responseTooLarge(limit: limit)
        case .failure(.connectionFailed(let message)): throw .transport(message, attempts: attempts)
        }
    }

    private func exchange(
        _ request: HTTPRequest, _ outcome: Result<HTTPResponse, TransportError>, duration: Duration, attempt: Int,
        retryDelay: Duration?
    ) -> HTTPExchange {
        var exchange = HTTPExchange(
            method: request.method, url: request.url, status: nil, duration: duration, attempt: attempt,
            retryDelay: retryDelay)
        switch outcome {
        case .success(let response): exchange.status = response.status
        case .failure(let error): exchange.error = error.description
        }
        return exchange
    }
}
