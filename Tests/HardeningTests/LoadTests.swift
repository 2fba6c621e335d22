import APIGenRuntime
import CloudflareMCP
import Foundation
import Testing
import TestSupport

/// One client shared by many tasks, against a server that sometimes says 503 or 429: every call
/// gets its own answer or its own error, every retry is accounted for, nothing is lost or doubled.
@Suite("Client under load")
struct LoadTests {
    static let calls = 1000
    static let tasks = 50

    /// What the server does with call `n` (the id is `srv-n`), attempt by attempt.
    enum Plan: Equatable {
        /// 200 at once.
        case ok
        /// 503 (or 429 with `Retry-After: 0`) once, then 200.
        case busyOnce(status: Int)
        /// 503 on every attempt: the call fails after the policy's 2 retries.
        case alwaysBusy
        /// 404 with the API's error envelope: never retried.
        case notFound

        init(call n: Int) {
            if n % 10 == 3 { self = .busyOnce(status: n % 20 == 3 ? 503 : 429) }
            else if n % 50 == 7 { self = .alwaysBusy }
            else if n % 50 == 27 { self = .notFound }
            else { self = .ok }
        }

        var attempts: Int {
            switch self {
            case .ok, .notFound: 1
            case .busyOnce: 2
            case .alwaysBusy: 3
            }
        }
    }

