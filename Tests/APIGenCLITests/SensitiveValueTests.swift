import APIGenCLI
import APIGenRuntime
import Testing

/// No failing run prints the value of a sensitive field, wherever it came from.
@Suite struct SensitiveValueTests {
    static let secret = "s3cr3t-V4LUE-9"

    static let cases: [(arguments: [String], environment: [String: String], error: APIClientError?)] = [
        (["update", "abc", "--secret", secret, "--count", "x"], Fake.environment, nil),
        (["update", "abc", "--secret=\(secret)", "--body", "{"], Fake.environment, nil),
        (["--secret", secret, "update", "abc"], Fake.environment, nil),
        (["get", "abc", "--secret", secret], Fake.environment, nil),
        (["update", "abc", "--secret", secret], ["FAKE_TOKEN": "token-1234"], nil),
        (["update", "abc", "--secret", secret], ["FAKE_ACCOUNT_ID": "acc"], nil),
        (["update", "abc", "--secret", secret], Fake.environment, .invalidRequest([
            ConstraintViolation(path: .root + "secret", constraint: .pattern("^[a-z]+$"), message: "\"\(secret)\" does not match ^[a-z]+$"),
        ])),
        (["update", "abc", "--body", #"{"secret": "\#(secret)"}"#], Fake.environment, .api(APIError(status: 400, messages: [
            .init(code: 7, message: "bad secret \(secret)", path: ["secret"]),
        ]))),
        (["update", "abc", "--secret", secret], Fake.environment,
         .unexpectedResponse(status: 500, contentType: "text/plain", bodyExcerpt: "echo: \(secret)", requestID: nil)),
    ]

    @Test(arguments: cases)
    func failingRunsNeverShowTheSecret(arguments: [String], environment: [String: String], error: APIClientError?) async {
        let outcome = await run(arguments, environment: environment) { _, _ in
            if let error { throw error }
            return ["ok": true]
        }
        #expect(outcome.status != 0)
        #expect(!outcome.error.isEmpty)
        #expect(!outcome.error.contains(Self.secret), "\(outcome.error)")
        #expect(!outcome.output.contains(Self.secret))
    }

    @Test func theSecretIsStillSent() async {
        let outcome = await run(["update", "abc", "--secret", Self.secret])
        #expect(outcome.status == 0)
        #expect(outcome.call?.arguments.body == ["secret": .string(Self.secret)])
    }
}

/// The tool masks the credentials it sends and the base URL's password, even when the server
/// echoes them back in its error messages.
@Suite struct EchoedCredentialTests {
    @Test func anEchoedTokenIsMasked() async {
        let outcome = await run(["get", "abc"], environment: ["FAKE_TOKEN": "tok-V3ry-s3cret", "FAKE_ACCOUNT_ID": "acc"]) { _, _ in
            throw APIClientError.api(APIError(status: 401, messages: [.init(code: 10000, message: "invalid token: Bearer tok-V3ry-s3cret")]))
        }
        #expect(outcome.status == 1)
        #expect(!outcome.error.contains("tok-V3ry-s3cret"), "\(outcome.error)")
        #expect(outcome.error.contains("invalid token: <redacted>"), "\(outcome.error)")
    }

    @Test func theBaseURLsPasswordIsMasked() async {
        let outcome = await run(["get", "abc", "--base-url", "https://me:pa55-W0rd-x@api.example.com"]) { _, _ in
            throw APIClientError.unexpectedResponse(status: 502, contentType: "text/plain", bodyExcerpt: "you sent pa55-W0rd-x", requestID: nil)
        }
        #expect(outcome.status == 4)
        #expect(!outcome.error.contains("pa55-W0rd-x"), "\(outcome.error)")
    }
}
