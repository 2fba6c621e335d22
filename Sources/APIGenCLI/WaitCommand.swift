import APIGenRuntime
import ArgumentParsing

/// One waiter as a subcommand (`wait-server-ready`): the arguments of the polled operation's command, the same
/// positionals and options, read by that command (``OperationCommand``), plus `--wait-timeout`.
///
/// It polls with the runtime's waiter logic (``WaiterDescriptor/wait(timing:poll:)``) and prints the result in the first
/// success state as the operation's command prints a result. The timeout is not `--timeout`: that global option is each
/// attempt's time limit, and stays so here.
struct WaitCommand<API: Sendable>: Sendable {
    static var timeoutOption: String { "wait-timeout" }
    /// Seconds.
    static var defaultTimeout: Int { 300 }

    let waiter: WaiterDescriptor
    /// The command of the operation polled, which reads the arguments.
    let polled: OperationCommand<API>
    let declaration: CommandDeclaration

    /// nil when no command runs the operation the waiter polls (a generated catalog always has it).
    init?(_ waiter: WaiterDescriptor, polling commands: [OperationCommand<API>]) {
        guard let polled = commands.first(where: { $0.operation.name == waiter.operation }) else { return nil }
        self.waiter = waiter
        self.polled = polled
        let command = polled.operation.command
        let field = TerminalText.escaped(waiter.field)
        let outcome = "Polls '\(command)' (\(polled.operation.method) \(polled.operation.pathTemplate)) until the result's \(field) is "
            + Self.values(waiter.success) + (waiter.failure.isEmpty ? "" : " (success) or " + Self.values(waiter.failure) + " (failure)")
            + ", and prints the result in the first success state, as '\(command)' does; any other value, or none, polls again."
        let delays = "Between polls it waits \(GlobalOptions.seconds(waiter.delays.minimum)) to \(GlobalOptions.seconds(waiter.delays.maximum)) s, "
            + "backing off exponentially with jitter; the last delay is shortened so that the last poll happens at --\(Self.timeoutOption). "
            + "Nothing is printed while it waits."
        let failed = waiter.failure.isEmpty ? "" : "\(ExitStatus.waitFailed) when \(field) reaches a failure value, "
        let outcomes = "Exit status \(failed)\(ExitStatus.waitTimedOut) when --\(Self.timeoutOption) passes first; "
            + "a failing call ends the wait as '\(command)' reports it."
        let timeout = OptionDeclaration(
            name: Self.timeoutOption, kind: .value(placeholder: "SECONDS"),
            help: "The longest to wait in all, in whole seconds (--\(GlobalOptions.timeout) limits each attempt).",
            defaultDescription: String(Self.defaultTimeout))
        let example = GlobalOptions.join(polled.declaration.examples.first, "--\(Self.timeoutOption) 600")
        declaration = CommandDeclaration(
            name: waiter.command, abstract: waiter.description ?? "Wait until \(field) is \(Self.values(waiter.success)) (polling '\(command)').",
            discussion: [outcome, delays, outcomes].joined(separator: "\n\n"),
            options: polled.declaration.options + [timeout], positionals: polled.declaration.positionals, examples: [example])
    }

    /// `--wait-timeout`, else the default.
    func timeout(_ parsed: ParsedCommand) throws(UsageError) -> Duration {
        .seconds(try parsed.int(Self.timeoutOption, range: 1...Int(GlobalOptions.maximumTimeout)) ?? Self.defaultTimeout)
    }

    /// Polls the operation with `call` until a success state, whose result it returns.
    func result(_ client: API, _ call: OperationArguments, timing: WaiterTiming, report: ErrorReport) async throws(Failure) -> JSONValue {
        // `invoke` also throws what stops a call before it is sent (an argument its type refuses); the poll can only
        // throw a client error, so such an error ends the wait as a cancellation and is reported as the command reports it.
        var unsent: (any Error)?
        do {
            return try await waiter.wait(timing: timing) { () async throws(APIClientError) -> JSONValue in
                do {
                    return try await polled.operation.invoke(client, call)
                } catch let error as APIClientError {
                    throw error
                } catch {
                    unsent = error
                    throw .cancelled
                }
            }
        } catch {
            if let unsent { throw report.failure(for: unsent) }
            throw failure(error, report)
        }
    }

    private func failure(_ error: WaiterError<JSONValue>, _ report: ErrorReport) -> Failure {
        let field = TerminalText.escaped(waiter.field)
        switch error {
        case .failed(let result):
            return Failure(status: ExitStatus.waitFailed, message: "\(field) is \(Self.value(waiter.value(in: result))), a failure state; "
                + "stopped waiting for \(Self.values(waiter.success))")
        case .timedOut(let after, let lastSeen):
            let last = waiter.value(in: lastSeen).map { "it was last \(Self.value($0))" } ?? "the last result had no \(field)"
            return Failure(status: ExitStatus.waitTimedOut, message: "timed out after \(GlobalOptions.seconds(after)) s waiting for \(field) "
                + "to be \(Self.values(waiter.success)); \(last)")
        case .request(let error):
            return report.failure(for: error)
        case .cancelled:
            return report.failure(for: APIClientError.cancelled)
        }
    }

    /// A value as JSON writes it (`"ready"`, `true`), escaped: it may come from the server.
    private static func value(_ value: JSONValue?) -> String {
        value.map { TerminalText.escaped(JSONSerializer.string($0)) } ?? "absent"
    }

    /// `"ready"` or `"ready" or "done"`.
    private static func values(_ values: [JSONValue]) -> String {
        values.map(value).joined(separator: " or ")
    }
}
