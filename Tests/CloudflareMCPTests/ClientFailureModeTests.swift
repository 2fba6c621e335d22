import APIGenRuntime
import CloudflareMCP
import Foundation
import Testing
import TestSupport

/// Pagination, retries and every way an answer can go wrong, over a real socket. Retry waits are
/// recorded, not slept.
@Suite struct ClientFailureModeTests {
    typealias H = SocketHarness

    static func page(_ number: Int, ids: [String], totalPages: Int?) -> ServerAction {
        let info: JSONValue? = totalPages.map { ["page": .number(JSONNumber(number)), "per_page": 2, "total_pages": .number(JSONNumber($0)), "count": .number(JSONNumber(ids.count))] }
        return .json(H.success(.array(ids.map { H.server(id: $0) }), info: info))
    }

    @Test(arguments: [true, false])
    func allPagesAreFetchedLazily(withResultInfo: Bool) async throws {
        let pages = [["a", "b"], ["c", "d"], ["e"]]
        let harness = try H { request in
            let number = Int(request.queryItems.first { $0.name == "page" }?.value ?? "1")!
            return number <= pages.count ? Self.page(number, ids: pages[number - 1], totalPages: withResultInfo ? 3 : nil)
                : .json(H.success([]))
        }
        var iterator = harness.client.allServers(accountID: H.account, perPage: 2).makeAsyncIterator()
        let first = try await iterator.next()
        #expect(first?.id == "a")
        #expect(harness.server.requests.count == 1)  // lazily: one page so far
        let everything = try await harness.client.allServers(accountID: H.account, perPage: 2).collect()
        #expect(everything.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(harness.server.requests.dropFirst().map(\.target) == (1...3).map { "\(H.base)?page=\($0)&per_page=2" })
        let page = try await harness.client.listServers(accountID: H.account, page: 2, perPage: 2)
        #expect(page.info?.totalPages == (withResultInfo ? 3 : nil))
    }

