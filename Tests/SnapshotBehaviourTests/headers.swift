import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_headers
import Testing
import TestSupport

/// headers: `"in": "header"` parameters are typed arguments sent as request headers (enum raw values, integers,
/// `true`/`false`), validated before sending, refused when a value would end the header line, never in place of the
/// credentials, and a sensitive one is redacted wherever a credential is.
@Suite struct HeadersSnapshotTests {
    static let account = "023e105f4ecef8ad9ca31a8372d0c353"
    static let token = "t0ken-value"

    static func client(_ transport: InMemoryTransport) -> BucketsClient {
        BucketsClient(configuration: BucketsClient.defaultConfiguration(credentials: .apiToken(token)), transport: transport)
    }

    static func answer() -> InMemoryTransport {
        InMemoryTransport(json: #"{"result": [{"name": "eu-logs", "jurisdiction": "eu"}]}"#)
    }

    @Test func eachTypeIsSentAsItsText() async throws {
        let transport = Self.answer()
        let buckets = try await Self.client(transport).listBuckets(
            accountID: Self.account, cfR2Jurisdiction: .eu, cfR2Priority: 3, cfR2DryRun: false, cfR2Trace: "run 7"
        )
        #expect(buckets == [Bucket(name: "eu-logs", jurisdiction: .eu)])
        let request = try #require(transport.requests.first)
        #expect(request.headers["cf-r2-jurisdiction"] == "eu")
        #expect(request.headers["cf-r2-priority"] == "3")
        #expect(request.headers["cf-r2-dry-run"] == "false")
        #expect(request.headers["cf-r2-trace"] == "run 7")
        #expect(request.headers["Authorization"] == "Bearer \(Self.token)")
        #expect(request.url.query == nil)
    }

    /// Over a real socket: the header parameters and fixed headers arrive as sent, each once.
    @Test func theHeadersReachTheServer() async throws {
        let server = try LoopbackHTTPServer(always: .json(body: #"{"result": {"name": "eu-logs"}}"#))
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let client = BucketsClient(credentials: .apiToken(Self.token), baseURL: server.baseURL, transport: transport)
        _ = try await client.getBucket(accountID: Self.account, bucketName: "eu-logs", cfR2Jurisdiction: .fedramp)
        let received = try #require(server.requests.first).headers
        let values = { (name: String) in received.filter { $0.name.lowercased() == name }.map(\.value) }
        #expect(values("cf-r2-jurisdiction") == ["fedramp"])
        #expect(values("cf-r2-api-version") == ["2025-01-01"])
        #expect(values("accept") == ["application/json; charset=utf-8"])
        #expect(values("authorization") == ["Bearer \(Self.token)"])
    }

    @Test func anOptionalHeaderLeftOutIsNotSent() async throws {
        let transport = Self.answer()
        _ = try await Self.client(transport).listBuckets(accountID: Self.account)
        let names = try #require(transport.requests.first).headers.map { $0.name.lowercased() }
        #expect(!names.contains { $0.hasPrefix("cf-") })
    }

    @Test func aRequiredHeaderIsARequiredArgument() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"name": "eu-logs"}}"#)
        let bucket = try await Self.client(transport).getBucket(accountID: Self.account, bucketName: "eu-logs", cfR2Jurisdiction: .fedramp)
        #expect(bucket.name == "eu-logs")
        #expect(transport.requests.first?.headers["cf-r2-jurisdiction"] == "fedramp")
    }

