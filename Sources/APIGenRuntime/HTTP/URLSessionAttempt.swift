import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The state of one in-flight data task: the streamed body so far and the single outcome.
///
/// Several parties race to finish an attempt (URLSession's completion, the deadline timer, task
/// cancellation, the size check); the first one wins and the continuation resumes exactly once.
final class URLSessionAttempt: @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int
    private var continuation: CheckedContinuation<HTTPResponse, any Error>?
    private var outcome: Result<HTTPResponse, TransportError>?
    private var response: HTTPURLResponse?
    private var body = Data()

    init(limit: Int) { self.limit = limit }

    /// Hands over the continuation; returns false (and resumes it at once) when the attempt
    /// already finished, e.g. the task was cancelled before the request started.
    func install(_ continuation: CheckedContinuation<HTTPResponse, any Error>) -> Bool {
        lock.lock()
        guard let outcome else {
            self.continuation = continuation
            lock.unlock()
            return true
        }
        lock.unlock()
        continuation.resume(with: outcome.mapError { $0 as any Error })
        return false
    }

    /// Settles the attempt; only the first call counts. Returns whether this call settled it.
    @discardableResult
    func finish(_ result: Result<HTTPResponse, TransportError>) -> Bool {
        lock.lock()
        guard outcome == nil else { lock.unlock(); return false }
        outcome = result
        body = Data()  // the bytes now live in `result` (or are abandoned)
        let continuation = self.continuation
        self.continuation = nil
        lock.unlock()
        continuation?.resume(with: result.mapError { $0 as any Error })
        return true
    }

    /// Returns false when the declared length already exceeds the limit, or the body is
    /// compressed though the request asked for `identity` (the caller cancels before any body).
    func receive(response: URLResponse) -> Bool {
        if response.expectedContentLength > Int64(limit) {
            finish(.failure(.responseTooLarge(limit: limit)))
            return false
        }
        // libcurl would inflate it before any byte reaches the size check, faster than a cancel
        // takes effect: 1 MB of gzip is 1 GB of memory.
        if let encoding = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Encoding"),
            !encoding.isEmpty, encoding.lowercased() != "identity"
        {
            finish(.failure(.connectionFailed(
                "the server compressed the body (Content-Encoding: \(encoding.prefix(32))) though the request asked for none; it is not inflated")))
            return false
        }
        lock.lock()
        self.response = response as? HTTPURLResponse
        lock.unlock()
        return true
    }

    /// What the delegate does after a body chunk.
    enum ChunkOutcome { case keepReading, cancelTask, ignore }

    /// Appends a body chunk. Once the total passes the limit the attempt fails and the caller
    /// cancels the task, exactly once (`.cancelTask`); chunks still arriving after that are
    /// dropped (`.ignore`), so an oversized body is never held whole.
    func receive(data: Data) -> ChunkOutcome {
        lock.lock()
        guard outcome == nil else { lock.unlock(); return .ignore }
        guard body.count + data.count <= limit else {
            lock.unlock()
            return finish(.failure(.responseTooLarge(limit: limit))) ? .cancelTask : .ignore
        }
        body.append(data)
        lock.unlock()
        return .keepReading
    }

    /// URLSession finished the task, successfully or not.
    func complete(error: (any Error)?) {
        if let error {
            finish(.failure(URLErrorClassification.transportError(for: error)))
            return
        }
        lock.lock()
        let response = self.response
        let body = self.body
        lock.unlock()
        guard let response else {
            finish(.failure(.connectionFailed("the server's answer was not an HTTP response")))
            return
        }
        finish(.success(HTTPResponse(status: response.statusCode, headers: Self.headers(of: response), body: body)))
    }

    /// Response headers, sorted by name because URLSession hands them over as a dictionary.
    private static func headers(of response: HTTPURLResponse) -> HTTPHeaders {
        let fields = response.allHeaderFields.compactMap { key, value -> HTTPHeaders.Field? in
            guard let name = key as? String else { return nil }
            return HTTPHeaders.Field(name: name, value: value as? String ?? String(describing: value))
        }
        return HTTPHeaders(fields.sorted { $0.name.lowercased() < $1.name.lowercased() })
    }
}

/// Routes URLSession's per-task callbacks to the matching ``URLSessionAttempt``.
final class URLSessionTransportDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var attempts: [Int: URLSessionAttempt] = [:]

    func register(_ attempt: URLSessionAttempt, for task: URLSessionTask) {
        lock.lock()
        attempts[task.taskIdentifier] = attempt
        lock.unlock()
    }

    func remove(_ task: URLSessionTask) {
        lock.lock()
        attempts[task.taskIdentifier] = nil
        lock.unlock()
    }

    private func attempt(for task: URLSessionTask) -> URLSessionAttempt? {
        lock.lock()
        defer { lock.unlock() }
        return attempts[task.taskIdentifier]
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let keepGoing = attempt(for: dataTask)?.receive(response: response) ?? false
        completionHandler(keepGoing ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let attempt = attempt(for: dataTask) else { return }
        if attempt.receive(data: data) == .cancelTask { Self.cancel(dataTask) }
    }

    /// Cancels off the delegate queue: FoundationNetworking's cancel() blocks until libcurl
    /// stops, and libcurl keeps queueing chunks on this very queue meanwhile, so cancelling here
    /// (once per chunk, as before) let an endless body pile up in memory.
    private static func cancel(_ task: URLSessionDataTask) {
        let box = UncheckedTask(task: task)
        DispatchQueue.global().async { box.task.cancel() }
    }

    /// URLSessionDataTask is thread-safe but not marked Sendable in FoundationNetworking.
    private struct UncheckedTask: @unchecked Sendable { let task: URLSessionDataTask }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        attempt(for: task)?.complete(error: error)
        remove(task)
    }

    /// Redirects are never followed: the 3xx comes back as the response, so credentials can
    /// never be forwarded to another host and the caller decides what a redirect means.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, willCacheResponse proposedResponse: CachedURLResponse,
        completionHandler: @escaping @Sendable (CachedURLResponse?) -> Void
    ) {
        completionHandler(nil)
    }
}
