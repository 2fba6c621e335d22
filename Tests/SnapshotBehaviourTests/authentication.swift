import APIGenRuntime
import Snapshot_authentication
import Testing
import TestSupport

/// authentication: each scheme's credentials come from its environment variables and go out as its headers.
@Suite struct AuthenticationSnapshotTests {
    @Test(arguments: [
        (["ACCOUNTS_TOKEN": "t0k"], ["Authorization": "Bearer t0k"]),
        (["ACCOUNTS_NAME": "acme", "ACCOUNTS_KEY": "k3y"], ["X-Account": "acme", "X-API-Key": "k3y"]),
    ])
    func schemeFromTheEnvironmentSendsItsHeaders(_ environment: [String: String], _ headers: [String: String]) async throws {
        let transport = InMemoryTransport(json: #"{"ok": true, "data": {"id": "a1", "email": "a@example.com"}}"#)
        let client = try AccountsClient(environment: environment, transport: transport)
        #expect(try await client.getAccount() == Account(id: "a1", email: "a@example.com"))
        let sent = try #require(transport.requests.first)
        for (name, value) in headers {
            #expect(sent.headers[name] == value)
        }
    }

    @Test func noCredentialsInTheEnvironment() {
        #expect(throws: APIClientError.self) { try AccountsClient(environment: ["ACCOUNTS_NAME": "acme"]) }
    }
}