    @Test func retriesTwice503ThenSucceeds() async throws {
        let count = LockedValue(0)
        let harness = try H { _ in
            count.increment() <= 2 ? .json(status: 503, body: #"{"success":false,"errors":[{"code":10000,"message":"busy"}]}"#)
                : .json(H.success(H.server(id: "x")))
        }
        let server = try await harness.client.getServer(accountID: H.account, id: "x")
        #expect(server.id == "x")
        #expect(harness.server.requests.count == 3)
        let sleeps: [Duration] = harness.sleeps.current
        #expect(sleeps.count == 2)
        #expect(sleeps[0] <= .milliseconds(500) && sleeps[0] >= .milliseconds(375))
        #expect(sleeps[1] <= .seconds(1) && sleeps[1] >= .milliseconds(750))
        #expect(harness.exchanges.current.map(\.attempt) == [1, 2, 3])
        #expect(harness.exchanges.current.map(\.status) == [503, 503, 200])
    }

    @Test func retriedRequestsAreByteForByteTheSame() async throws {
        let count = LockedValue(0)
        let harness = try H { _ in
            count.increment() == 1 ? .json(status: 500, body: "{}") : .json(H.success(H.server(id: "x")))
        }
        _ = try await harness.client.updateServer(accountID: H.account, id: "x", body: UpdateMCPServerRequest(name: "n", description: "d"))
        let requests: [RecordedRequest] = harness.server.requests
        #expect(requests.count == 2)
        #expect(requests[0].body == requests[1].body && requests[0].target == requests[1].target)
        // URLSession orders header fields as it likes (through a dictionary); the set is the same…
        let first = requests[0].headers.map { "\($0.name): \($0.value)" }.sorted()
        let second = requests[1].headers.map { "\($0.name): \($0.value)" }.sorted()
        #expect(first == second)
    }

    @Test func theTransportIsGivenTheSameRequestOnEveryAttempt() async throws {
        // …and what the client hands the transport is the same value, byte for byte.
        let count = LockedValue(0)
        let transport = InMemoryTransport { _ in
            count.increment() < 3 ? HTTPResponse(status: 503) : HTTPResponse(status: 200, body: JSONSerializer.data(H.success(H.server(id: "x"))))
        }
        var configuration = MCPServersClient.defaultConfiguration(credentials: .apiToken(H.token))
        configuration.sleep = { _ in }
        let client = MCPServersClient(configuration: configuration, transport: transport)
        _ = try await client.updateServer(accountID: H.account, id: "x", body: UpdateMCPServerRequest(name: "n", description: .null))
        #expect(transport.requests.count == 3)
        #expect(Set(transport.requests).count == 1)
    }

    @Test func honoursRetryAfterOn429() async throws {
        let count = LockedValue(0)
        let harness = try H { _ in
            count.increment() == 1 ? .json(status: 429, headers: [("Retry-After", "2")], body: #"{"success":false,"errors":[{"code":971,"message":"rate limited"}]}"#)
                : .json(H.success(H.server(id: "x")))
        }
        _ = try await harness.client.getServer(accountID: H.account, id: "x")
        #expect(harness.sleeps.current == [.seconds(2)])
    }

    @Test func aResetConnectionIsATransportErrorAfterRetries() async throws {
        let harness = try H { _ in .resetConnection }
        await expectError(harness) { error in
            guard case .transport(let message, let attempts) = error else { return false }
            return attempts == 3 && !message.contains(H.token)
        }
    }

    @Test func aTruncatedBodyIsATransportError() async throws {
        let harness = try H(maxRetries: 0) { _ in
            .truncatedBody(status: 200, headers: [("Content-Type", "application/json")], body: Data(#"{"success":true,"res"#.utf8), declaredLength: 400)
        }
        await expectError(harness) { if case .transport(_, attempts: 1) = $0 { true } else { false } }
    }

    @Test func anHTMLPageFromAProxyIsAnUnexpectedResponse() async throws {
        let harness = try H { _ in
            .respond(status: 502, headers: [("Content-Type", "text/html"), ("cf-ray", "8f0e-SJC")], body: Data("<html><body>502 Bad Gateway</body></html>".utf8))
        }
        await expectError(harness) { error in
            guard case .unexpectedResponse(let status, let contentType, let excerpt, let requestID) = error else { return false }
            return status == 502 && contentType == "text/html" && excerpt.contains("502 Bad Gateway") && requestID == "8f0e-SJC"
        }
        #expect(harness.server.requests.count == 3)  // 5xx is retried
    }

    @Test func aMalformedJSONBodyIsADecodingError() async throws {
        let harness = try H { _ in .json(body: #"{"success":true,"result":{"id":"x","#) }
        await expectError(harness) { error in
            if case .decoding(let failure, 200, _) = error, case .malformedJSON = failure.reason { true } else { false }
        }
    }

    @Test func aWrongFieldIsADecodingErrorWithItsPath() async throws {
        let harness = try H { _ in .json(H.success([H.server(id: "a"), H.server(id: "b", extra: ["created_at": 5])])) }
        let error = await #expect(throws: APIClientError.self) { try await harness.client.listServers(accountID: H.account) }
        guard case .decoding(let failure, _, _)? = error else {
            Issue.record("expected .decoding, got \(String(describing: error))")
            return
        }
        #expect(failure.description == "result[1].created_at: expected a date-time string, found a number")
    }

    @Test func aSlowAnswerTimesOut() async throws {
        let harness = try H(timeout: .milliseconds(300), maxRetries: 1) { _ in .delay(TimingBounds.serverDelay, then: .json(H.success(H.server(id: "x")))) }
        let started = ContinuousClock.now
        await expectError(harness) { if case .timedOut(after: .milliseconds(300), attempts: 2) = $0 { true } else { false } }
        #expect(ContinuousClock.now - started < TimingBounds.promptly)
    }

    @Test func cancellingTheTaskCancelsTheRequestAtOnce() async throws {
        let harness = try H { _ in .delay(TimingBounds.serverDelay, then: .json(H.success(H.server(id: "x")))) }
        let task = Task { try await harness.client.getServer(accountID: H.account, id: "x") }
        while harness.server.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        let started = ContinuousClock.now
        task.cancel()
        let result = await task.result
        #expect(ContinuousClock.now - started < TimingBounds.promptly)
        guard case .failure(let error) = result, case .cancelled = error as? APIClientError else {
            Issue.record("expected .cancelled, got \(result)")
            return
        }
    }

    @Test func theObserverSeesEveryAttemptAndNoSecret() async throws {
        let count = LockedValue(0)
        let harness = try H { _ in count.increment() == 1 ? .json(status: 503, body: "{}") : .json(H.success(H.server(id: "x"))) }
        _ = try await harness.client.getServer(accountID: H.account, id: "x")
        let exchanges: [HTTPExchange] = harness.exchanges.current
        #expect(exchanges.map(\.method) == ["GET", "GET"])
        #expect(exchanges.allSatisfy { $0.url.path == "\(H.base)/x" })
        #expect(exchanges[0].retryDelay != nil && exchanges[1].retryDelay == nil)
        #expect(!exchanges.map { String(reflecting: $0) }.joined().contains(H.token))
    }

    private func expectError(_ harness: H, sourceLocation: Testing.SourceLocation = #_sourceLocation,
                             _ matches: (APIClientError) -> Bool) async {
        do {
            _ = try await harness.client.getServer(accountID: H.account, id: "x")
            Issue.record("expected an error", sourceLocation: sourceLocation)
        } catch {
            #expect(matches(error), "unexpected \(error)", sourceLocation: sourceLocation)
            #expect(!String(reflecting: error).contains(H.token), sourceLocation: sourceLocation)
        }
    }
}
