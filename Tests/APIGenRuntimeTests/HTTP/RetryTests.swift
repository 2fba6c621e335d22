@_spi(Generated) import APIGenRuntime
import Foundation
import Testing
import TestSupport

/// Runs `body` and returns the APIClientError it threw (nil if it succeeded).
func clientError<T>(_ body: () async throws(APIClientError) -> T) async -> APIClientError? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error
    }
}

/// An executor against `transport` whose sleeps are recorded instead of waited for, and whose
/// jitter is zero (random() == 0), so every delay is exact.
struct Harness {
    let sleeps = LockedValue<[Duration]>([])
    let exchanges = LockedValue<[HTTPExchange]>([])
    var executor: RetryingExecutor

    init(transport: any HTTPTransport, maxRetries: Int = 2, timeout: Duration = TimingBounds.generousTimeout, deadline: Duration = ClientConfiguration.defaultDeadline,
         now: Date = Date()) {
        let sleeps = self.sleeps
        let exchanges = self.exchanges
        executor = RetryingExecutor(
            transport: transport,
            policy: RetryPolicy(maxRetries: maxRetries, random: { 0 }),
            options: TransportOptions(timeout: timeout, maxResponseBytes: 1 << 20),
            deadline: deadline,
            sleep: { duration in sleeps.withLock { $0.append(duration) } },
            now: { now },
            observer: { exchange in exchanges.withLock { $0.append(exchange) } })
    }
}

@Suite("RetryingExecutor over real sockets")
struct RetryingExecutorTests {
    let transport = URLSessionTransport()

