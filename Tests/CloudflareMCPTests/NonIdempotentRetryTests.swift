import APIGenCLI
import APIGenRuntime
import CloudflareMCP
import CloudflareMCPCommandLine
import Foundation
import SpecDrivenTesting
import Testing
import TestSupport

/// Issue 11, item 7: a create or a sync (POST) answered 503 after the server acted was sent again,
/// so the sync ran twice and the create failed with "already exists". Over a real socket, with
/// retry waits recorded, counted in requests.
@Suite struct NonIdempotentRetryTests {
    typealias H = SocketHarness

    static func failure(_ status: Int, code: Int, _ message: String) -> ServerAction {
        .json(status: status, body: #"{"success":false,"errors":[{"code":\#(code),"message":"\#(message)"}],"messages":[],"result":null}"#)
    }

    /// A server that creates on every POST (refusing an id it already has with 400) and answers
    /// the first create with 503 although it created the server, as a gateway failing after the
    /// origin acted does.
    final class CreatingServer: Sendable {
        let created = LockedValue<[String]>([])

        func handle(_ request: RecordedRequest) -> ServerAction {
            guard request.method == "POST", request.path == H.base,
                  let id = (try? JSONParser.parse(request.body))?["id"]?.stringValue
            else { return NonIdempotentRetryTests.failure(404, code: 7002, "Not Found") }
            let count = created.withLock { created -> Int? in
                if created.contains(id) { return nil }
                created.append(id)
                return created.count
            }
            guard let count else { return NonIdempotentRetryTests.failure(400, code: 10010, "MCP server already exists") }
            return count == 1 ? NonIdempotentRetryTests.failure(503, code: 10000, "Service Unavailable")
                : .json(status: 201, H.success(H.server(id: id)))
        }
    }

    static let body = CreateMCPServerRequest(id: "new", authType: .unauthenticated, hostname: "https://example.com/mcp", name: "New")

    @Test("createServer answered 503 after the server created it: 1 request, the 503 surfaces, never 'already exists'")
    func createIsNotSentTwice() async throws {
        let origin = CreatingServer()
        let harness = try H { origin.handle($0) }
        defer { harness.server.stop() }
        do {
            _ = try await harness.client.createServer(accountID: H.account, body: Self.body)
            Issue.record("expected the 503")
        } catch {
            guard case .api(let failure) = error else { Issue.record("got \(error)"); return }
            #expect(failure.status == 503)
            #expect(failure.messages.map(\.message) == ["Service Unavailable"])
        }
        #expect(harness.server.requests.count == 1)
        #expect(origin.created.current == ["new"])
        #expect(harness.sleeps.current.isEmpty)
    }

    @Test("syncServer answered 503 after the sync ran: the sync runs once")
    func syncRunsOnce() async throws {
        let syncs = LockedValue(0)
        let harness = try H { request in
            guard request.method == "POST", request.path == H.base + "/x/sync" else { return Self.failure(404, code: 7002, "Not Found") }
            return syncs.increment() == 1 ? Self.failure(503, code: 10000, "Service Unavailable") : .json(H.success(["status": "ready"]))
        }
        defer { harness.server.stop() }
        await #expect(throws: APIClientError.self) { try await harness.client.syncServer(accountID: H.account, id: "x") }
        #expect(syncs.current == 1)
    }

    @Test("createServer answered 429 then 201: retried once, created")
    func createRetriedAfterTooManyRequests() async throws {
        let count = LockedValue(0)
        let harness = try H { _ in
            count.increment() == 1 ? .respond(status: 429, headers: [("Retry-After", "1")])
                : .json(status: 201, H.success(H.server(id: "new")))
        }
        defer { harness.server.stop() }
        let created = try await harness.client.createServer(accountID: H.account, body: Self.body)
        #expect(created.id == "new")
        #expect(harness.server.requests.count == 2)
        #expect(harness.sleeps.current == [.seconds(1)])
    }

    @Test("RequestOptions(idempotent: true) lets one createServer (say, with an idempotency key) be retried after a 503")
    func perCallOptIn() async throws {
        let count = LockedValue(0)
        let harness = try H { _ in
            count.increment() == 1 ? Self.failure(503, code: 10000, "Service Unavailable") : .json(status: 201, H.success(H.server(id: "new")))
        }
        defer { harness.server.stop() }
        let created = try await harness.client.createServer(
            accountID: H.account, body: Self.body,
            options: RequestOptions(idempotent: true, additionalHeaders: ["Idempotency-Key": "k-1"]))
        #expect(created.id == "new")
        #expect(harness.server.requests.count == 2)
    }

    @Test("mcp-servers create with retries: one request, exit 1 with the 503, never 'already exists'")
    func toolCreatesOnce() async throws {
        let origin = CreatingServer()
        let server = try LoopbackHTTPServer { origin.handle($0) }
        defer { server.stop() }
        let errors = LockedValue("")
        let tool = CommandLineTool(
            MCPServersClient.commandLine,
            environment: ["CLOUDFLARE_API_TOKEN": H.token, "CLOUDFLARE_ACCOUNT_ID": H.account, "CLOUDFLARE_BASE_URL": server.baseURL.absoluteString],
            standardOutput: { _ in }, standardError: { text in errors.withLock { $0 += text } })
        let status = await tool.run([
            "create", "--id", "new", "--name", "New", "--hostname", "https://example.com/mcp", "--auth-type", "unauthenticated",
            "--max-retries", "2",
        ])
        #expect(status == 1)
        #expect(errors.current.contains("HTTP 503"), "\(errors.current)")
        #expect(!errors.current.contains("already exists"))
        #expect(server.requests.count == 1)
        #expect(origin.created.current == ["new"])
    }

    /// Every operation of every API under test, with its first example's arguments, answered 503
    /// (an error envelope) with 2 retries: an idempotent one (by the spec's `idempotent`, else
    /// its method) is sent 3 times, any other once.
    @Test("a 503 is retried exactly for the operations that are idempotent", arguments: APIUnderTest.all)
    func specOperations(api: APIUnderTest) async throws {
        let envelope = try #require(api.spec.envelope)
        var error: JSONObject = [:]
        error[envelope.errorCodeField] = 10000
        error[envelope.errorMessageField] = "Service Unavailable"
        var body: JSONObject = [:]
        if let success = envelope.successField { body[success] = false }
        body[envelope.errorsField] = [.object(error)]
        let answer = HTTPResponse(status: 503, headers: ["Content-Type": "application/json"], body: JSONSerializer.data(.object(body)))
        var checked = 0
        for operation in api.spec.operations {
            guard let example = DocumentedExample.all(of: api).first(where: { $0.operation.name == operation.name }) else { continue }
            let transport = InMemoryTransport { _ in answer }
            await #expect(throws: APIClientError.self) {
                try await api.invoke(operation.name, over: transport, example.arguments, retryPolicy: RetryPolicy(maxRetries: 2))
            }
            let idempotent = operation.idempotent ?? RetryPolicy.isIdempotent(method: operation.method)
            #expect(transport.requests.count == (idempotent ? 3 : 1), "\(api): \(operation.name) (\(operation.method))")
            checked += 1
        }
        #expect(checked == api.spec.operations.count, "every operation has an example to call it with")
    }
}
