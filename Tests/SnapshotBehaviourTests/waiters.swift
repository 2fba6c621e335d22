import APIGenRuntime
import Foundation
import Snapshot_waiters
import Testing
import TestSupport

/// waiters: `waitUntilServerReady` polls `getServer` over a real socket until `status` is `ready`
/// (returned) or `error` (a typed failure), backs off between the spec's delays by the clock it
/// is given (an ``ImmediateClock``: no test waits for a delay), gives up at its timeout with the
/// last result seen, and stops at once when its task is cancelled.
@Suite struct WaitersSnapshotTests {
    static func server(_ statuses: [String]) throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer(sequence: statuses.map { .json(body: #"{"result": {"id": "s1", "status": "\#($0)"}}"#) })
    }

    static func client(_ server: LoopbackHTTPServer, _ transport: URLSessionTransport) -> ServersClient {
        ServersClient(configuration: ServersClient.defaultConfiguration(baseURL: server.baseURL, credentials: nil), transport: transport)
    }

    /// The waiter's delays, read from the snapshot's spec.
    static func delays(_ waiter: String) throws -> ClosedRange<Duration> {
        guard case .object(let spec) = try CompiledSnapshot("waiters", ServersClient.commandLine).spec(),
              case .object(let waiters)? = spec["waiters"], case .object(let definition)? = waiters[waiter],
              case .number(let minimum)? = definition["minDelay"], case .number(let maximum)? = definition["maxDelay"],
              let low = minimum.intValue, let high = maximum.intValue
        else { throw SnapshotSpecError("waiters/spec.json has no delays for \(waiter)") }
        return .seconds(low)...(.seconds(high))
    }

    @Test func pollsUntilTheServerIsReadyBackingOffWithinTheDelays() async throws {
        let server = try Self.server(["waiting", "waiting", "waiting", "ready"])
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let clock = ImmediateClock()
        let ready = try await Self.client(server, transport).waitUntilServerReady(id: "s1", timing: WaiterTiming(timeout: .seconds(600), clock: clock))
        #expect(ready.status == .ready)
        #expect(server.requests.map(\.path) == Array(repeating: "/servers/s1", count: 4))
        let delays = try Self.delays("serverReady")
        #expect(clock.sleeps.count == 3)
        #expect(clock.sleeps.allSatisfy(delays.contains))
        // The first delay is the minimum; the n-th is at most minimum × 2^(n-1).
        #expect(clock.sleeps.first == delays.lowerBound)
        #expect(zip(clock.sleeps, [1, 2, 4]).allSatisfy { $0 <= delays.lowerBound * $1 })
    }

    @Test func endsWithATypedFailureCarryingTheResultInTheErrorState() async throws {
        let server = try Self.server(["waiting", "error", "ready"])
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        do {
            let server = try await Self.client(server, transport).waitUntilServerReady(id: "s1", timing: WaiterTiming(timeout: .seconds(600), clock: ImmediateClock()))
            Issue.record("waiting ended with \(server)")
        } catch {
            guard case .failed(let failed) = error else { Issue.record("got \(error)"); return }
            #expect(failed.status == .error)
        }
        #expect(server.requests.count == 2)
    }

    @Test func givesUpAtTheTimeoutWithTheLastResultSeen() async throws {
        let server = try LoopbackHTTPServer(always: .json(body: #"{"result": {"id": "s1", "status": "waiting"}}"#))
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let clock = ImmediateClock()
        let timeout = Duration.seconds(100)
        do {
            let server = try await Self.client(server, transport).waitUntilServerReady(id: "s1", timing: WaiterTiming(timeout: timeout, clock: clock))
            Issue.record("waiting ended with \(server)")
        } catch {
            guard case .timedOut(after: timeout, let lastSeen) = error else { Issue.record("got \(error)"); return }
            #expect(lastSeen.status == .waiting)
        }
        // The last delay is shortened so that the last poll happens at the timeout, not after it.
        #expect(clock.sleeps.reduce(.zero, +) == timeout)
        #expect(server.requests.count == clock.sleeps.count + 1)
    }

    @Test func aFailingCallEndsTheWaitWithItsError() async throws {
        let server = try LoopbackHTTPServer(always: .json(status: 404, body: #"{"errors": [{"code": 10006, "message": "no such server"}]}"#))
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        do {
            _ = try await Self.client(server, transport).waitUntilServerReady(id: "s1", timing: WaiterTiming(timeout: .seconds(600), clock: ImmediateClock()))
            Issue.record("waiting ended without an error")
        } catch {
            guard case .request(.api(let apiError)) = error else { Issue.record("got \(error)"); return }
            #expect(apiError.status == 404)
        }
    }

    /// Cancelled while it waits between polls (on the continuous clock, for the spec's minimum
    /// delay): the waiter stops at once, without another call.
    @Test func cancellationStopsTheWaitAtOnce() async throws {
        let (polled, signal) = AsyncStream.makeStream(of: Void.self)
        let server = try LoopbackHTTPServer { _ in
            signal.yield()
            return .json(body: #"{"result": {"id": "s1", "status": "waiting"}}"#)
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let client = Self.client(server, transport)
        // Task's failure is untyped: the typed error comes back as a result to switch on.
        let waiting = Task { () async -> Result<Server, WaiterError<Server>> in
            do throws(WaiterError<Server>) {
                return .success(try await client.waitUntilServerReady(id: "s1", timing: WaiterTiming(timeout: .seconds(3600))))
            } catch {
                return .failure(error)
            }
        }
        for await _ in polled { break }
        waiting.cancel()
        let outcome = await waiting.value
        guard case .failure(.cancelled) = outcome else { Issue.record("got \(outcome)"); return }
        #expect(server.requests.count == 1)
    }

    @Test func aBooleanWaiterWaitsForTrueAndHasNoFailureState() async throws {
        let server = try LoopbackHTTPServer(sequence: [
            .json(body: #"{"result": {"id": "s1", "status": "ready"}}"#),
            .json(body: #"{"result": {"id": "s1", "status": "error", "enabled": false}}"#),
            .json(body: #"{"result": {"id": "s1", "status": "ready", "enabled": true}}"#),
        ])
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let enabled = try await Self.client(server, transport).waitUntilServerEnabled(id: "s1", timing: WaiterTiming(timeout: .seconds(600), clock: ImmediateClock()))
        #expect(enabled.enabled == true)
        #expect(server.requests.count == 3)
    }
}
