import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_waiters
import Testing
import TestSupport

/// waiters, on the command line: each waiter of the spec is a `wait-…` command that takes the polled operation's
/// arguments and `--wait-timeout`, polls over a real socket until a success value (printing that result), and ends
/// with its own exit status on a failure value or at the timeout. The waiters, their operations and values are read
/// from the generated catalog; the clock is an ``ImmediateClock``, so no test waits for a delay.
@Suite struct WaitCommandSnapshotTests {
    static let waiters = ServersClient.commandLine.waiters

    /// The waiter with failure values (`serverReady`).
    static var failing: WaiterDescriptor {
        get throws { try #require(waiters.first { !$0.failure.isEmpty }) }
    }

    struct Outcome {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs `arguments` against `server` (as `--base-url`), waiting by `clock`.
    static func run(_ arguments: [String], server: LoopbackHTTPServer? = nil, clock: ImmediateClock = ImmediateClock()) async -> Outcome {
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let output = LockedValue(""), errors = LockedValue("")
        let tool = CommandLineTool(ServersClient.commandLine, environment: [:], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } },
                                   waiterTiming: { WaiterTiming(timeout: $0, clock: clock) })
        let base = server.map { ["--base-url", $0.baseURL.absoluteString] } ?? []
        let status = await tool.run(arguments + base)
        return Outcome(status: status, output: output.current, error: errors.current)
    }

    /// The polled operation's command line: its command and a value for each required parameter.
    static func operationArguments(_ waiter: WaiterDescriptor) throws -> (command: String, arguments: [String]) {
        let operation = try #require(ServersClient.commandLine.operations.first { $0.name == waiter.operation })
        let arguments = operation.parameters.filter(\.isRequired).flatMap { $0.isPositional ? ["s1"] : ["--\($0.flag)", "s1"] }
        return (operation.command, arguments)
    }

    /// The waiter's command with the polled operation's arguments.
    static func waitArguments(_ waiter: WaiterDescriptor) throws -> [String] {
        [waiter.command] + (try operationArguments(waiter).arguments)
    }

    /// A result of the polled operation whose field has `value`.
    static func answer(_ waiter: WaiterDescriptor, _ value: JSONValue) -> ServerAction {
        var result: JSONObject = ["id": "s1", "status": "waiting"]
        result[waiter.field] = value
        return .json(["result": .object(result)])
    }

    /// A value of the field that is neither a success nor a failure: polls again.
    static func pending(_ waiter: WaiterDescriptor) -> JSONValue {
        if case .bool(let flag) = waiter.success.first { return .bool(!flag) }
        return "waiting"
    }

    static func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func eachWaiterIsACommandTakingTheArgumentsOfItsOperationAndATimeout() throws {
        #expect(!Self.waiters.isEmpty)
        let commands = CommandLineTool(ServersClient.commandLine).command.subcommands
        for waiter in Self.waiters {
            let wait = try #require(commands.first { $0.name == waiter.command })
            let polled = try #require(commands.first { $0.name == (try? Self.operationArguments(waiter).command) })
            #expect(wait.positionals == polled.positionals)
            #expect(wait.options.dropLast() == polled.options[...])
            #expect(wait.options.last?.name == "wait-timeout")
            #expect(wait.options.last?.defaultDescription == "300")
        }
    }

