import APIGenRuntime
import CloudflareMCP
import Foundation
import Testing
import TestSupport

/// Credentials never show up where people look (errors, logs, dumps); plain http is for loopback
/// only; path parameters cannot change the path; header values cannot inject headers; secrets in
/// request bodies are redacted from descriptions.
@Suite("Security")
struct SecurityTests {
    static let token = "SECRET-TOKEN-7f3a9c"
    static let email = "secret-email-41d2@example.com"
    static let key = "SECRET-KEY-88b1e0"
    static let secrets = [token, email, key]

    static func leaks(in renderings: [String]) -> [String] {
        secrets.filter { secret in renderings.contains { $0.contains(secret) } }
    }

    /// A client of `server` with these credentials; every exchange goes to `exchanges`.
    static func client(_ credentials: Credentials, baseURL: URL, exchanges: LockedValue<[HTTPExchange]>,
                       transport: any HTTPTransport = URLSessionTransport()) -> MCPServersClient {
        var configuration = MCPServersClient.defaultConfiguration(baseURL: baseURL, credentials: credentials)
        configuration.retryPolicy = RetryPolicy(maxRetries: 1, random: { 0 })
        configuration.sleep = { _ in }
        configuration.timeout = TimingBounds.generousTimeout
        configuration.observer = { exchange in exchanges.withLock { $0.append(exchange) } }
        return MCPServersClient(configuration: configuration, transport: transport)
    }

    // MARK: Credentials in descriptions

