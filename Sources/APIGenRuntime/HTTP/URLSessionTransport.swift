import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default ``HTTPTransport``, built on URLSession (Foundation on Apple platforms,
/// FoundationNetworking on Linux).
///
/// - The body streams in through a delegate and is counted as it arrives: an answer larger than
///   ``TransportOptions/maxResponseBytes`` is abandoned at once, never held whole.
/// - ``TransportOptions/timeout`` bounds the whole attempt, not just idle time between packets.
/// - Cancelling the calling task cancels the URLSession task immediately.
/// - Redirects are not followed (the 3xx is returned); no cache, no cookies, no stored credentials.
///
/// Each instance owns one URLSession (and so one connection pool); reuse an instance across
/// calls. Call ``shutdown()`` when done, or let deinit do it.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    // @unchecked: `isShutdown` is guarded by `lock`; the rest is immutable or itself thread-safe.
    private let session: URLSession
    private let delegate: URLSessionTransportDelegate
    private let lock = NSLock()
    private var isShutdown = false
    /// Deadline timers of this transport that still exist: one per attempt in flight, no more.
    let liveDeadlineTimers = DeadlineTimer.Count()

    /// - Parameter maximumConnectionsPerHost: the pool size per host.
    public init(maximumConnectionsPerHost: Int = 8) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCredentialStorage = nil
        configuration.httpMaximumConnectionsPerHost = maximumConnectionsPerHost
        delegate = URLSessionTransportDelegate()
        let queue = OperationQueue()
        queue.name = "URLSessionTransport.delegate"
        queue.maxConcurrentOperationCount = 1  // callbacks for one task must arrive in order
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: queue)
    }

    deinit { shutdown() }

    /// Cancels every request in flight and releases the session. Later sends fail with
    /// ``TransportError/connectionFailed(_:)``. Idempotent.
    public func shutdown() {
        lock.lock()
        let wasShutdown = isShutdown
        isShutdown = true
        lock.unlock()
        if !wasShutdown { session.invalidateAndCancel() }
    }

    /// Fires whole-attempt deadlines. A private serial queue gets its own thread, so a deadline
    /// fires on time even when the global queues and the Swift concurrency pool are busy.
    private static let deadlines = DispatchQueue(label: "APIGenRuntime.URLSessionTransport.deadlines")

    public func send(_ request: HTTPRequest, options: TransportOptions) async throws -> HTTPResponse {
        let seconds = Self.seconds(options.timeout)
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: seconds)
        urlRequest.httpMethod = request.method
        urlRequest.httpShouldHandleCookies = false
        for field in request.headers { urlRequest.addValue(field.value, forHTTPHeaderField: field.name) }
        // Ask for the body as it is: FoundationNetworking otherwise asks for gzip, br and zstd and
        // inflates before the size limit sees a byte. (A server that compresses anyway is inflated
        // by libcurl chunk by chunk, and those inflated bytes are what the limit counts.)
        if !request.headers.contains("Accept-Encoding") { urlRequest.setValue("identity", forHTTPHeaderField: "Accept-Encoding") }
        urlRequest.httpBody = request.body

        guard let task = makeTask(urlRequest) else {
            throw TransportError.connectionFailed("the transport was shut down")
        }
        let attempt = URLSessionAttempt(limit: options.maxResponseBytes)
        delegate.register(attempt, for: task)
        defer { delegate.remove(task) }

        // Whole-attempt deadline, on a private queue: the global queues are shared with whatever
        // else the process does, and blocking work there could delay a timeout by seconds.
        let deadline = DeadlineTimer(after: seconds, on: Self.deadlines, counting: liveDeadlineTimers) { [weak attempt, weak task] in
            if attempt?.finish(.failure(.timedOut)) == true { task?.cancel() }
        }
        defer { deadline.cancel() }

        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                if attempt.install(continuation) { task.resume() }
            }
        } onCancel: {
            if attempt.finish(.failure(.cancelled)) { task.cancel() }
        }
    }

    /// Creates the task under the lock so shutdown() cannot race a new task in; nil once shut down.
    private func makeTask(_ request: URLRequest) -> URLSessionDataTask? {
        lock.lock()
        defer { lock.unlock() }
        return isShutdown ? nil : session.dataTask(with: request)
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let parts = duration.components
        return max(0.001, Double(parts.seconds) + Double(parts.attoseconds) / 1e18)
    }
}

extension URLSessionTransport: CustomReflectable, CustomStringConvertible {
    /// No children: the URLSession underneath holds in-flight and finished requests (credential
    /// headers included) and its own threads mutate it, so `dump(client)` reflecting into it could
    /// print a token and even crash.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .class) }

    public var description: String { "URLSessionTransport" }
}
