import APIGenCLI
import APIGenRuntime
import Testing

@Suite struct RunTests {
    @Test func successPrintsSortedPrettyJSON() async {
        let outcome = await run(["get", "abc"])
        #expect(outcome.status == 0)
        #expect(outcome.output == pretty(Fake.answer))
        #expect(outcome.output.hasSuffix("}\n"))
        #expect(outcome.output.range(of: "\"id\"")!.lowerBound < outcome.output.range(of: "\"name\"")!.lowerBound)
        #expect(outcome.error == "")
        #expect(outcome.call?.operation == "get")
        #expect(outcome.call?.arguments.parameters == ["account_id": "acc-env", "id": "abc"])
        #expect(outcome.call?.arguments.body == nil)
    }

    @Test func listPassesQueryParameters() async {
        let outcome = await run(["list", "--page", "2", "--per-page=50", "--search", "two words", "--order", "desc"])
        #expect(outcome.status == 0)
        #expect(outcome.call?.operation == "list")
        #expect(outcome.call?.arguments.parameters
            == ["account_id": "acc-env", "page": "2", "per_page": "50", "search": "two words", "order": "desc"])
    }

    @Test func allCallsInvokeAllAndPrintsOneArray() async {
        let items: JSONValue = [["id": "a"], ["id": "b"], ["id": "c"]]
        let outcome = await run(["list", "--all", "--per-page", "2"]) { _, _ in items }
        #expect(outcome.status == 0)
        #expect(outcome.call?.operation == "listAll")
        #expect(outcome.call?.arguments.parameters["per_page"] == "2")
        #expect(outcome.output == pretty(items))
    }

    @Test(arguments: [
        (["list", "--page", "two"], "--page: expected a whole number, found 'two'"),
        (["list", "--per-page", "1.5"], "--per-page: expected a whole number, found '1.5'"),
        (["list", "--order", "sideways"], "invalid value 'sideways' for '--order'; expected one of: asc, desc"),
        (["get", "abc", "--bogus"], "unknown option '--bogus'"),
        (["get"], "missing argument <ID>"),
        (["frobnicate"], "unknown command 'frobnicate'"),
        (["get", "abc", "--timeout", "0"], "--timeout: expected a number of seconds greater than 0, found '0'"),
        (["get", "abc", "--timeout", "soon"], "--timeout: expected a number, found 'soon'"),
        (["get", "abc", "--max-retries", "11"], "--max-retries: expected a whole number between 0 and 10, found '11'"),
    ])
    func usageErrorsExit2(arguments: [String], message: String) async {
        let outcome = await run(arguments)
        #expect(outcome.status == 2)
        #expect(outcome.error.contains(message), "\(outcome.error)")
        #expect(outcome.error.contains("--help' for usage."))
        #expect(outcome.output == "")
        #expect(outcome.calls.isEmpty)
    }

    @Test func noArgumentsIsUsageError() async {
        let outcome = await run([])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("missing command; available commands: list, update, get"))
    }

    @Test func timeoutAndRetriesReachTheConfiguration() async {
        let outcome = await run(["get", "abc", "--timeout", "2.5", "--max-retries", "0"])
        #expect(outcome.status == 0)
        #expect(outcome.call?.configuration.timeout == .milliseconds(2500))
        #expect(outcome.call?.configuration.retryPolicy.maxRetries == 0)
        #expect(outcome.call?.configuration.credentials?.scheme == "token")
    }

    @Test func defaultsKeepTheDescriptionsConfiguration() async {
        let outcome = await run(["get", "abc"])
        #expect(outcome.call?.configuration.timeout == .seconds(60))
        #expect(outcome.call?.configuration.retryPolicy.maxRetries == 2)
    }

    @Test func missingCredentialsExit2WithTheDescriptionsMessage() async {
        let outcome = await run(["get", "abc"], environment: ["FAKE_ACCOUNT_ID": "acc"])
        #expect(outcome.status == 2)
        #expect(outcome.error == "error: set FAKE_TOKEN to an API token\nRun 'fake get --help' for usage.\n")
        #expect(outcome.calls.isEmpty)
    }

    @Test func missingBodyFieldFromTheTypedDecodeExit2() async {
        let outcome = await run(["update", "abc", "--description", "d"]) { _, _ in
            throw OperationArgumentError.invalidBody(DecodingFailure(path: .root + "name", reason: .missingField))
        }
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("body: name: required field is missing"))
        #expect(outcome.error.contains("Run 'fake update --help' for usage."))
    }

    @Test func invalidConfigurationExit2() async {
        let outcome = await run(["get", "abc"]) { _, _ in
            throw APIClientError.invalidConfiguration("credentials over plain http to example.com")
        }
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("error: credentials over plain http to example.com"))
    }

    @Test func violationsExit3() async {
        let violations = [
            ConstraintViolation(path: JSONPath([.key("updated_tools"), .index(2), .key("alias")]), constraint: .maxLength(40),
                                message: "41 characters, at most 40"),
            ConstraintViolation(path: .root + "name", constraint: .minLength(1), message: "0 characters, at least 1"),
        ]
        let outcome = await run(["update", "abc", "--name", ""]) { _, _ in throw APIClientError.invalidRequest(violations) }
        #expect(outcome.status == 3)
        #expect(outcome.error == """
            error: the request breaks the API's constraints; nothing was sent:
              updated_tools[2].alias: 41 characters, at most 40
              name: 0 characters, at least 1

            """)
        #expect(outcome.output == "")
    }

    @Test func apiErrorExit1WithEveryMessageAndRequestID() async {
        let error = APIError(status: 404, messages: [
            .init(code: 1000, message: "not found", path: ["id"]),
            .init(code: nil, message: "try again"),
        ], requestID: "8f1e2d3c4b5a-LHR")
        let outcome = await run(["get", "abc"]) { _, _ in throw APIClientError.api(error) }
        #expect(outcome.status == 1)
        #expect(outcome.error == "error: HTTP 404\n  [1000] not found (at id)\n  try again\n  cf-ray: 8f1e2d3c4b5a-LHR\n")
        #expect(outcome.output == "")
    }

    @Test(arguments: [
        (APIClientError.timedOut(after: .seconds(30), attempts: 3), "no answer within 30 s (3 attempts)"),
        (.transport("connection refused", attempts: 1), "connection refused (1 attempt)"),
        (.unexpectedResponse(status: 502, contentType: "text/html", bodyExcerpt: "<h1>Bad gateway</h1>", requestID: "ray-1"),
         "unexpected response: HTTP 502, content type text/html\n  <h1>Bad gateway</h1>\n  cf-ray: ray-1"),
        (.decoding(DecodingFailure(path: JSONPath([.key("result"), .index(3), .key("created_at")]), reason: .invalidValue("not a date")),
                   status: 200, requestID: nil),
         "result[3].created_at: not a date"),
        (.responseTooLarge(limit: 1024), "larger than 1024 bytes"),
        (.cancelled, "cancelled"),
    ])
    func noUsableAnswerExit4(error: APIClientError, message: String) async {
        let outcome = await run(["get", "abc"]) { _, _ in throw error }
        #expect(outcome.status == 4)
        #expect(outcome.error.contains(message), "\(outcome.error)")
        #expect(outcome.output == "")
    }

    @Test func unknownErrorsExit4() async {
        struct Oops: Error {}
        let outcome = await run(["get", "abc"]) { _, _ in throw Oops() }
        #expect(outcome.status == 4)
        #expect(outcome.error.hasPrefix("error: "))
    }
}
