import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

/// An ephemeral session so no test shares connections, cookies or cache with another.
private func makeSession(timeout: TimeInterval = TimeInterval(TimingBounds.generousTimeout.components.seconds)) -> URLSession {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.urlCache = nil
    return URLSession(configuration: configuration)
}

private func fetch(_ request: URLRequest, session: URLSession) async throws -> (Data, HTTPURLResponse) {
    let (data, response) = try await session.data(for: request)
    return (data, try #require(response as? HTTPURLResponse))
}

@Suite("LoopbackHTTPServer")
struct LoopbackHTTPServerTests {
    @Test("records method, raw target, decoded query, headers and body; answers with status, headers, body")
    func respondAndRecord() async throws {
        let server = try LoopbackHTTPServer(always: .json(status: 201, headers: [("X-Reply", "yes")], body: #"{"ok":true}"#))
        defer { server.stop() }
        var request = URLRequest(url: server.url("/v1/a%2Fb?name=J%C3%BCrgen+X&flag&q=a%2Bb"))
        request.httpMethod = "POST"
        request.setValue("Bearer token", forHTTPHeaderField: "Authorization")
        request.httpBody = Data("hello body".utf8)
        let session = makeSession()
        let (data, response) = try await fetch(request, session: session)

        #expect(response.statusCode == 201)
        #expect(response.value(forHTTPHeaderField: "x-reply") == "yes")
        #expect(response.value(forHTTPHeaderField: "Content-Type") == "application/json")
        #expect(String(decoding: data, as: UTF8.self) == #"{"ok":true}"#)
        let recorded = try #require(server.requests.first)
        #expect(recorded.method == "POST")
        #expect(recorded.target == "/v1/a%2Fb?name=J%C3%BCrgen+X&flag&q=a%2Bb")
        #expect(recorded.path == "/v1/a%2Fb")
        #expect(recorded.queryItems.map(\.name) == ["name", "flag", "q"])
        #expect(recorded.queryItems.map(\.value) == ["Jürgen X", "", "a+b"])
        #expect(recorded.header("authorization") == "Bearer token")
        #expect(recorded.bodyText == "hello body")
    }

    @Test(".json(JSONValue) serializes the value with a JSON content type")
    func jsonValue() async throws {
        let server = try LoopbackHTTPServer(always: .json(status: 202, ["ok": true, "n": 2]))
        defer { server.stop() }
        let (data, response) = try await fetch(URLRequest(url: server.url("/")), session: makeSession())
        #expect(response.statusCode == 202)
        #expect(response.value(forHTTPHeaderField: "Content-Type") == "application/json")
        #expect(String(decoding: data, as: UTF8.self) == #"{"ok":true,"n":2}"#)
    }

    @Test("keep-alive: sequential requests reuse one connection; sequence(:) answers in order")
    func keepAliveAndSequence() async throws {
        let server = try LoopbackHTTPServer(sequence: [.text("one"), .text("two"), .text("last")])
        defer { server.stop() }
        let session = makeSession()
        var bodies: [String] = []
        for _ in 0..<4 {
            let (data, _) = try await fetch(URLRequest(url: server.url("/")), session: session)
            bodies.append(String(decoding: data, as: UTF8.self))
        }
        #expect(bodies == ["one", "two", "last", "last"])
        #expect(server.connectionCount == 1)
    }

    @Test("a large body (with or without Expect: 100-continue) arrives intact")
    func largeBody() async throws {
        let server = try LoopbackHTTPServer { request in .respond(status: 200, body: request.body) }
        defer { server.stop() }
        let payload = Data((0..<2_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        for expect in [false, true] {
            var request = URLRequest(url: server.url("/upload"))
            request.httpMethod = "PUT"
            request.httpBody = payload
            if expect { request.setValue("100-continue", forHTTPHeaderField: "Expect") }
            let (data, _) = try await fetch(request, session: makeSession())
            #expect(data == payload)
        }
        #expect(server.requests.allSatisfy { $0.body == payload })
    }

    @Test("chunked request bodies are decoded")
    func chunkedRequestBody() throws {
        let server = try LoopbackHTTPServer { request in .text("got \(request.body.count)") }
        defer { server.stop() }
        let reply = try RawClient.exchange(
            port: server.port,
            "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nTrailer: t\r\n\r\n")
        #expect(reply.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(reply.hasSuffix("got 11"))
        #expect(server.requests.first?.bodyText == "hello world")
    }

    @Test("delay waits, and a client that gives up meanwhile does not hurt the server")
    func delay() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/slow" ? .delay(.milliseconds(600), then: .text("late")) : .text("fast")
        }
        defer { server.stop() }
        let clock = ContinuousClock()
        let start = clock.now
        let (data, _) = try await fetch(URLRequest(url: server.url("/slow")), session: makeSession())
        #expect(String(decoding: data, as: UTF8.self) == "late")
        #expect(clock.now - start >= .milliseconds(550))

        await #expect(throws: (any Error).self) {
            _ = try await fetch(URLRequest(url: server.url("/slow")), session: makeSession(timeout: 0.2))
        }
        try await Task.sleep(for: .milliseconds(500))  // let the server write to the closed socket
        let (fast, _) = try await fetch(URLRequest(url: server.url("/fast")), session: makeSession())
        #expect(String(decoding: fast, as: UTF8.self) == "fast")
    }

    @Test("reset, close without response, truncated body and raw bytes", arguments: [
        ServerAction.resetConnection, .closeWithoutResponse,
        .truncatedBody(status: 200, body: Data("short".utf8), declaredLength: 100),
    ])
    func failures(action: ServerAction) async throws {
        let server = try LoopbackHTTPServer(always: action)
        defer { server.stop() }
        await #expect(throws: (any Error).self) {
            _ = try await fetch(URLRequest(url: server.url("/")), session: makeSession())
        }
    }

    @Test("raw bytes are written verbatim (a chunked response)")
    func raw() async throws {
        let server = try LoopbackHTTPServer(
            always: .raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n"))
        defer { server.stop() }
        let (data, response) = try await fetch(URLRequest(url: server.url("/")), session: makeSession())
        #expect(response.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self) == "Wikipedia")
    }

    @Test("many concurrent clients, all answered, in arrival order records")
    func concurrentClients() async throws {
        let server = try LoopbackHTTPServer { request in .text(request.path) }
        defer { server.stop() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for client in 0..<20 {
                group.addTask {
                    let session = makeSession()
                    for index in 0..<25 {
                        let (data, _) = try await fetch(URLRequest(url: server.url("/\(client)/\(index)")), session: session)
                        #expect(String(decoding: data, as: UTF8.self) == "/\(client)/\(index)")
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(server.requests.count == 500)
    }

    @Test("stop is idempotent, fast while a delay is pending, and refuses new connections")
    func stop() async throws {
        let server = try LoopbackHTTPServer(always: .delay(TimingBounds.serverDelay, then: .text("never")))
        let pending = Task { try? await fetch(URLRequest(url: server.url("/")), session: makeSession()) }
        while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        let clock = ContinuousClock()
        let start = clock.now
        server.stop()
        server.stop()
        #expect(clock.now - start < TimingBounds.promptly)
        _ = await pending.value
        #expect(throws: (any Error).self) { try RawClient.exchange(port: server.port, "GET / HTTP/1.1\r\n\r\n") }
    }
}
