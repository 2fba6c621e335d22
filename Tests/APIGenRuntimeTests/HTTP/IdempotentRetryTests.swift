@_spi(Generated) import APIGenRuntime
import Foundation
import Testing
import TestSupport

/// A request that is not idempotent (POST, PATCH) is sent again only when the server cannot have
/// acted on it; `x-should-retry` decides for any method; the operation and the call can say
/// otherwise than the method. Counted in attempts, never in time: sleeps are recorded.
@Suite("Retrying by idempotency")
struct IdempotentRetryTests {
    static let url = URL(string: "https://api.example.com/things")!

    /// A transport answering `answers` in order (the last one again when they run out) and
    /// counting the attempts. A `TransportError` answer is thrown.
    static func transport(_ answers: [Result<HTTPResponse, TransportError>]) -> InMemoryTransport {
        let count = LockedValue(0)
        return InMemoryTransport { _ in
            let index = count.withLock { value in
                value += 1
                return min(value, answers.count) - 1
            }
            return try answers[index].get()
        }
    }

    static func status(_ status: Int, _ headers: HTTPHeaders = HTTPHeaders()) -> Result<HTTPResponse, TransportError> {
        .success(HTTPResponse(status: status, headers: headers))
    }

    /// Sends one request with `method` through an executor with 2 retries; returns the status it
    /// ended with (nil when it threw) and the attempts the transport saw.
    static func send(_ method: String, idempotent: Bool? = nil, _ answers: [Result<HTTPResponse, TransportError>])
        async -> (status: Int?, attempts: Int)
    {
        let transport = transport(answers)
        let harness = Harness(transport: transport)
        let response = try? await harness.executor.execute(HTTPRequest(method: method, url: url), idempotent: idempotent)
        return (response?.status, transport.requests.count)
    }

    @Test("a 503: retried for GET, HEAD, PUT, DELETE, OPTIONS (3 attempts), not for POST or PATCH (1 attempt)",
          arguments: [("GET", 3), ("HEAD", 3), ("PUT", 3), ("DELETE", 3), ("OPTIONS", 3), ("POST", 1), ("PATCH", 1), ("post", 1)])
    func serviceUnavailableByMethod(method: String, attempts: Int) async {
        let outcome = await Self.send(method, [Self.status(503)])
        #expect(outcome.status == 503)
        #expect(outcome.attempts == attempts)
    }

    @Test("POST: 500, 502, 504, 408 and 409 are final after 1 attempt", arguments: [500, 502, 504, 408, 409])
    func postFinalStatuses(status: Int) async {
        let outcome = await Self.send("POST", [Self.status(status), Self.status(201)])
        #expect(outcome == (status, 1))
    }

    @Test("POST: 429 then 201 is retried (2 attempts)")
    func postTooManyRequests() async {
        let outcome = await Self.send("POST", [Self.status(429, ["Retry-After": "1"]), Self.status(201)])
        #expect(outcome == (201, 2))
    }

    @Test("POST: a connection refused before sending is retried; a reset or a timeout after sending is not")
    func postConnectionFailures() async {
        let refused = await Self.send("POST", [.failure(.notConnected("could not connect to the host (refused)")), Self.status(201)])
        #expect(refused == (201, 2))
        let reset = await Self.send("POST", [.failure(.connectionFailed("the connection was reset by the server")), Self.status(201)])
        #expect(reset == (nil, 1))
        let timedOut = await Self.send("POST", [.failure(.timedOut), Self.status(201)])
        #expect(timedOut == (nil, 1))
        // An idempotent request is retried after all three.
        for failure in [TransportError.notConnected("refused"), .connectionFailed("reset"), .timedOut] {
            #expect(await Self.send("PUT", [.failure(failure), Self.status(200)]) == (200, 2))
        }
    }

    @Test("x-should-retry: true makes a POST 503 (and even a 400) retried")
    func shouldRetryTrue() async {
        #expect(await Self.send("POST", [Self.status(503, ["x-should-retry": "true"]), Self.status(201)]) == (201, 2))
        #expect(await Self.send("POST", [Self.status(400, ["X-Should-Retry": " TRUE "]), Self.status(201)]) == (201, 2))
    }

