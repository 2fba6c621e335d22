import APIGenRuntime
import CloudflareMCP
import Foundation
import TestSupport

/// A loopback server and a client pointed at it through the real URLSession transport, with
/// retry waits recorded instead of slept.
struct SocketHarness: Sendable {
    let server: LoopbackHTTPServer
    let client: MCPServersClient
    let sleeps = LockedValue<[Duration]>([])
    let exchanges = LockedValue<[HTTPExchange]>([])

    static let token = "cf-test-token-DO-NOT-LEAK"
    static let account = "a86a8f5c339544d7bdc89926de14fb8c"
    static let base = "/accounts/a86a8f5c339544d7bdc89926de14fb8c/access/ai-controls/mcp/servers"

    init(credentials: Credentials = .apiToken(SocketHarness.token), timeout: Duration = TimingBounds.generousTimeout, maxRetries: Int = 2,
         handler: @escaping @Sendable (RecordedRequest) async -> ServerAction) throws {
        server = try LoopbackHTTPServer(handler: handler)
        var configuration = MCPServersClient.defaultConfiguration(baseURL: server.baseURL, credentials: credentials)
        configuration.timeout = timeout
        configuration.retryPolicy.maxRetries = maxRetries
        let sleeps = sleeps, exchanges = exchanges
        configuration.sleep = { duration in sleeps.withLock { $0.append(duration) } }
        configuration.observer = { exchange in exchanges.withLock { $0.append(exchange) } }
        client = MCPServersClient(configuration: configuration, transport: URLSessionTransport())
    }

    static func server(id: String, status: String = "ready", extra: JSONObject = JSONObject()) -> JSONValue {
        var object: JSONObject = [
            "id": .string(id), "auth_type": "unauthenticated", "hostname": "https://example.com/mcp", "name": .string("Server \(id)"),
            "prompts": [], "tools": [["name": "search"]], "created_at": "2019-12-27T18:11:19.117Z", "status": .string(status),
        ]
        for member in extra { object[member.key] = member.value }
        return .object(object)
    }

    static func success(_ result: JSONValue, info: JSONValue? = nil) -> JSONValue {
        var envelope: JSONObject = ["success": true, "errors": [], "messages": [], "result": result]
        if let info { envelope["result_info"] = info }
        return .object(envelope)
    }
}

extension LockedValue where Value == Int {
    /// Adds one and returns the new count (the handler's call number).
    func increment() -> Int {
        withLock { value in
            value += 1
            return value
        }
    }
}
