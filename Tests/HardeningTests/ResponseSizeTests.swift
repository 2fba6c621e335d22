import APIGenRuntime
import CloudflareMCP
import Foundation
import Testing
import TestSupport

/// A response body larger than the configured limit is refused with `.responseTooLarge`, whether
/// the server declares its length or not, and is never retried.
@Suite("Response size limit")
struct ResponseSizeTests {
    enum Framing: String, CaseIterable, Sendable {
        case contentLength, chunked, closeDelimited
    }

    /// A valid getServer answer whose description is `description`.
    static func serverBody(description: String) -> Data {
        JSONSerializer.data([
            "success": true,
            "result": ["id": "big", "auth_type": "unauthenticated", "hostname": "https://example.com/mcp", "name": "Big", "prompts": [], "tools": [],
                       "description": .string(description)],
        ])
    }

    /// How many `x` make a getServer answer exactly `size` bytes long.
    static func padding(toSize size: Int) -> Int { size - serverBody(description: "").count }

    /// A valid getServer answer of exactly `size` bytes (the description is padded).
    static func serverBody(size: Int) -> Data { serverBody(description: String(repeating: "x", count: padding(toSize: size))) }

    static func action(_ body: Data, _ framing: Framing) -> ServerAction {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        switch framing {
        case .contentLength:
            return .respond(status: 200, headers: [("Content-Type", "application/json")], body: body)
        case .chunked:
            var raw = Data((head + "Transfer-Encoding: chunked\r\n\r\n").utf8)
            var offset = 0
            while offset < body.count {
                let chunk = body[offset..<min(body.count, offset + 16_384)]
                raw += Data((String(chunk.count, radix: 16) + "\r\n").utf8) + chunk + Data("\r\n".utf8)
                offset += chunk.count
            }
            return .raw(raw + Data("0\r\n\r\n".utf8))
        case .closeDelimited:
            return .raw(Data((head + "Connection: close\r\n\r\n").utf8) + body)
        }
    }

    struct Harness {
        let server: LoopbackHTTPServer
        let client: MCPServersClient
        let sleeps = LockedValue(0)
        let exchanges = LockedValue<[HTTPExchange]>([])

        init(action: ServerAction, maxResponseBytes: Int) throws {
            server = try LoopbackHTTPServer(always: action)
            var configuration = MCPServersClient.defaultConfiguration(baseURL: server.url("/client/v4"), credentials: .apiToken("size-test"))
            configuration.maxResponseBytes = maxResponseBytes
            configuration.timeout = TimingBounds.generousTimeout
            let sleeps = self.sleeps
            let exchanges = self.exchanges
            configuration.sleep = { _ in sleeps.withLock { $0 += 1 } }
            configuration.observer = { exchange in exchanges.withLock { $0.append(exchange) } }
            client = MCPServersClient(configuration: configuration, transport: URLSessionTransport())
        }
    }

    @Test("a 2 MiB body with a 64 KiB limit is refused, once, without retries", arguments: Framing.allCases)
    func refusedOverLimit(framing: Framing) async throws {
        let limit = 64 * 1024
        let harness = try Harness(action: Self.action(Self.serverBody(size: 2 << 20), framing), maxResponseBytes: limit)
        defer { harness.server.stop() }
        let error = await apiError { try await harness.client.getServer(accountID: "acc", id: "big") }
        guard case .responseTooLarge(let reported)? = error else {
            Issue.record("expected .responseTooLarge, got \(String(describing: error))")
            return
        }
        #expect(reported == limit)
        #expect(harness.server.requests.count == 1)
        #expect(harness.sleeps.current == 0)
        #expect(harness.exchanges.current.map(\.error) == ["response larger than 65536 bytes"])
    }

    @Test("the limit is inclusive: a body of exactly the limit decodes, one byte less of limit refuses", arguments: Framing.allCases)
    func boundary(framing: Framing) async throws {
        let size = 100_000
        let harness = try Harness(action: Self.action(Self.serverBody(size: size), framing), maxResponseBytes: size)
        defer { harness.server.stop() }
        #expect(Self.serverBody(size: size).count == size)
        let server = try await harness.client.getServer(accountID: "acc", id: "big")
        #expect(server.id == "big" && server.description == .value(String(repeating: "x", count: Self.padding(toSize: size))))

        let error = await apiError {
            try await harness.client.getServer(accountID: "acc", id: "big", options: RequestOptions(maxResponseBytes: size - 1))
        }
        guard case .responseTooLarge(let limit)? = error else {
            Issue.record("expected .responseTooLarge, got \(String(describing: error))")
            return
        }
        #expect(limit == size - 1)
    }

    @Test("RequestOptions.maxResponseBytes overrides the configuration both ways")
    func perCallOverride() async throws {
        let body = Self.serverBody(size: 1 << 20)
        // A generous configuration, a strict call.
        let lenient = try Harness(action: Self.action(body, .contentLength), maxResponseBytes: 32 << 20)
        defer { lenient.server.stop() }
        _ = try await lenient.client.getServer(accountID: "acc", id: "big")
        let strict = await apiError { try await lenient.client.getServer(accountID: "acc", id: "big", options: RequestOptions(maxResponseBytes: 1000)) }
        guard case .responseTooLarge(limit: 1000)? = strict else {
            Issue.record("expected .responseTooLarge(limit: 1000), got \(String(describing: strict))")
            return
        }
        // A strict configuration, a generous call.
        let tight = try Harness(action: Self.action(body, .chunked), maxResponseBytes: 1000)
        defer { tight.server.stop() }
        let refused = await apiError { try await tight.client.getServer(accountID: "acc", id: "big") }
        guard case .responseTooLarge(limit: 1000)? = refused else {
            Issue.record("expected .responseTooLarge(limit: 1000), got \(String(describing: refused))")
            return
        }
        let allowed = try await tight.client.getServer(accountID: "acc", id: "big", options: RequestOptions(maxResponseBytes: 2 << 20))
        #expect(allowed.name == "Big")
    }
}
