import APIGenCLI
import APIGenRuntime
import Testing

@Suite struct EnvironmentTests {
    @Test func accountComesFromTheEnvironment() async {
        let outcome = await run(["get", "abc"])
        #expect(outcome.call?.arguments.parameters["account_id"] == "acc-env")
    }

    @Test(arguments: [["--account-id", "acc-flag", "get", "abc"], ["get", "abc", "--account-id", "acc-flag"], ["get", "--account-id=acc-flag", "abc"]])
    func accountFlagWinsOverTheEnvironment(arguments: [String]) async {
        let outcome = await run(arguments)
        #expect(outcome.status == 0)
        #expect(outcome.call?.arguments.parameters["account_id"] == "acc-flag")
    }

    @Test(arguments: [["FAKE_TOKEN": "token-1234"], ["FAKE_TOKEN": "token-1234", "FAKE_ACCOUNT_ID": ""]])
    func missingAccountExit2NamingFlagAndVariable(environment: [String: String]) async {
        let outcome = await run(["list"], environment: environment)
        #expect(outcome.status == 2)
        #expect(outcome.error == "error: missing --account-id; pass --account-id <ID> or set FAKE_ACCOUNT_ID\nRun 'fake list --help' for usage.\n")
        #expect(outcome.calls.isEmpty)
    }

    @Test func baseURLDefaultsToTheDescriptions() async {
        let outcome = await run(["get", "abc"])
        #expect(outcome.call?.configuration.baseURL == Fake.defaultBaseURL)
    }

    @Test func baseURLComesFromTheEnvironment() async {
        let environment = Fake.environment.merging(["FAKE_BASE_URL": "http://127.0.0.1:8080/v4"]) { $1 }
        let outcome = await run(["get", "abc"], environment: environment)
        #expect(outcome.call?.configuration.baseURL.absoluteString == "http://127.0.0.1:8080/v4")
    }

    @Test func baseURLFlagWinsOverTheEnvironment() async {
        let environment = Fake.environment.merging(["FAKE_BASE_URL": "http://127.0.0.1:8080/v4"]) { $1 }
        let outcome = await run(["get", "abc", "--base-url", "https://staging.example.com/v2"], environment: environment)
        #expect(outcome.call?.configuration.baseURL.absoluteString == "https://staging.example.com/v2")
    }

    @Test func invalidBaseURLFlagExit2() async {
        let outcome = await run(["get", "abc", "--base-url", "ftp://example.com"])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("--base-url: expected an http or https URL, found 'ftp://example.com'"))
        #expect(outcome.calls.isEmpty)
    }

    @Test func invalidBaseURLVariableExit2NamingIt() async {
        let environment = Fake.environment.merging(["FAKE_BASE_URL": "not a url"]) { $1 }
        let outcome = await run(["get", "abc"], environment: environment)
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("(from FAKE_BASE_URL)"))
    }
}