    @Test func helpSaysWhatIsPolledTheValuesTheDelaysAndTheTimeout() async throws {
        for waiter in Self.waiters {
            let outcome = await Self.run([waiter.command, "--help"])
            #expect(outcome.status == 0)
            let help = Self.words(outcome.output)
            let operation = try Self.operationArguments(waiter)
            #expect(help.contains("Polls '\(operation.command)'"), "\(help)")
            #expect(help.contains("until the result's \(waiter.field) is"))
            for value in waiter.success + waiter.failure { #expect(help.contains(JSONSerializer.string(value)), "\(value)") }
            #expect(help.contains("waits \(waiter.delays.minimum.components.seconds) to \(waiter.delays.maximum.components.seconds) s"))
            #expect(help.contains("--wait-timeout <SECONDS>"))
            #expect(help.contains("(default: 300)"), "\(help)")
            if let description = waiter.description { #expect(help.contains(description)) }
            for argument in operation.arguments where argument.hasPrefix("--") { #expect(help.contains(argument)) }
        }
        let root = Self.words(await Self.run(["--help"]).output)
        for waiter in Self.waiters { #expect(root.contains(waiter.command)) }
        #expect(root.contains("5 a wait ended in a failure state, 6 a wait timed out"))
    }

    @Test func pollsUntilASuccessValueAndPrintsThatResultAsTheOperationWould() async throws {
        for waiter in Self.waiters {
            let success = try #require(waiter.success.last)
            let server = try LoopbackHTTPServer(sequence: [Self.answer(waiter, Self.pending(waiter)), Self.answer(waiter, Self.pending(waiter)), Self.answer(waiter, success)])
            defer { server.stop() }
            let clock = ImmediateClock()
            let outcome = await Self.run(try Self.waitArguments(waiter), server: server, clock: clock)
            #expect(outcome.status == 0, "\(outcome.error)")
            #expect(outcome.error == "")
            #expect(server.requests.count == 3)
            #expect(clock.sleeps.count == 2)
            #expect(clock.sleeps.allSatisfy { waiter.delays.minimum <= $0 && $0 <= waiter.delays.maximum })
            // The same text the operation's command prints for that result.
            let polled = try Self.operationArguments(waiter)
            let again = try LoopbackHTTPServer(always: Self.answer(waiter, success))
            defer { again.stop() }
            let direct = await Self.run([polled.command] + polled.arguments, server: again)
            #expect(outcome.output == direct.output)
            #expect(try JSONParser.parse(Data(outcome.output.utf8))[waiter.field] == success)
        }
    }

    @Test func aFailureValueEndsTheWaitWithItsOwnStatus() async throws {
        let waiter = try Self.failing
        let failure = try #require(waiter.failure.first)
        let server = try LoopbackHTTPServer(sequence: [Self.answer(waiter, Self.pending(waiter)), Self.answer(waiter, failure), Self.answer(waiter, waiter.success[0])])
        defer { server.stop() }
        let outcome = await Self.run(try Self.waitArguments(waiter), server: server)
        #expect(outcome.status == 5)
        #expect(outcome.output == "")
        #expect(outcome.error == "error: \(waiter.field) is \(JSONSerializer.string(failure)), a failure state; "
            + "stopped waiting for \(waiter.success.map { JSONSerializer.string($0) }.joined(separator: " or "))\n")
        #expect(server.requests.count == 2)
    }

    /// The last delay is shortened to the timeout, so the last poll happens at it; the message gives the last value.
    @Test func theTimeoutEndsTheWaitWithItsOwnStatusAndTheLastValueSeen() async throws {
        let waiter = try Self.failing
        let server = try LoopbackHTTPServer(always: Self.answer(waiter, Self.pending(waiter)))
        defer { server.stop() }
        let clock = ImmediateClock()
        let outcome = await Self.run(try Self.waitArguments(waiter) + ["--wait-timeout", "7"], server: server, clock: clock)
        #expect(outcome.status == 6)
        #expect(outcome.output == "")
        #expect(outcome.error == "error: timed out after 7 s waiting for \(waiter.field) to be "
            + "\(waiter.success.map { JSONSerializer.string($0) }.joined(separator: " or ")); it was last \(JSONSerializer.string(Self.pending(waiter)))\n")
        #expect(clock.sleeps.reduce(.zero, +) == .seconds(7))
        #expect(server.requests.count == clock.sleeps.count + 1)
    }

    @Test(arguments: ["0", "-3", "1.5", "soon", "1000000001"])
    func aBadTimeoutIsAUsageErrorAndNothingIsSent(timeout: String) async throws {
        let waiter = try Self.failing
        let server = try LoopbackHTTPServer(always: Self.answer(waiter, waiter.success[0]))
        defer { server.stop() }
        let outcome = await Self.run(try Self.waitArguments(waiter) + ["--wait-timeout=\(timeout)"], server: server)
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("--wait-timeout: expected a whole number between 1 and 1000000000, found '\(timeout)'"), "\(outcome.error)")
        #expect(outcome.error.contains("Run 'servers \(waiter.command) --help' for usage."))
        #expect(server.requests.isEmpty)
    }

    /// A failing call ends the wait, reported as the operation's command reports it (here: the API's error, status 1).
    @Test func aFailingCallIsReportedAsTheOperationReportsIt() async throws {
        let waiter = try Self.failing
        let server = try LoopbackHTTPServer(always: .json(status: 404, body: #"{"errors": [{"code": 10006, "message": "no such server"}]}"#))
        defer { server.stop() }
        let outcome = await Self.run(try Self.waitArguments(waiter), server: server)
        let polled = try Self.operationArguments(waiter)
        let direct = await Self.run([polled.command] + polled.arguments, server: server)
        #expect(outcome.status == 1)
        #expect(outcome.error == direct.error)
        #expect(outcome.error.contains("no such server"))
        #expect(outcome.output == "")
    }

    /// Cancelled while it waits between polls (on the continuous clock): the run ends at once, as a cancelled call does.
    @Test func cancellationEndsTheWaitAsACancelledCallDoes() async throws {
        let waiter = try Self.failing
        let (polled, signal) = AsyncStream.makeStream(of: Void.self)
        let server = try LoopbackHTTPServer { _ in
            signal.yield()
            return Self.answer(waiter, Self.pending(waiter))
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let errors = LockedValue("")
        let tool = CommandLineTool(ServersClient.commandLine, environment: [:], transport: transport, standardOutput: { _ in },
                                   standardError: { text in errors.withLock { $0 += text } })
        let arguments = try Self.waitArguments(waiter) + ["--base-url", server.baseURL.absoluteString]
        let running = Task { await tool.run(arguments) }
        for await _ in polled { break }
        running.cancel()
        #expect(await running.value == 4)
        #expect(errors.current == "error: cancelled\n")
        #expect(server.requests.count == 1)
    }
}
