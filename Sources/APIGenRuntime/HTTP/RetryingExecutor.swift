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
    /// The budget of the whole call: attempts and waits together. Each attempt's timeout is cut to
    /// what is left; a wait that would end past it is not taken.
    public var deadline: Duration
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
        deadline: Duration = ClientConfiguration.defaultDeadline,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        now: @escaping @Sendable () -> Date = { Date() },
        observer: (@Sendable (HTTPExchange) -> Void)? = nil
    ) {
        self.transport = transport
        self.policy = policy
        self.options = options
        self.deadline = deadline
        self.sleep = sleep
        self.now = now
        self.observer = observer
    }

    /// Sends `request`, retrying what ``RetryPolicy`` says is safe to send again, all within
    /// ``deadline``.
    ///
    /// - Parameter idempotent: whether the request may be repeated after it may have been acted on
    ///   (a 5xx, a reset, a timeout); nil: as its method says (``RetryPolicy/isIdempotent(method:)``).
    /// - Returns: the final response, whatever its status.
    /// - Throws: `.timedOut(after:attempts:)`, `.transport(_:attempts:)`, `.responseTooLarge(limit:)`
    ///   (never retried: the answer would be just as large again), `.deadlineExceeded` or `.cancelled`.
    public func execute(_ request: HTTPRequest, idempotent: Bool? = nil) async throws(APIClientError) -> HTTPResponse {
        let idempotent = idempotent ?? RetryPolicy.isIdempotent(method: request.method)
        let clock = ContinuousClock()
        // Time spent so far: each attempt as measured, each wait at least as long as asked for
        // (so an injected sleep that returns at once still counts its wait).
        var spent = Duration.zero
        var attempt = 0
        while true {
            attempt += 1
            if Task.isCancelled { throw .cancelled }
            let remaining = deadline - spent
            guard remaining > .zero else { throw .deadlineExceeded(deadline: deadline, attempts: attempt - 1, retryAfter: nil) }
            var attemptOptions = options
            let cutByDeadline = remaining < options.timeout
            if cutByDeadline { attemptOptions.timeout = remaining }
            let started = clock.now
            let outcome: Result<HTTPResponse, TransportError>
            do {
                outcome = .success(try await transport.send(request, options: attemptOptions))
            } catch let error as TransportError {
                outcome = .failure(error)
            } catch is CancellationError {
                outcome = .failure(.cancelled)
            } catch {
                // A custom transport's own error type: treat it as a connection failure.
                outcome = .failure(.connectionFailed(String(describing: error)))
            }
            let duration = clock.now - started
            spent += duration

            let wait = retryDelay(after: outcome, attempt: attempt, idempotent: idempotent)
            if wait != nil, let requested = requestedWait(after: outcome), spent + requested > deadline {
                // The server named a time to come back that the deadline does not reach: say so now.
                observer?(exchange(request, outcome, duration: duration, attempt: attempt, retryDelay: nil))
                throw .deadlineExceeded(deadline: deadline, attempts: attempt, retryAfter: requested)
            }
            if let wait, spent + wait >= deadline {
                // No time left for another attempt after this wait: this outcome is the last.
                observer?(exchange(request, outcome, duration: duration, attempt: attempt, retryDelay: nil))
                return try finish(outcome, attempts: attempt, cutByDeadline: cutByDeadline)
            }
            observer?(exchange(request, outcome, duration: duration, attempt: attempt, retryDelay: wait))
            guard let wait else { return try finish(outcome, attempts: attempt, cutByDeadline: cutByDeadline) }
            let sleepStarted = clock.now
            do { try await sleep(wait) } catch { throw .cancelled }
            spent += max(wait, clock.now - sleepStarted)
        }
    }

    /// The server's own `Retry-After` / `retry-after-ms` of a response, uncapped (asked only of
    /// an outcome that is retried).
    private func requestedWait(after outcome: Result<HTTPResponse, TransportError>) -> Duration? {
        guard case .success(let response) = outcome else { return nil }
        return RetryPolicy.requestedWait(in: response, now: now())
    }

    /// The wait before another attempt, or nil when `outcome` is final.
    private func retryDelay(after outcome: Result<HTTPResponse, TransportError>, attempt: Int, idempotent: Bool) -> Duration? {
        guard attempt <= policy.maxRetries else { return nil }
        switch outcome {
        case .success(let response):
            guard policy.shouldRetry(response, idempotent: idempotent) else { return nil }
            return policy.delay(forAttempt: attempt, response: response, now: now())
        case .failure(let error):
            guard policy.shouldRetry(error, idempotent: idempotent) else { return nil }
            return policy.delay(forAttempt: attempt, response: nil, now: now())
        }
    }

    private func finish(_ outcome: Result<HTTPResponse, TransportError>, attempts: Int, cutByDeadline: Bool)
        throws(APIClientError) -> HTTPResponse
    {
        switch outcome {
        case .success(let response): return response
        case .failure(.timedOut) where cutByDeadline:
            throw .deadlineExceeded(deadline: deadline, attempts: attempts, retryAfter: nil)
        case .failure(.timedOut): throw .timedOut(after: options.timeout, attempts: attempts)
        case .failure(.cancelled): throw .cancelled
        case .failure(.responseTooLarge(let limit)): throw .responseTooLarge(limit: limit)
        case .failure(.connectionFailed(let message)), .failure(.notConnected(let message)):
            throw .transport(message, attempts: attempts)
        case .failure(.certificateRejected(let message)):
            throw .transport("the server's TLS certificate was rejected: \(message)", attempts: attempts)
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
