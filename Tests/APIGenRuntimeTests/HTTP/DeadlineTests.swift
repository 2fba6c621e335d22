@_spi(Generated) import APIGenRuntime
import Foundation
import Testing
import TestSupport

/// One deadline bounds the whole call. Waits are recorded, not taken, so every figure here is a
/// count or a requested duration, never a wall-clock measurement.
@Suite("Call deadline")
struct DeadlineTests {
    /// An executor whose transport answers `responses` in turn and records each attempt's timeout.
    struct Setup {
        let sleeps = LockedValue<[Duration]>([])
        let timeouts = LockedValue<[Duration]>([])
        let executor: RetryingExecutor

        init(_ responses: [HTTPResponse], maxRetries: Int = 2, timeout: Duration = .seconds(60), deadline: Duration) {
            let sleeps = sleeps, timeouts = timeouts
            let queue = LockedValue(responses)
            executor = RetryingExecutor(
                transport: RecordingTransport { options in
                    timeouts.withLock { $0.append(options.timeout) }
                    return queue.withLock { $0.count > 1 ? $0.removeFirst() : $0[0] }
                },
                policy: RetryPolicy(maxRetries: maxRetries, random: { 0 }),
                options: TransportOptions(timeout: timeout, maxResponseBytes: 1 << 20),
                deadline: deadline,
                sleep: { duration in sleeps.withLock { $0.append(duration) } })
        }

        func run() async -> Result<HTTPResponse, APIClientError> {
            do throws(APIClientError) {
                return .success(try await executor.execute(HTTPRequest(method: "GET", url: URL(string: "https://api.example.com/")!)))
            } catch {
                return .failure(error)
            }
        }
    }

    struct RecordingTransport: HTTPTransport {
        let answer: @Sendable (TransportOptions) -> HTTPResponse
        func send(_ request: HTTPRequest, options: TransportOptions) async throws -> HTTPResponse { answer(options) }
    }

    static func status(_ status: Int, _ headers: HTTPHeaders = HTTPHeaders()) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers)
    }

    @Test("a Retry-After beyond the deadline fails at once, with the server's Retry-After in the error")
    func retryAfterBeyondDeadline() async {
        let setup = Setup([Self.status(429, ["Retry-After": "99999999"])], deadline: .seconds(2))
        guard case .failure(.deadlineExceeded(let deadline, let attempts, let retryAfter)) = await setup.run() else {
            Issue.record("expected .deadlineExceeded")
            return
        }
        #expect(deadline == .seconds(2))
        #expect(attempts == 1)
        #expect(retryAfter == .seconds(99_999_999))
        #expect(setup.sleeps.current.isEmpty)
    }

    @Test("the default deadline also refuses a Retry-After longer than itself, rather than waiting the 60 s cap")
    func defaultDeadline() async {
        let setup = Setup([Self.status(503, ["Retry-After": "99999999"])], deadline: ClientConfiguration.defaultDeadline)
        guard case .failure(.deadlineExceeded(_, _, let retryAfter)) = await setup.run() else {
            Issue.record("expected .deadlineExceeded")
            return
        }
        #expect(retryAfter == .seconds(99_999_999))
        #expect(setup.sleeps.current.isEmpty)
    }

    @Test("retry-after-ms is understood and wins over Retry-After")
    func retryAfterMilliseconds() async throws {
        let setup = Setup([Self.status(429, ["retry-after-ms": "1500", "Retry-After": "9"]), Self.status(200)], deadline: .seconds(30))
        #expect(try await setup.run().get().status == 200)
        #expect(setup.sleeps.current == [.milliseconds(1500)])
        let beyond = Setup([Self.status(429, ["retry-after-ms": "5000"])], deadline: .seconds(3))
        guard case .failure(.deadlineExceeded(_, _, .milliseconds(5000)?)) = await beyond.run() else {
            Issue.record("expected .deadlineExceeded with 5 s")
            return
        }
    }

    @Test("waits count against the deadline: backoffs stop once the next would pass it, and the last answer is returned")
    func backoffsBounded() async throws {
        // Backoffs 0.5 s, 1 s, 2 s…: with 1.2 s the first wait fits, the second would not.
        let setup = Setup([Self.status(503)], maxRetries: 10, deadline: .milliseconds(1200))
        #expect(try await setup.run().get().status == 503)
        #expect(setup.sleeps.current == [.milliseconds(500)])
        #expect(setup.timeouts.current.count == 2)
    }

    @Test("each attempt's timeout is cut to what is left of the deadline")
    func attemptTimeoutCut() async throws {
        let setup = Setup([Self.status(503), Self.status(200)], timeout: .seconds(60), deadline: .seconds(10))
        #expect(try await setup.run().get().status == 200)
        let timeouts = setup.timeouts.current
        #expect(timeouts.count == 2)
        #expect(timeouts[0] <= .seconds(10) && timeouts[0] > .seconds(9))
        #expect(timeouts[1] <= .milliseconds(9500))  // 10 s minus the 0.5 s wait
    }

    @Test("the deadline is configurable per call through RequestOptions")
    func perCall() async {
        let transport = InMemoryTransport { _ in HTTPResponse(status: 429, headers: ["Retry-After": "30"]) }
        let configuration = ClientConfiguration(baseURL: URL(string: "https://api.example.com")!, credentials: nil, deadline: .seconds(600),
                                                userAgent: "test", sleep: { _ in })
        let core = APIClientCore(configuration: configuration, transport: transport, envelope: SuccessStatusTests.envelope)
        let request = OperationRequest(method: "GET", path: [.literal("/things")], successStatus: 200)
        do throws(APIClientError) {
            _ = try await core.send(request, options: RequestOptions(deadline: .seconds(5)))
            Issue.record("expected a failure")
        } catch {
            guard case .deadlineExceeded(.seconds(5), 1, .seconds(30)?) = error else {
                Issue.record("got \(error)")
                return
            }
        }
        #expect(transport.requests.count == 1)
    }
}
