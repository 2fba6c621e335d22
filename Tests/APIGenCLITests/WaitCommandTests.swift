import APIGenCLI
import APIGenRuntime
import Foundation
import Testing

/// The engine's `wait-…` commands on the fake client: the arguments are read as the polled operation's command reads
/// them, an absent field polls again, the result is printed in the format asked, and what stops a call before it is
/// sent is reported as the operation's command reports it. (Over a socket, with a generated catalog: the `waiters`
/// snapshot's tests.)
@Suite struct WaitCommandTests {
    /// Polls `get` until `state` is `ready`, or `broken`; delays of a millisecond, so that no test waits long.
    static let waiter = WaiterDescriptor(
        name: "thingReady", command: "wait-thing-ready", operation: Fake.get.name, field: "state", success: ["ready"], failure: ["broken"],
        delays: WaiterDelays(minimum: .milliseconds(1), maximum: .milliseconds(2)))

    /// Answers `get` with each of `answers` in turn, the last again once they run out.
    final class Script: @unchecked Sendable {
        private let lock = NSLock()
        private var answers: [JSONValue]

        init(_ answers: [JSONValue]) { self.answers = answers }

        func next() -> JSONValue {
            lock.lock()
            defer { lock.unlock() }
            return answers.count > 1 ? answers.removeFirst() : answers[0]
        }
    }

    static func run(_ arguments: [String], waiters: [WaiterDescriptor] = [waiter], respond: @escaping Responder) async -> Outcome {
        let recorder = Recorder()
        var description = Fake.description(recorder: recorder, respond: respond)
        description.waiters = waiters
        let tool = CommandLineTool(description, environment: Fake.environment, transport: UnusedTransport(),
                                   standardOutput: { recorder.writeOutput($0) }, standardError: { recorder.writeError($0) }, confirm: { _ in nil })
        let status = await tool.run(arguments)
        return Outcome(status: status, output: recorder.output, error: recorder.error, calls: recorder.calls)
    }

    @Test func takesTheArgumentsOfTheOperationsCommandAndPollsPastAnAbsentField() async {
        let script = Script([["id": "abc"], ["id": "abc", "state": "starting"], ["id": "abc", "state": "ready"]])
        let outcome = await Self.run(["wait-thing-ready", "abc", "--account-id", "acc-1"]) { _, _ in script.next() }
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(outcome.calls.count == 3)
        #expect(outcome.calls.allSatisfy { $0.operation == "get" && $0.arguments.parameters == ["account_id": "acc-1", "id": "abc"] })
        #expect(outcome.output == pretty(["id": "abc", "state": "ready"]))
        #expect(outcome.error == "")
    }

    @Test func printsTheResultInTheFormatAsked() async {
        let outcome = await Self.run(["wait-thing-ready", "abc", "--output", "table"]) { _, _ in ["id": "abc", "state": "ready"] }
        #expect(outcome.status == 0)
        #expect(outcome.output == "ID   STATE\nabc  ready\n")
    }

    /// An argument the operation's types refuse stops the first call before it is sent: a usage error, as for `get`.
    @Test func anArgumentTheCallRefusesIsReportedAsTheOperationsCommandReportsIt() async {
        let refuse: Responder = { _, _ in throw OperationArgumentError.invalidValue(name: "id", value: "abc", expected: "a whole number") }
        let waiting = await Self.run(["wait-thing-ready", "abc"], respond: refuse)
        let direct = await Self.run(["get", "abc"], respond: refuse)
        #expect(waiting.status == 2)
        #expect(waiting.calls.count == 1)
        #expect(waiting.error == direct.error.replacingOccurrences(of: "'fake get --help'", with: "'fake wait-thing-ready --help'"))
        #expect(waiting.error.contains("'id': expected a whole number, found 'abc'"))
    }

    /// A hand-built description may name an operation it lacks: that waiter has no command.
    @Test func aWaiterWhoseOperationIsMissingHasNoCommand() async {
        var orphan = Self.waiter
        orphan.operation = "noSuchOperation"
        let outcome = await Self.run(["wait-thing-ready", "abc"], waiters: [orphan]) { _, _ in Fake.answer }
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("unknown command 'wait-thing-ready'"), "\(outcome.error)")
    }
}