    @Test("PUT: 503, 503, 200 → success on attempt 3, backoffs 0.5 s and 1 s, identical bodies, observer without secrets")
    func retriesThenSucceeds() async throws {
        let server = try LoopbackHTTPServer(sequence: [.text(status: 503, "busy"), .text(status: 503, "busy"), .json(body: "{}")])
        defer { server.stop() }
        let harness = Harness(transport: transport)
        let body = Data(#"{"name":"zone","n":1}"#.utf8)
        let request = HTTPRequest(
            method: "PUT", url: server.url("/v4/zones"),
            headers: ["Authorization": "Bearer SECRET-TOKEN", "X-Auth-Key": "SECRET-KEY", "Content-Type": "application/json"],
            body: body)
        let response = try await harness.executor.execute(request)

        #expect(response.status == 200)
        #expect(harness.sleeps.current == [.milliseconds(500), .seconds(1)])
        let recorded = server.requests
        #expect(recorded.count == 3)
        #expect(recorded.allSatisfy { $0.body == body && $0.header("Authorization") == "Bearer SECRET-TOKEN" })
        let exchanges = harness.exchanges.current
        #expect(exchanges.map(\.attempt) == [1, 2, 3])
        #expect(exchanges.map(\.status) == [503, 503, 200])
        #expect(exchanges.map(\.retryDelay) == [.milliseconds(500), .seconds(1), nil])
        #expect(exchanges.allSatisfy { $0.method == "PUT" && $0.url == request.url && $0.error == nil })
        #expect(!String(describing: exchanges).contains("SECRET"))
    }

    @Test("429 with Retry-After: 2 → waits exactly 2 s")
    func retryAfterSeconds() async throws {
        let server = try LoopbackHTTPServer(sequence: [.respond(status: 429, headers: [("Retry-After", "2")]), .text("ok")])
        defer { server.stop() }
        let harness = Harness(transport: transport)
        let response = try await harness.executor.execute(HTTPRequest(method: "GET", url: server.url("/")))
        #expect(response.status == 200)
        #expect(harness.sleeps.current == [.seconds(2)])
    }

    @Test("Retry-After as an HTTP-date → waits until that date")
    func retryAfterDate() async throws {
        let server = try LoopbackHTTPServer(
            sequence: [.respond(status: 503, headers: [("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")]), .text("ok")])
        defer { server.stop() }
        let now = Date(timeIntervalSince1970: 1_445_412_480 - 7)  // 7 s before that date
        let harness = Harness(transport: transport, now: now)
        _ = try await harness.executor.execute(HTTPRequest(method: "GET", url: server.url("/")))
        #expect(harness.sleeps.current == [.seconds(7)])
    }

    @Test("Retry-After beyond maxRetryAfter (but within the deadline) is capped at 60 s")
    func retryAfterCap() async throws {
        let server = try LoopbackHTTPServer(sequence: [.respond(status: 503, headers: [("Retry-After", "120")]), .text("ok")])
        defer { server.stop() }
        // A deadline far beyond the 120 s asked for: on a loaded machine the first attempt alone can
        // take more than the 30 s the default 150 s deadline leaves, and this test is about the cap.
        let harness = Harness(transport: transport, deadline: .seconds(3600))
        _ = try await harness.executor.execute(HTTPRequest(method: "GET", url: server.url("/")))
        #expect(harness.sleeps.current == [.seconds(60)])
    }

    @Test("retries used up: the last 503 is returned after 3 attempts")
    func exhausted() async throws {
        let server = try LoopbackHTTPServer(always: .text(status: 503, "busy"))
        defer { server.stop() }
        let harness = Harness(transport: transport)
        let response = try await harness.executor.execute(HTTPRequest(method: "GET", url: server.url("/")))
        #expect(response.status == 503)
        #expect(server.requests.count == 3)
        #expect(harness.sleeps.current.count == 2)
    }

    @Test("maxRetries 0 disables retrying")
    func noRetries() async throws {
        let server = try LoopbackHTTPServer(always: .text(status: 503, "busy"))
        defer { server.stop() }
        let harness = Harness(transport: transport, maxRetries: 0)
        let response = try await harness.executor.execute(HTTPRequest(method: "GET", url: server.url("/")))
        #expect(response.status == 503)
        #expect(server.requests.count == 1)
        #expect(harness.sleeps.current.isEmpty)
    }

    @Test("a non-retryable 400 is returned at once")
    func nonRetryable() async throws {
        let server = try LoopbackHTTPServer(always: .json(status: 400, body: #"{"success":false}"#))
        defer { server.stop() }
        let harness = Harness(transport: transport)
        let response = try await harness.executor.execute(HTTPRequest(method: "GET", url: server.url("/")))
        #expect(response.status == 400)
        #expect(server.requests.count == 1)
        #expect(harness.exchanges.current.map(\.retryDelay) == [nil])
    }

    @Test("timeouts are retried, then .timedOut(after:attempts:)")
    func timeoutsRetried() async throws {
        let server = try LoopbackHTTPServer(always: .delay(TimingBounds.serverDelay, then: .text("late")))
        defer { server.stop() }
        let harness = Harness(transport: transport, timeout: .milliseconds(150))
        let error = await clientError { () async throws(APIClientError) in
            try await harness.executor.execute(HTTPRequest(method: "GET", url: server.url("/")))
        }
        guard case .timedOut(let after, let attempts) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(after == .milliseconds(150))
        #expect(attempts == 3)
        #expect(harness.exchanges.current.allSatisfy { $0.status == nil && $0.error == "timed out" })
    }

    @Test("connection failures are retried, then .transport without header values; a later success wins")
    func connectionFailuresRetried() async throws {
        let failing = try LoopbackHTTPServer(always: .resetConnection)
        defer { failing.stop() }
        let harness = Harness(transport: transport)
        let request = HTTPRequest(method: "GET", url: failing.url("/"), headers: ["Authorization": "Bearer SECRET-TOKEN"])
        let error = await clientError { () async throws(APIClientError) in try await harness.executor.execute(request) }
        guard case .transport(let message, let attempts) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(attempts == 3)
        #expect(!message.contains("SECRET"))
        #expect(!String(describing: harness.exchanges.current).contains("SECRET"))

        let recovering = try LoopbackHTTPServer(sequence: [.closeWithoutResponse, .text("ok")])
        defer { recovering.stop() }
        let response = try await Harness(transport: URLSessionTransport()).executor.execute(
            HTTPRequest(method: "GET", url: recovering.url("/")))
        #expect(response.status == 200)
    }

    @Test("responseTooLarge is not retried")
    func tooLargeNotRetried() async throws {
        let server = try LoopbackHTTPServer(always: .text(String(repeating: "x", count: 2 << 20)))
        defer { server.stop() }
        let harness = Harness(transport: transport)
        let error = await clientError { () async throws(APIClientError) in
            try await harness.executor.execute(HTTPRequest(method: "GET", url: server.url("/")))
        }
        guard case .responseTooLarge(let limit) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(limit == 1 << 20)
        #expect(server.requests.count == 1)
    }

    @Test("cancellation during the backoff sleep → .cancelled promptly")
    func cancelDuringSleep() async throws {
        let server = try LoopbackHTTPServer(always: .text(status: 503, "busy"))
        defer { server.stop() }
        let executor = RetryingExecutor(transport: transport, policy: RetryPolicy(initialBackoff: .seconds(30)))
        let task = Task { () async throws(APIClientError) -> HTTPResponse in
            try await executor.execute(HTTPRequest(method: "GET", url: server.url("/")))
        }
        try await waitForRequests(server)
        try await Task.sleep(for: .milliseconds(50))  // let the executor reach its sleep
        let elapsed = await measure {
            task.cancel()
            let result = await task.result
            guard case .failure(let error) = result, case .cancelled? = error as? APIClientError else {
                Issue.record("got \(result)")
                return
            }
        }
        #expect(elapsed < .seconds(5))  // the backoff would be 30 s; a wide margin for busy machines
        #expect(server.requests.count == 1)
    }
}
