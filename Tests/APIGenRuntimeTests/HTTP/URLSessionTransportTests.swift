import APIGenRuntime
import Foundation
import Testing
import TestSupport

/// Runs `body` and returns how long it took.
func measure(_ body: () async throws -> Void) async rethrows -> Duration {
    let clock = ContinuousClock()
    let start = clock.now
    try await body()
    return clock.now - start
}

/// Waits (briefly, polling) until the server has recorded `count` requests.
func waitForRequests(_ server: LoopbackHTTPServer, count: Int = 1) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + TimingBounds.generousTimeout
    while server.requests.count < count && clock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
}

@Suite("URLSessionTransport")
struct URLSessionTransportTests {
    let transport = URLSessionTransport()
    let fast = TransportOptions(timeout: TimingBounds.generousTimeout, maxResponseBytes: 1 << 20)

    @Test("200: status, body and headers come back; method, headers and exact body bytes go out")
    func roundTrip() async throws {
        let server = try LoopbackHTTPServer { request in
            .respond(status: 200, headers: [("X-Echo-Length", "\(request.body.count)"), ("X-Multi", "a")], body: Data("pong".utf8))
        }
        defer { server.stop() }
        let payload = Data((0...255).map(UInt8.init) + Array("{\"é\":1}\r\n".utf8))
        let request = HTTPRequest(
            method: "PATCH", url: server.url("/v4/zones/a%20b?page=2&name=x%2By"),
            headers: ["Content-Type": "application/octet-stream", "X-Custom": "value with spaces"], body: payload)
        let response = try await transport.send(request, options: fast)

        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "pong")
        #expect(response.headers["x-echo-length"] == "\(payload.count)")
        #expect(response.headers["X-MULTI"] == "a")
        let recorded = try #require(server.requests.first)
        #expect(recorded.method == "PATCH")
        #expect(recorded.target == "/v4/zones/a%20b?page=2&name=x%2By")
        #expect(recorded.header("content-type") == "application/octet-stream")
        #expect(recorded.header("X-Custom") == "value with spaces")
        #expect(recorded.body == payload)
        #expect(recorded.header("Cookie") == nil)
    }

    @Test("keep-alive: sequential sends reuse one connection")
    func connectionReuse() async throws {
        let server = try LoopbackHTTPServer(always: .text("ok"))
        defer { server.stop() }
        for _ in 0..<5 { _ = try await transport.send(HTTPRequest(method: "GET", url: server.url("/")), options: fast) }
        #expect(server.connectionCount == 1)
    }

    // Timing bounds: see TimingBounds, and why they are wide.
    @Test("whole-attempt timeout: server delays 120 s, timeout 200 ms → timedOut long before")
    func timeout() async throws {
        let server = try LoopbackHTTPServer(always: .delay(TimingBounds.serverDelay, then: .text("late")))
        defer { server.stop() }
        let elapsed = await measure {
            await #expect(throws: TransportError.timedOut) {
                try await transport.send(
                    HTTPRequest(method: "GET", url: server.url("/")),
                    options: TransportOptions(timeout: .milliseconds(200)))
            }
        }
        #expect(elapsed < TimingBounds.promptly)
    }

    @Test("the deadline covers a trickling body, not just idle time")
    func trickleTimeout() async throws {
        // A byte every 50 ms for 120 s: never idle long, but far past the 300 ms deadline.
        let head = Data("HTTP/1.1 200 OK\r\nContent-Length: 2400\r\n\r\n".utf8)
        let server = try LoopbackHTTPServer(always: .paced([head] + Array(repeating: Data("x".utf8), count: 2400), interval: .milliseconds(50)))
        defer { server.stop() }
        let elapsed = await measure {
            await #expect(throws: TransportError.timedOut) {
                try await transport.send(
                    HTTPRequest(method: "GET", url: server.url("/")), options: TransportOptions(timeout: .milliseconds(300)))
            }
        }
        #expect(elapsed < TimingBounds.promptly)
    }

    @Test("cancelling the calling task cancels the request at once")
    func cancellation() async throws {
        let server = try LoopbackHTTPServer(always: .delay(TimingBounds.serverDelay, then: .text("late")))
        defer { server.stop() }
        let task = Task { [transport] in
            try await transport.send(HTTPRequest(method: "GET", url: server.url("/")), options: TransportOptions(timeout: TimingBounds.generousTimeout))
        }
        try await waitForRequests(server)
        let elapsed = await measure {
            task.cancel()
            await #expect(throws: TransportError.cancelled) { try await task.value }
        }
        #expect(elapsed < TimingBounds.promptly)
    }

    @Test("a task cancelled before sending never reaches the server")
    func cancelledBeforeStart() async throws {
        let server = try LoopbackHTTPServer(always: .text("ok"))
        defer { server.stop() }
        let task = Task { [transport] in
            withUnsafeCurrentTask { $0?.cancel() }
            return try await transport.send(HTTPRequest(method: "GET", url: server.url("/")), options: fast)
        }
        await #expect(throws: TransportError.cancelled) { try await task.value }
        #expect(server.requests.isEmpty)
    }

    @Test("reset, close without response and refused connection → connectionFailed without header values", arguments: [
        ServerAction.resetConnection, .closeWithoutResponse,
    ])
    func connectionFailures(action: ServerAction) async throws {
        let server = try LoopbackHTTPServer(always: action)
        defer { server.stop() }
        let request = HTTPRequest(method: "GET", url: server.url("/"), headers: ["Authorization": "Bearer SECRET-TOKEN"])
        do {
            _ = try await transport.send(request, options: fast)
            Issue.record("expected a connection failure")
        } catch let TransportError.connectionFailed(message) {
            #expect(!message.contains("SECRET"))
        }
    }

    @Test("connection refused → notConnected: nothing was sent")
    func refused() async throws {
        let server = try LoopbackHTTPServer(always: .text("ok"))
        let url = server.url("/")
        server.stop()
        await #expect {
            try await transport.send(HTTPRequest(method: "GET", url: url), options: fast)
        } throws: { error in
            if case TransportError.notConnected = error { true } else { false }
        }
    }

    @Test("a body shorter than its Content-Length → connectionFailed")
    func truncatedBody() async throws {
        let server = try LoopbackHTTPServer(always: .truncatedBody(status: 200, body: Data("part".utf8), declaredLength: 1000))
        defer { server.stop() }
        await #expect {
            try await transport.send(HTTPRequest(method: "GET", url: server.url("/")), options: fast)
        } throws: { error in
            if case TransportError.connectionFailed = error { true } else { false }
        }
    }

    @Test("a body over the limit → responseTooLarge, declared by Content-Length or not (chunked)")
    func responseTooLarge() async throws {
        let big = String(repeating: "x", count: 300_000)
        let chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + String(repeating: "\(String(4096, radix: 16))\r\n\(String(repeating: "y", count: 4096))\r\n", count: 100) + "0\r\n\r\n"
        for action in [ServerAction.text(big), .raw(chunked)] {
            let server = try LoopbackHTTPServer(always: action)
            defer { server.stop() }
            await #expect(throws: TransportError.responseTooLarge(limit: 10_000)) {
                try await transport.send(
                    HTTPRequest(method: "GET", url: server.url("/")),
                    options: TransportOptions(timeout: TimingBounds.generousTimeout, maxResponseBytes: 10_000))
            }
        }
        // Exactly at the limit is fine.
        let server = try LoopbackHTTPServer(always: .text(String(repeating: "z", count: 10_000)))
        defer { server.stop() }
        let response = try await transport.send(
            HTTPRequest(method: "GET", url: server.url("/")), options: TransportOptions(maxResponseBytes: 10_000))
        #expect(response.body.count == 10_000)
    }

    @Test("redirects are returned, not followed")
    func redirectNotFollowed() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/start"
                ? .respond(status: 302, headers: [("Location", "http://localhost:1/elsewhere")])
                : .text("followed")
        }
        defer { server.stop() }
        let response = try await transport.send(
            HTTPRequest(method: "GET", url: server.url("/start"), headers: ["Authorization": "Bearer t"]), options: fast)
        #expect(response.status == 302)
        #expect(response.headers["Location"] == "http://localhost:1/elsewhere")
        #expect(server.requests.count == 1)
    }

    @Test("after shutdown, sends fail with connectionFailed")
    func shutdown() async throws {
        let transport = URLSessionTransport()
        transport.shutdown()
        transport.shutdown()
        await #expect(throws: TransportError.connectionFailed("the transport was shut down")) {
            try await transport.send(HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1:1/")!), options: fast)
        }
    }
}
