import APIGenRuntime
import CloudflareMCP
import Foundation
import Testing
import TestSupport

/// The client against a real HTTP server on 127.0.0.1: every operation, both auth schemes and the
/// exact requests they send.
@Suite struct ClientOverSocketTests {
    typealias H = SocketHarness

    @Test func everyOperationSendsTheDocumentedRequest() async throws {
        let harness = try H { request in
            switch (request.method, request.path) {
            case ("GET", H.base): .json(H.success([H.server(id: "a")]))
            case ("POST", H.base): .json(status: 201, H.success(H.server(id: "new")))
            case ("POST", H.base + "/new/sync"): .json(H.success(["status": "ready"]))
            case (_, H.base + "/new"): .json(H.success(H.server(id: "new")))
            default: .json(status: 404, body: #"{"success":false,"errors":[{"code":7002,"message":"Not Found"}]}"#)
            }
        }
        let client = harness.client
        let page = try await client.listServers(accountID: H.account, page: 1, perPage: 50, search: "a b&c")
        #expect(page.items.map(\.id) == ["a"])
        let created = try await client.createServer(accountID: H.account, body: CreateMCPServerRequest(
            id: "new", authType: .bearer, hostname: "https://example.com/mcp", name: "New", authCredentials: "sk-upstream"))
        #expect(created.id == "new")
        _ = try await client.getServer(accountID: H.account, id: "new")
        _ = try await client.updateServer(accountID: H.account, id: "new", body: UpdateMCPServerRequest(description: .null))
        let deleted = try await client.deleteServer(accountID: H.account, id: "new")
        #expect(deleted.id == "new")
        let sync = try await client.syncServer(accountID: H.account, id: "new")
        #expect(sync.status == .ready)

        let requests = harness.server.requests
        #expect(requests.map { "\($0.method) \($0.target)" } == [
            "GET \(H.base)?page=1&per_page=50&search=a%20b%26c",
            "POST \(H.base)",
            "GET \(H.base)/new",
            "PUT \(H.base)/new",
            "DELETE \(H.base)/new",
            "POST \(H.base)/new/sync",
        ])
        #expect(requests[1].bodyText == #"{"id":"new","auth_type":"bearer","hostname":"https://example.com/mcp","name":"New","auth_credentials":"sk-upstream"}"#)
        #expect(requests[3].bodyText == #"{"description":null}"#)
        for request in requests {
            #expect(request.header("Authorization") == "Bearer \(H.token)")
            #expect(request.header("User-Agent") == "CloudflareMCP/0.1.0 (apigen)")
            #expect(request.header("Accept") == "application/json")
            #expect(request.header("Content-Type") == (request.body.isEmpty ? nil : "application/json"))
        }
    }

    @Test func apiKeySchemeSendsEmailAndKey() async throws {
        let harness = try H(credentials: .apiKey(email: "user@example.com", key: "144c9defac04969c7bfad8efaa8ea194")) { _ in
            .json(H.success(H.server(id: "x")))
        }
        _ = try await harness.client.getServer(accountID: H.account, id: "x")
        let request = try #require(harness.server.requests.first)
        #expect(request.header("X-Auth-Email") == "user@example.com")
        #expect(request.header("X-Auth-Key") == "144c9defac04969c7bfad8efaa8ea194")
        #expect(request.header("Authorization") == nil)
    }

    @Test func pathParametersAreSingleSegments() async throws {
        let harness = try H { request in .json(status: 404, body: #"{"success":false,"errors":[{"code":7002,"message":"Not Found"}]}"#) }
        for id in ["../x", "a/b", "%2F", "?x=1", "#frag", "a b", "é", "..", "."] {
            _ = try? await harness.client.getServer(accountID: H.account, id: id)
        }
        #expect(harness.server.requests.map(\.target) == [
            "\(H.base)/..%2Fx", "\(H.base)/a%2Fb", "\(H.base)/%252F", "\(H.base)/%3Fx%3D1", "\(H.base)/%23frag",
            "\(H.base)/a%20b", "\(H.base)/%C3%A9", "\(H.base)/%2E%2E", "\(H.base)/%2E",
        ])
    }

    @Test func invalidRequestsSendNothing() async throws {
        let harness = try H { _ in .json(H.success(H.server(id: "x"))) }
        await #expect(throws: APIClientError.self) { try await harness.client.getServer(accountID: H.account, id: "") }
        let error = await #expect(throws: APIClientError.self) { try await harness.client.listServers(accountID: H.account, perPage: 101) }
        guard case .invalidRequest(let violations)? = error else {
            Issue.record("expected .invalidRequest, got \(String(describing: error))")
            return
        }
        #expect(violations.map(\.description) == ["per_page: 101, at most 100"])
        #expect(harness.server.requests.isEmpty)
    }

    @Test func unknownFieldsAndEnumValuesArriveIntact() async throws {
        let harness = try H { _ in
            .json(H.success(H.server(id: "x", status: "paused", extra: ["rollout": ["stage": 3], "authentication_status": "pending"])))
        }
        let server = try await harness.client.getServer(accountID: H.account, id: "x")
        #expect(server.status == .unknown("paused"))
        #expect(server.authenticationStatus == .unknown("pending"))
        #expect(server.unknownFields["rollout"] == ["stage": 3])
        #expect(server.encodeJSON()["rollout"] == ["stage": 3])
    }

    @Test func errorEnvelopesBecomeAPIErrors() async throws {
        let harness = try H { request in
            request.method == "PUT"
                ? .json(status: 400, headers: [("cf-ray", "8f0c-SJC")],
                        body: #"{"success":false,"errors":[{"code":7001,"message":"Input Validation Error","path":["body","name"]}]}"#)
                : .json(status: 404, headers: [("cf-ray", "8f0d-SJC")], body: #"{"success":false,"errors":[{"code":7002,"message":"Not Found"}]}"#)
        }
        do {
            _ = try await harness.client.updateServer(accountID: H.account, id: "x", body: UpdateMCPServerRequest(name: "n"))
            Issue.record("expected an error")
        } catch .api(let error) {
            #expect(error.status == 400)
            #expect(error.messages == [APIError.Message(code: 7001, message: "Input Validation Error", path: ["body", "name"])])
            #expect(error.requestID == "8f0c-SJC")
        } catch {
            Issue.record("unexpected \(error)")
        }
        do {
            _ = try await harness.client.deleteServer(accountID: H.account, id: "x")
            Issue.record("expected an error")
        } catch .api(let error) {
            #expect(error.status == 404)
            #expect(error.messages.map(\.description) == ["[7002] Not Found"])
            #expect(error.requestID == "8f0d-SJC")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(harness.server.requests.count == 2)
    }

    @Test func configurationFromTheEnvironment() throws {
        let token = try MCPServersClient(environment: ["CLOUDFLARE_API_TOKEN": "t"])
        #expect(token.configuration.credentials?.scheme == "apiToken")
        #expect(token.configuration.baseURL.absoluteString == "https://api.cloudflare.com/client/v4")
        let key = try MCPServersClient(environment: ["CLOUDFLARE_EMAIL": "e", "CLOUDFLARE_API_KEY": "k", "CLOUDFLARE_BASE_URL": "http://127.0.0.1:9"])
        #expect(key.configuration.credentials?.scheme == "apiKey")
        #expect(key.configuration.baseURL.absoluteString == "http://127.0.0.1:9")
        #expect(throws: APIClientError.self) { try MCPServersClient(environment: ["CLOUDFLARE_EMAIL": "e"]) }
        do {
            _ = try MCPServersClient(environment: [:])
        } catch .invalidConfiguration(let message) {
            #expect(message == "no credentials in the environment: set CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func credentialsAreNeverSentOverPlainHTTPToOtherHosts() async throws {
        let client = MCPServersClient(credentials: .apiToken(H.token), baseURL: URL(string: "http://api.example.com/client/v4")!,
                                      transport: InMemoryTransport(json: "{}"))
        do {
            _ = try await client.getServer(accountID: H.account, id: "x")
            Issue.record("expected a refusal")
        } catch .invalidConfiguration(let message) {
            #expect(!message.contains(H.token))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