    @Test("x-should-retry: false stops a GET 503 and a POST 429 after 1 attempt")
    func shouldRetryFalse() async {
        #expect(await Self.send("GET", [Self.status(503, ["x-should-retry": "false"]), Self.status(200)]) == (503, 1))
        #expect(await Self.send("POST", [Self.status(429, ["x-should-retry": "false"]), Self.status(201)]) == (429, 1))
        // Another value is no answer: the status rules apply.
        #expect(await Self.send("GET", [Self.status(503, ["x-should-retry": "maybe"]), Self.status(200)]) == (200, 2))
    }

    @Test("the executor's idempotent argument overrides the method both ways")
    func executorOverride() async {
        #expect(await Self.send("POST", idempotent: true, [Self.status(503), Self.status(201)]) == (201, 2))
        #expect(await Self.send("PUT", idempotent: false, [Self.status(503), Self.status(200)]) == (503, 1))
    }

    /// Through the client core: the operation's `idempotent` (the spec's) and the call's
    /// `RequestOptions.idempotent`, which wins.
    static func call(_ method: String, operation: Bool?, call: Bool?) async -> (Result<Int, APIClientError>, attempts: Int) {
        let transport = transport([
            .success(HTTPResponse(status: 503, headers: ["Content-Type": "application/json"],
                                  body: Data(#"{"success": false, "errors": [{"code": 10000, "message": "busy"}]}"#.utf8))),
            .success(HTTPResponse(status: 201, headers: ["Content-Type": "application/json"],
                                  body: Data(#"{"success": true, "errors": [], "result": {"id": "a"}}"#.utf8))),
        ])
        var configuration = ClientConfiguration(baseURL: URL(string: "https://api.example.com")!, credentials: nil, userAgent: "test")
        configuration.retryPolicy = RetryPolicy(random: { 0 })
        configuration.sleep = { _ in }
        let core = APIClientCore(configuration: configuration, transport: transport, envelope: SuccessStatusTests.envelope)
        let request = OperationRequest(method: method, path: [.literal("/things")], successStatus: 201, idempotent: operation)
        do throws(APIClientError) {
            return (.success(try await core.send(request, options: RequestOptions(idempotent: call)).status), transport.requests.count)
        } catch {
            return (.failure(error), transport.requests.count)
        }
    }

    @Test("client: a POST answered 503 once is sent once and the 503 surfaces as the API's error")
    func clientPostNotRetried() async {
        let (result, attempts) = await Self.call("POST", operation: nil, call: nil)
        #expect(attempts == 1)
        guard case .failure(.api(let error)) = result else { Issue.record("got \(result)"); return }
        #expect(error.status == 503)
        #expect(error.messages.map(\.message) == ["busy"])
    }

    @Test("client: the operation's idempotent: true makes a POST retried; the call's option wins over it, both ways")
    func clientOverrides() async {
        let (operationSays, operationAttempts) = await Self.call("POST", operation: true, call: nil)
        #expect(operationAttempts == 2)
        #expect((try? operationSays.get()) == 201)
        let (callSays, callAttempts) = await Self.call("POST", operation: nil, call: true)
        #expect(callAttempts == 2)
        #expect((try? callSays.get()) == 201)
        #expect(await Self.call("POST", operation: true, call: false).attempts == 1)
        #expect(await Self.call("PUT", operation: nil, call: false).attempts == 1)
        #expect(await Self.call("PUT", operation: false, call: nil).attempts == 1)
        #expect(await Self.call("PUT", operation: nil, call: nil).attempts == 2)
    }

    @Test("over a real socket: a POST to a port where nothing listens (refused) is tried 3 times")
    func refusedOverSocket() async throws {
        let server = try LoopbackHTTPServer(always: .text("unused"))
        let url = server.url("/things")
        server.stop()  // nothing listens on the port any more: connecting is refused
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let harness = Harness(transport: transport)
        let error = await clientError { () async throws(APIClientError) in
            try await harness.executor.execute(HTTPRequest(method: "POST", url: url, body: Data("{}".utf8)))
        }
        guard case .transport(let message, let attempts) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(attempts == 3)
        #expect(message.contains("could not connect"), "\(message)")
    }

    @Test("over a real socket: a POST whose connection is reset after sending is tried once")
    func resetOverSocket() async throws {
        let server = try LoopbackHTTPServer(always: .resetConnection)
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let harness = Harness(transport: transport)
        let error = await clientError { () async throws(APIClientError) in
            try await harness.executor.execute(HTTPRequest(method: "POST", url: server.url("/things"), body: Data("{}".utf8)))
        }
        guard case .transport(_, let attempts) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(attempts == 1)
        #expect(server.requests.count == 1)
    }
}