    static func respond(to request: RecordedRequest, call n: Int, attempt: Int) -> ServerAction {
        let failure = #"{"success":false,"errors":[{"code":10000,"message":"busy"}],"messages":[],"result":null}"#
        switch Plan(call: n) {
        case .busyOnce(let status) where attempt == 1:
            return .json(status: status, headers: status == 429 ? [("Retry-After", "0")] : [], body: failure)
        case .alwaysBusy:
            return .json(status: 503, body: failure)
        case .notFound:
            return .json(status: 404, body: #"{"success":false,"errors":[{"code":7002,"message":"Not Found"}]}"#)
        default:
            // The name proves which request this answers: from the PUT body, or made from the id.
            let sentName = (try? JSONParser.parse(request.body))?["name"]?.stringValue
            return .json([
                "success": true,
                "result": ["id": .string("srv-\(n)"), "auth_type": "unauthenticated", "hostname": "https://example.com/mcp",
                           "name": .string(sentName ?? "server \(n)"), "prompts": [], "tools": []],
            ])
        }
    }

    enum Outcome: Sendable {
        case server(id: String, name: String)
        case failed(APIClientError)
    }

    @Test("1000 calls from 50 tasks through one client, 1 call in 10 first answered 503 or 429: every call ends right, every attempt counted",
          .timeLimit(.minutes(2)))
    func sharedClientUnderLoad() async throws {
        let attemptsByID = LockedValue<[String: Int]>([:])
        let server = try LoopbackHTTPServer { request in
            guard let id = request.path.split(separator: "/").last, id.hasPrefix("srv-"), let n = Int(id.dropFirst(4)) else {
                return .text(status: 400, "unexpected path \(request.path)")
            }
            let attempt = attemptsByID.withLock { counts in
                counts[String(id), default: 0] += 1
                return counts[String(id)]!
            }
            return Self.respond(to: request, call: n, attempt: attempt)
        }
        defer { server.stop() }

        let sleeps = LockedValue<[Duration]>([])
        let exchanges = LockedValue(0)
        var configuration = MCPServersClient.defaultConfiguration(baseURL: server.url("/client/v4"), credentials: .apiToken("load-token"))
        configuration.retryPolicy = RetryPolicy(maxRetries: 2, random: { 0 })
        configuration.timeout = TimingBounds.generousTimeout
        configuration.sleep = { duration in sleeps.withLock { $0.append(duration) } }
        configuration.observer = { _ in exchanges.withLock { $0 += 1 } }
        let client = MCPServersClient(configuration: configuration, transport: URLSessionTransport())

        let started = ContinuousClock.now
        let outcomes = await withTaskGroup(of: [(Int, Outcome)].self) { group in
            for task in 0..<Self.tasks {
                group.addTask {
                    var results: [(Int, Outcome)] = []
                    for n in stride(from: task, to: Self.calls, by: Self.tasks) {
                        do throws(APIClientError) {
                            let server = n.isMultiple(of: 2)
                                ? try await client.getServer(accountID: "acc", id: "srv-\(n)")
                                : try await client.updateServer(accountID: "acc", id: "srv-\(n)", body: UpdateMCPServerRequest(name: "name \(n)"))
                            results.append((n, .server(id: server.id, name: server.name)))
                        } catch {
                            results.append((n, .failed(error)))
                        }
                    }
                    return results
                }
            }
            var all: [(Int, Outcome)] = []
            for await results in group { all += results }
            return all
        }
        let elapsed = ContinuousClock.now - started

        // Every call exactly once, with the right answer or the right error.
        #expect(outcomes.count == Self.calls)
        #expect(Set(outcomes.map(\.0)) == Set(0..<Self.calls))
        var wrong: [String] = []
        for (n, outcome) in outcomes {
            let expectedName = n.isMultiple(of: 2) ? "server \(n)" : "name \(n)"
            switch (Plan(call: n), outcome) {
            case (.ok, .server(let id, let name)), (.busyOnce, .server(let id, let name)):
                if id != "srv-\(n)" || name != expectedName { wrong.append("call \(n) got \(id) '\(name)'") }
            case (.alwaysBusy, .failed(.api(let error))):
                if error.status != 503 || error.messages.map(\.code) != [10000] { wrong.append("call \(n): \(error)") }
            case (.notFound, .failed(.api(let error))):
                if error.status != 404 || error.messages.map(\.code) != [7002] { wrong.append("call \(n): \(error)") }
            case (let plan, let outcome):
                wrong.append("call \(n) (\(plan)): \(outcome)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong: \(wrong.prefix(10))")

        // The server saw exactly the attempts the plan calls for, per id and in total.
        let expectedAttempts = Dictionary(uniqueKeysWithValues: (0..<Self.calls).map { ("srv-\($0)", Plan(call: $0).attempts) })
        #expect(attemptsByID.current == expectedAttempts)
        let totalAttempts = expectedAttempts.values.reduce(0, +)
        let recorded = server.requests
        #expect(recorded.count == totalAttempts)
        #expect(recorded.allSatisfy { $0.header("Authorization") == "Bearer load-token" })
        #expect(recorded.filter { $0.method == "PUT" }.allSatisfy { request in
            let id = request.path.split(separator: "/").last.map(String.init) ?? ""
            return request.bodyText == #"{"name":"name \#(id.dropFirst(4))"}"#
        })
        #expect(exchanges.current == totalAttempts)

        // One wait per retry, none real: 429 with Retry-After: 0 waits 0; 503 waits 0.5 s, then 1 s.
        let waits = sleeps.current
        #expect(waits.count == totalAttempts - Self.calls)
        let busyOnce429 = (0..<Self.calls).filter { Plan(call: $0) == .busyOnce(status: 429) }.count
        let busyOnce503 = (0..<Self.calls).filter { Plan(call: $0) == .busyOnce(status: 503) }.count
        let alwaysBusy = (0..<Self.calls).filter { Plan(call: $0) == .alwaysBusy }.count
        #expect(waits.filter { $0 == .zero }.count == busyOnce429)
        #expect(waits.filter { $0 == .milliseconds(500) }.count == busyOnce503 + alwaysBusy)
        #expect(waits.filter { $0 == .seconds(1) }.count == alwaysBusy)
        print("load: \(Self.calls) calls from \(Self.tasks) tasks, \(totalAttempts) attempts (\(waits.count) retries), "
              + "\(server.connectionCount) connections, \(Int(elapsed.milliseconds)) ms")
    }
}