    /// The operation's fixed headers (`"headers"` in the spec) are sent with every call: `Accept` replaced, a version added.
    @Test func fixedHeadersAreSentWithEveryCall() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"name": "eu-logs"}}"#)
        for _ in 0..<2 { _ = try await Self.client(transport).getBucket(accountID: Self.account, bucketName: "eu-logs", cfR2Jurisdiction: .eu) }
        for request in transport.requests {
            #expect(request.headers.filter { $0.name.lowercased() == "accept" }.map(\.value) == ["application/json; charset=utf-8"])
            #expect(request.headers["cf-r2-api-version"] == "2025-01-01")
            #expect(request.headers["Authorization"] == "Bearer \(Self.token)")
        }
        // Not on an operation that does not declare them.
        let other = Self.answer()
        _ = try await Self.client(other).listBuckets(accountID: Self.account)
        #expect(other.requests.first?.headers["cf-r2-api-version"] == nil)
        #expect(other.requests.first?.headers["Accept"] == "application/json")
    }

    @Test func constraintsAreCheckedBeforeSending() async throws {
        let transport = Self.answer()
        let violations = try await Self.refused(transport) { client in
            try await client.listBuckets(accountID: Self.account, cfR2Jurisdiction: .unknown("mars"), cfR2Priority: 10,
                                         cfR2Trace: String(repeating: "x", count: 65))
        }
        #expect(violations.map(\.description) == [
            #"cf-r2-jurisdiction: "mars" is not one of default, eu, fedramp"#,
            "cf-r2-priority: 10, at most 9",
            "cf-r2-trace: 65 characters, at most 64",
        ])
        #expect(transport.requests.isEmpty)
    }

    /// CR, LF and NUL would end the header line (and start another): refused as a violation, nothing sent, the value not quoted.
    @Test(arguments: ["a\r\nX-Injected: 1", "a\nb", "a\0b"])
    func aValueThatWouldEndTheHeaderLineIsRefused(_ value: String) async throws {
        let transport = Self.answer()
        let violations = try await Self.refused(transport) { client in
            try await client.listBuckets(accountID: Self.account, cfR2Trace: value)
        }
        #expect(violations.map(\.path.description) == ["cf-r2-trace"])
        #expect(violations.first?.constraint == .format("header value"))
        #expect(!"\(violations)".contains("Injected"))
        #expect(transport.requests.isEmpty)
    }

    /// The sensitive header is masked in the request's description and mirror as the credentials are, and a
    /// violation of its pattern does not quote it.
    @Test func aSensitiveHeaderIsRedactedLikeCredentials() async throws {
        let secret = "eyJhbGciOi.secret-part"
        let transport = Self.answer()
        _ = try await Self.client(transport).listBuckets(accountID: Self.account, cfAccessJWTAssertion: secret)
        let request = try #require(transport.requests.first)
        #expect(request.headers["cf-access-jwt-assertion"] == secret)
        for text in ["\(request)", String(reflecting: request), "\(request.headers)"] {
            #expect(!text.contains(secret) && !text.contains(Self.token), "\(text)")
            #expect(text.contains("cf-access-jwt-assertion: <redacted>"), "\(text)")
        }
        var dumped = ""
        dump(request, to: &dumped)
        #expect(!dumped.contains(secret) && !dumped.contains(Self.token))

        // The observer sees what it sees of credentials: method, URL, status; no header values.
        let observed = LockedValue<[String]>([])
        var configuration = BucketsClient.defaultConfiguration(credentials: .apiToken(Self.token))
        configuration.observer = { exchange in observed.withLock { $0.append("\(exchange) \(String(reflecting: exchange))") } }
        _ = try await BucketsClient(configuration: configuration, transport: Self.answer())
            .listBuckets(accountID: Self.account, cfAccessJWTAssertion: secret)
        #expect(observed.current.count == 1)
        #expect(observed.current.allSatisfy { !$0.contains(secret) && !$0.contains(Self.token) }, "\(observed.current)")

        let violations = try await Self.refused(transport) { client in
            try await client.listBuckets(accountID: Self.account, cfAccessJWTAssertion: "not valid!")
        }
        #expect(violations.map(\.path.description) == ["cf-access-jwt-assertion"])
        #expect(!"\(violations)".contains("not valid!"))
    }

    /// Credentials set by a scheme are sent whatever a caller's extra headers say, and their own names are redacted too.
    @Test func headerParametersComeBeforeTheCredentials() async throws {
        let transport = Self.answer()
        var configuration = BucketsClient.defaultConfiguration(credentials: Credentials(scheme: "custom", headers: ["X-Origin-Pass": "p4ss"]))
        configuration.additionalHeaders = ["X-Origin-Pass": "other"]
        _ = try await BucketsClient(configuration: configuration, transport: transport).listBuckets(accountID: Self.account, cfR2DryRun: true)
        let request = try #require(transport.requests.first)
        #expect(request.headers.filter { $0.name == "X-Origin-Pass" }.map(\.value) == ["p4ss"])
        #expect(!"\(request)".contains("p4ss"))
    }

    /// The command-line engine: the header is an option named by the spec's `cli.flag` (`--jurisdiction`), an enum
    /// checked by the tool, and the sensitive one never echoed.
    @Test func theCommandLineToolSendsHeaderOptions() async throws {
        let transport = Self.answer()
        let output = LockedValue(""), errors = LockedValue("")
        let tool = CommandLineTool(BucketsClient.commandLine, environment: ["BUCKETS_TOKEN": Self.token], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } })
        let status = await tool.run(["list", Self.account, "--jurisdiction", "eu", "--cf-r2-priority", "2", "--cf-r2-dry-run", "true"])
        #expect(status == 0, "\(errors.current)")
        let request = try #require(transport.requests.first)
        #expect(request.headers["cf-r2-jurisdiction"] == "eu")
        #expect(request.headers["cf-r2-priority"] == "2")
        #expect(request.headers["cf-r2-dry-run"] == "true")

        let help = await tool.run(["list", "--help"])
        #expect(help == 0)
        #expect(output.current.contains("--jurisdiction"), "\(output.current)")

        let wrong = await tool.run(["list", Self.account, "--jurisdiction", "mars"])
        #expect(wrong != 0)
        #expect(errors.current.contains("--jurisdiction"), "\(errors.current)")

        let secret = "bad value!"
        let refused = await tool.run(["list", Self.account, "--cf-access-jwt-assertion", secret])
        #expect(refused == 3)
        #expect(errors.current.contains("cf-access-jwt-assertion"), "\(errors.current)")
        #expect(!errors.current.contains(secret) && !output.current.contains(secret))
        #expect(transport.requests.count == 1)
    }

    private static func refused(
        _ transport: InMemoryTransport, _ call: (BucketsClient) async throws -> [Bucket]
    ) async throws -> [ConstraintViolation] {
        do {
            _ = try await call(client(transport))
        } catch let error as APIClientError {
            guard case .invalidRequest(let violations) = error else { throw error }
            return violations
        }
        Issue.record("sent")
        return []
    }
}