    @Test("credentials appear in no error, observer record, Credentials or client description", arguments: [false, true])
    func credentialsAreNeverPrinted(useKey: Bool) async throws {
        let credentials: Credentials = useKey ? .apiKey(email: Self.email, key: Self.key) : .apiToken(Self.token)
        let server = try LoopbackHTTPServer { request in
            switch request.path.split(separator: "/").last ?? "" {
            case "api-error": return .json(status: 404, body: #"{"success":false,"errors":[{"code":7002,"message":"Not Found"}]}"#)
            case "html": return .text(status: 502, "<html>bad gateway</html>")
            case "wrong-type": return .json(body: #"{"success":true,"result":{"id":1}}"#)
            case "malformed": return .json(body: #"{"success":true,"result":{"id":"#)
            case "reset": return .resetConnection
            case "slow": return .delay(TimingBounds.serverDelay, then: .json(body: "{}"))
            case "big": return .json(body: #"{"success":true,"result":{"id":"big","padding":"\#(String(repeating: "x", count: 5000))"}}"#)
            default: return .json(body: #"{"success":true,"result":{"id":"ok","auth_type":"oauth","hostname":"https://h","name":"n","prompts":[],"tools":[]}}"#)
            }
        }
        defer { server.stop() }
        let exchanges = LockedValue<[HTTPExchange]>([])
        let client = Self.client(credentials, baseURL: server.url("/client/v4"), exchanges: exchanges)

        // The credentials do reach the server, so the checks below are not vacuous.
        _ = try await client.getServer(accountID: "acc", id: "ok")
        let sent = try #require(server.requests.last)
        #expect(useKey ? sent.header("X-Auth-Key") == Self.key && sent.header("X-Auth-Email") == Self.email
                       : sent.header("Authorization") == "Bearer \(Self.token)")

        let insecure = RequestOptions(baseURL: URL(string: "http://api.example.com/client/v4")!)
        var errors: [(String, APIClientError?)] = [
            ("api", await apiError { try await client.getServer(accountID: "acc", id: "api-error") }),
            ("unexpected", await apiError { try await client.getServer(accountID: "acc", id: "html") }),
            ("decoding", await apiError { try await client.getServer(accountID: "acc", id: "wrong-type") }),
            ("malformed", await apiError { try await client.getServer(accountID: "acc", id: "malformed") }),
            ("transport", await apiError { try await client.getServer(accountID: "acc", id: "reset") }),
            ("timedOut", await apiError { try await client.getServer(accountID: "acc", id: "slow", options: RequestOptions(timeout: .milliseconds(200))) }),
            ("tooLarge", await apiError { try await client.getServer(accountID: "acc", id: "big", options: RequestOptions(maxResponseBytes: 1000)) }),
            ("invalidRequest", await apiError { try await client.getServer(accountID: "acc", id: String(repeating: "i", count: 33)) }),
            ("insecure", await apiError { try await client.getServer(accountID: "acc", id: "ok", options: insecure) }),
            ("injection", await apiError {
                try await client.getServer(accountID: "acc", id: "ok", options: RequestOptions(additionalHeaders: ["X-Note": "a\r\nX-Injected: 1"]))
            }),
        ]
        let cancelled = Task { await apiError { try await client.getServer(accountID: "acc", id: "slow") } }
        try await Task.sleep(for: .milliseconds(200))
        cancelled.cancel()
        errors.append(("cancelled", await cancelled.value))

        // Every kind of error, each described without the credentials.
        let kinds = errors.map { name, error -> String in
            guard let error else { return "\(name): no error" }
            return switch error {
            case .api: "api"
            case .unexpectedResponse: "unexpected"
            case .decoding(let failure, _, _): if case .malformedJSON = failure.reason { "malformed" } else { "decoding" }
            case .transport: "transport"
            case .timedOut: "timedOut"
            case .deadlineExceeded: "deadline"
            case .responseTooLarge: "tooLarge"
            case .invalidRequest: "invalidRequest"
            case .invalidConfiguration(let message): message.contains("header") ? "injection" : "insecure"
            case .cancelled: "cancelled"
            case .repeatedPage: "repeatedPage"
            case .repeatedCursor: "repeatedCursor"
            }
        }
        #expect(kinds == errors.map(\.0))
        for (name, error) in errors {
            guard let error else { continue }
            #expect(Self.leaks(in: allRenderings(error) + [error.localizedDescription]).isEmpty, "the \(name) error shows a credential: \(error)")
        }
        // The observer saw every attempt, and never a credential.
        let observed = exchanges.current
        #expect(observed.count >= 9)
        #expect(Self.leaks(in: observed.flatMap(allRenderings)).isEmpty)
        // Neither do the credentials, the configuration or the client describe themselves with the values.
        #expect(Self.leaks(in: allRenderings(credentials) + [credentials.description, credentials.debugDescription]).isEmpty)
        #expect(Self.leaks(in: allRenderings(client.configuration)).isEmpty)
        #expect(Self.leaks(in: allRenderings(client)).isEmpty)
        #expect(String(describing: credentials).contains(useKey ? "X-Auth-Key" : "Authorization"))
    }

    @Test("a credential with a line break is refused before sending, and the message does not repeat it")
    func credentialWithLineBreak() async throws {
        let server = try LoopbackHTTPServer(always: .json(body: "{}"))
        defer { server.stop() }
        let exchanges = LockedValue<[HTTPExchange]>([])
        for credentials in [Credentials.apiToken(Self.token + "\r\nX-Injected: 1"), .apiKey(email: Self.email, key: Self.key + "\n")] {
            let client = Self.client(credentials, baseURL: server.url("/v4"), exchanges: exchanges)
            let error = await apiError { try await client.getServer(accountID: "acc", id: "x") }
            guard case .invalidConfiguration(let message)? = error else {
                Issue.record("expected .invalidConfiguration, got \(String(describing: error))")
                continue
            }
            #expect(Self.leaks(in: [message] + allRenderings(error as Any)).isEmpty, "\(message)")
        }
        #expect(server.requests.isEmpty)
        #expect(exchanges.current.isEmpty)
    }

    // MARK: Plain http

    @Test("plain http to a host that is not loopback is refused with nothing sent",
          arguments: ["http://api.example.com/v4", "http://127.0.0.1.example.com/v4", "http://10.0.0.1/v4", "http://[::2]/v4",
                      "http://localhost.example.com/v4", "http://0.0.0.0/v4", "http://[::ffff:127.0.0.1]/v4", "HTTP://API.EXAMPLE.COM/v4",
                      // With a trailing dot, a name is resolved through DNS: not necessarily this machine.
                      "http://LOCALHOST./v4", "http://127.0.0.1./v4"])
    func plainHTTPRefused(baseURL: String) async throws {
        let transport = InMemoryTransport(json: "{}")
        let exchanges = LockedValue<[HTTPExchange]>([])
        for credentials in [Credentials.apiToken(Self.token), .apiKey(email: Self.email, key: Self.key)] {
            // From the configuration, and as a per-call override of a safe configuration.
            let fromConfiguration = Self.client(credentials, baseURL: URL(string: baseURL)!, exchanges: exchanges, transport: transport)
            let overridden = Self.client(credentials, baseURL: URL(string: "https://api.cloudflare.com/client/v4")!, exchanges: exchanges, transport: transport)
            for error in [
                await apiError { try await fromConfiguration.getServer(accountID: "acc", id: "x") },
                await apiError { try await overridden.deleteServer(accountID: "acc", id: "x", options: RequestOptions(baseURL: URL(string: baseURL)!)) },
            ] {
                guard case .invalidConfiguration(let message)? = error else {
                    Issue.record("\(baseURL): expected .invalidConfiguration, got \(String(describing: error))")
                    continue
                }
                #expect(message.contains("plain http"), "\(message)")
                #expect(Self.leaks(in: [message]).isEmpty)
            }
        }
        #expect(transport.requests.isEmpty, "sent \(transport.requests.map(\.url))")
        #expect(exchanges.current.isEmpty)
    }

    @Test("plain http is allowed to 127.0.0.1, localhost and ::1, and https anywhere")
    func plainHTTPToLoopbackAllowed() async throws {
        let body = #"{"success":true,"result":{"id":"ok","auth_type":"oauth","hostname":"https://h","name":"n","prompts":[],"tools":[]}}"#
        let server = try LoopbackHTTPServer(always: .json(body: body))
        defer { server.stop() }
        let exchanges = LockedValue<[HTTPExchange]>([])
        // Over real sockets (the test server listens on 127.0.0.1).
        for base in ["http://127.0.0.1:\(server.port)/v4", "http://localhost:\(server.port)/v4"] {
            let client = Self.client(.apiToken(Self.token), baseURL: URL(string: base)!, exchanges: exchanges)
            let result = try await client.getServer(accountID: "acc", id: "ok")
            #expect(result.id == "ok", "\(base)")
        }
        #expect(server.requests.count == 2)
        // Addresses the test server does not listen on: the request reaches the transport.
        let transport = InMemoryTransport(json: body)
        for base in ["http://[::1]:8080/v4", "http://127.45.6.7/v4", "https://api.example.com/v4"] {
            let client = Self.client(.apiKey(email: Self.email, key: Self.key), baseURL: URL(string: base)!, exchanges: exchanges, transport: transport)
            _ = try await client.getServer(accountID: "acc", id: "ok")
        }
        #expect(transport.requests.map(\.url.absoluteString) == [
            "http://[::1]:8080/v4/accounts/acc/access/ai-controls/mcp/servers/ok",
            "http://127.45.6.7/v4/accounts/acc/access/ai-controls/mcp/servers/ok",
            "https://api.example.com/v4/accounts/acc/access/ai-controls/mcp/servers/ok",
        ])
    }

    // MARK: Path injection

    static let hostileIDs: [(id: String, segment: String)] = [
        ("../x", "..%2Fx"), ("a/b", "a%2Fb"), ("%2F", "%252F"), ("?x=1", "%3Fx%3D1"), ("#frag", "%23frag"), ("a b", "a%20b"),
        ("é/ü", "%C3%A9%2F%C3%BC"), ("..", "%2E%2E"), (".", "%2E"), ("%2e%2e", "%252e%252e"), ("x;y=1", "x%3By%3D1"), ("\\..\\", "%5C..%5C"),
        ("~user", "~user"), ("a+b&c", "a%2Bb%26c"), ("🚀", "%F0%9F%9A%80"), ("\u{202E}x", "%E2%80%AEx"), ("tab\there", "tab%09here"),
    ]

    @Test("an id that looks like a path, a query or a fragment stays one encoded path segment")
    func pathInjection() async throws {
        let server = try LoopbackHTTPServer { request in
            .json(body: #"{"success":true,"result":{"id":"x","auth_type":"oauth","hostname":"https://h","name":"n","prompts":[],"tools":[]}}"#)
        }
        defer { server.stop() }
        let exchanges = LockedValue<[HTTPExchange]>([])
        let client = Self.client(.apiToken(Self.token), baseURL: server.url("/client/v4"), exchanges: exchanges)
        for (id, _) in Self.hostileIDs {
            _ = try await client.getServer(accountID: "acc", id: id)
            _ = try await client.syncServer(accountID: id, id: id)
        }
        let targets = server.requests.map(\.target)
        var expected: [String] = []
        for (_, segment) in Self.hostileIDs {
            expected.append("/client/v4/accounts/acc/access/ai-controls/mcp/servers/\(segment)")
            expected.append("/client/v4/accounts/\(segment)/access/ai-controls/mcp/servers/\(segment)/sync")
        }
        #expect(targets == expected)
        #expect(server.requests.allSatisfy { $0.query == nil })
    }

    @Test("an empty path parameter does not silently change the path")
    func emptyPathParameter() async throws {
        let transport = InMemoryTransport(json: #"{"success":true,"result":{"id":"x","auth_type":"oauth","hostname":"https://h","name":"n","prompts":[],"tools":[]}}"#)
        let exchanges = LockedValue<[HTTPExchange]>([])
        let client = Self.client(.apiToken(Self.token), baseURL: URL(string: "https://api.cloudflare.com/client/v4")!, exchanges: exchanges, transport: transport)
        // `id` has minLength 1 in the spec: refused. `account_id` has no constraint: an empty one would
        // send `/accounts//access/…`, which proxies and servers that merge slashes read as another path.
        let emptyID = await apiError { try await client.getServer(accountID: "acc", id: "") }
        guard case .invalidRequest? = emptyID else {
            Issue.record("empty id: expected .invalidRequest, got \(String(describing: emptyID))")
            return
        }
        let emptyAccount = await apiError { try await client.getServer(accountID: "", id: "x") }
        // A path parameter is never empty: `/accounts//access/…` would address something else.
        guard case .invalidRequest(let violations)? = emptyAccount else {
            Issue.record("empty account_id: expected .invalidRequest, got \(String(describing: emptyAccount)); sent \(transport.requests.map(\.url.path))")
            return
        }
        #expect(violations.map(\.description) == ["account_id: 0 characters, at least 1"])
    }

    // MARK: Header injection

    @Test("header values or names with CR, LF or NUL are refused with nothing sent, and the value is not echoed",
          arguments: ["a\r\nX-Injected: 1", "a\nX-Injected: 1", "a\rb", "a\u{0}b", "SECRET-TOKEN-7f3a9c\r\n"])
    func headerInjection(value: String) async throws {
        let server = try LoopbackHTTPServer(always: .json(body: "{}"))
        defer { server.stop() }
        let exchanges = LockedValue<[HTTPExchange]>([])
        let client = Self.client(.apiToken(Self.token), baseURL: server.url("/v4"), exchanges: exchanges)
        var configuration = client.configuration
        configuration.additionalHeaders = ["X-Configured": value]
        let configured = MCPServersClient(configuration: configuration, transport: URLSessionTransport())
        let attempts: [APIClientError?] = [
            await apiError { try await client.getServer(accountID: "acc", id: "x", options: RequestOptions(additionalHeaders: ["X-Note": value])) },
            await apiError { try await client.getServer(accountID: "acc", id: "x", options: RequestOptions(additionalHeaders: HTTPHeaders([.init(name: "X-\(value)", value: "v")]))) },
            await apiError { try await configured.listServers(accountID: "acc") },
        ]
        for error in attempts {
            guard case .invalidConfiguration(let message)? = error else {
                Issue.record("expected .invalidConfiguration, got \(String(describing: error))")
                continue
            }
            #expect(!message.contains(value) && !message.contains("X-Injected") && Self.leaks(in: [message]).isEmpty, "\(message)")
        }
        #expect(server.requests.isEmpty)
        #expect(exchanges.current.isEmpty)
    }

    @Test("extra headers cannot replace the credentials or the content type")
    func extraHeadersDoNotOverride() async throws {
        let server = try LoopbackHTTPServer(always: .json(body: #"{"success":true,"result":{"id":"x","auth_type":"oauth","hostname":"https://h","name":"n","prompts":[],"tools":[]}}"#))
        defer { server.stop() }
        let exchanges = LockedValue<[HTTPExchange]>([])
        let client = Self.client(.apiToken(Self.token), baseURL: server.url("/v4"), exchanges: exchanges)
        let options = RequestOptions(additionalHeaders: ["authorization": "Bearer attacker", "Content-Type": "text/plain", "X-Extra": "kept"])
        _ = try await client.updateServer(accountID: "acc", id: "x", body: UpdateMCPServerRequest(name: "n"), options: options)
        let request = try #require(server.requests.first)
        #expect(request.headerValues("Authorization") == ["Bearer \(Self.token)"])
        #expect(request.headerValues("Content-Type") == ["application/json"])
        #expect(request.header("X-Extra") == "kept")
    }

    // MARK: Secrets in request bodies

    @Test("auth_credentials and client_secret are redacted from descriptions and dumps of request models, but sent")
    func sensitiveRequestFields() throws {
        let credential = "SECRET-AUTH-CREDENTIAL-5c1"
        let secret = "SECRET-CLIENT-SECRET-9e2"
        let create = CreateMCPServerRequest(
            id: "my-mcp-server", authType: .bearer, hostname: "https://example.com/mcp", name: "n",
            authCredentials: credential, clientSecret: secret)
        let update = UpdateMCPServerRequest(name: "n", authCredentials: credential, clientSecret: secret)
        for value in [create as Any, update as Any, [create] as Any, Optional(update) as Any] {
            let renderings = allRenderings(value)
            #expect(!renderings.contains { $0.contains(credential) || $0.contains(secret) }, "\(renderings[0])")
            #expect(renderings.allSatisfy { $0.contains("<redacted>") }, "a secret that is set should show as <redacted>: \(renderings[0])")
        }
        // Redaction is for people; the API still gets the values.
        let sent = String(decoding: create.jsonData(), as: UTF8.self)
        #expect(sent.contains(credential) && sent.contains(secret))
        // A set secret is distinguishable from an absent one.
        let absent = String(describing: UpdateMCPServerRequest(name: "n"))
        #expect(!absent.contains("<redacted>"))
    }
}
