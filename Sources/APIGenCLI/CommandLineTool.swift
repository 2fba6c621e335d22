import APIGenRuntime
import ArgumentParsing
import Foundation

/// The command-line tool of a generated client: one subcommand per operation and one per waiter, everything derived
/// from the client's ``CommandLineDescription``.
///
/// `run` parses the arguments, reads the environment (credentials, environment-backed
/// parameters, the base URL), calls the operation and prints its result as JSON (or a table,
/// `--output table`); the items of `--all` are printed as they arrive. Every error is printed
/// to standard error as `error: …`. A destructive command (HTTP `DELETE`) asks first when
/// standard input is a terminal, unless `--yes` is given. A waiter's command (``WaitCommand``) polls its operation
/// until a success state and prints that result. It returns the exit status: 0 success,
/// 1 the API answered with an error, 2 usage or configuration error, 3 the request breaks the
/// spec's constraints (nothing sent), 4 no usable answer, 5 a wait ended in a failure state, 6 a wait timed out.
public struct CommandLineTool<API: Sendable>: Sendable {
    public let description: CommandLineDescription<API>
    let environment: [String: String]
    let transport: (any HTTPTransport)?
    let standardOutput: @Sendable (String) -> Void
    let standardError: @Sendable (String) -> Void
    let confirm: @Sendable (String) -> Bool?
    let waiterTiming: @Sendable (Duration) -> WaiterTiming
    let catalog: CommandCatalog<API>

    /// - Parameters:
    ///   - environment: where credentials, environment-backed parameters and the base URL come from.
    ///   - transport: the transport for calls; a new `URLSessionTransport` per run when nil.
    ///   - standardOutput, standardError: receive texts as they are written (a result may come in parts:
    ///     the items of `--all` one by one).
    ///   - confirm: asks a yes-or-no question before a destructive command: true to go on, false to
    ///     stop, nil when there is no one to ask (standard input is not a terminal: go on, as scripts need).
    ///   - waiterTiming: the timing of a `wait-…` command from its timeout: the continuous clock, unless a test
    ///     injects one that does not wait.
    public init(
        _ description: CommandLineDescription<API>,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: (any HTTPTransport)? = nil,
        standardOutput: @escaping @Sendable (String) -> Void = OutputStreams.standardOutput,
        standardError: @escaping @Sendable (String) -> Void = OutputStreams.standardError,
        confirm: @escaping @Sendable (String) -> Bool? = OutputStreams.confirmOnTerminal,
        waiterTiming: @escaping @Sendable (Duration) -> WaiterTiming = { WaiterTiming(timeout: $0) }
    ) {
        self.description = description
        self.environment = environment
        self.transport = transport
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.confirm = confirm
        self.waiterTiming = waiterTiming
        catalog = CommandCatalog(description)
    }

    /// The tool's command tree (for documentation or shell completion).
    public var command: CommandDeclaration { catalog.root }

    /// Runs one command line (without the executable's name) and returns the exit status.
    public func run(_ arguments: [String]) async -> Int32 {
        var redactor = Redactor(arguments: arguments, sensitiveOptions: catalog.sensitiveOptions)
        do {
            try await execute(arguments, redactor: &redactor)
            return ExitStatus.success
        } catch {
            standardError(redactor.redact(error.printed))
            return error.status
        }
    }

    private var versionText: String { "\(description.toolName) \(description.version)\n" }

    private func execute(_ arguments: [String], redactor: inout Redactor) async throws(Failure) {
        let parsed: ParsedCommand
        do {
            parsed = try ArgumentParser.parse(arguments, command: catalog.root)
        } catch {
            if case .missingCommand = error.kind, arguments.prefix(while: { $0 != "--" }).contains("--\(GlobalOptions.version)") {
                return standardOutput(versionText)
            }
            throw Failure(usage: error)
        }
        if parsed.isHelpRequested { return standardOutput(HelpFormatter.help(root: catalog.root, commandPath: parsed.commandPath)) }
        if parsed.flag(GlobalOptions.version) { return standardOutput(versionText) }
        let waitCommand = parsed.commandPath.count == 2 ? catalog.waitCommand(named: parsed.commandPath[1]) : nil
        guard parsed.commandPath.count == 2, let command = waitCommand?.polled ?? catalog.command(named: parsed.commandPath[1]) else {
            throw .usage("unknown command", commandPath: parsed.commandPath)  // the parser resolved it; not reached
        }

        // Everything the command line and environment say, before anything is sent.
        let settings: GlobalOptions.Settings
        do { settings = try GlobalOptions.settings(parsed, description, environment: environment) } catch { throw Failure(usage: error) }
        let parameters = try command.parameters(from: parsed, environment: environment)
        let lists = try command.lists(from: parsed)
        let body = try command.body?.body(from: parsed)
        let bodyContent = try command.body?.content(from: parsed)
        let outputFile = command.outputFileOption.flatMap(parsed.value)
        if command.outputFileOption != nil, outputFile == nil, let mediaType = command.operation.resultContentType, !MediaType.isText(mediaType) {
            throw .usage("missing --\(ResultWriter.outputFileFlag): the answer is \(mediaType) bytes", commandPath: parsed.commandPath)
        }
        let missing = command.missingOptions(parsed, requestBody: body)
        if !missing.options.isEmpty {
            let alternative = missing.inBody ? " (or give \(missing.options.count == 1 ? "it" : "them") in --body)" : ""
            throw .usage("missing \(missing.options.joined(separator: ", "))\(alternative)", commandPath: parsed.commandPath)
        }
        let pageRequest: PageOptions.Request?
        do { pageRequest = try command.pages?.request(parsed) } catch { throw Failure(usage: error) }
        var waitTimeout: Duration?
        do { waitTimeout = try waitCommand?.timeout(parsed) } catch { throw Failure(usage: error) }
        if let assembler = command.body, body == .object(JSONObject()), OperationCommand<API>.updateMethods.contains(command.operation.method) {
            // An update that changes nothing is a mistake on the command line, not a request to send.
            let options = assembler.fields.map { "--\($0.option)" } + ["--body"]
            throw .usage("nothing to change; give at least one of \(options.joined(separator: ", "))", commandPath: parsed.commandPath)
        }
        redactor.add(command, parsed, environment: environment, body: body)
        for name in catalog.sensitiveParameterNames { redactor.add(parameters[name]) }
        let report = ErrorReport(commandPath: parsed.commandPath, requestIDLabel: description.requestIDHeader ?? "request id",
                                 sensitiveNames: catalog.sensitiveParameterNames)
        let credentials: Credentials?
        do {
            credentials = try description.credentialsFromEnvironment?(environment)
        } catch {
            if case .invalidConfiguration(let message) = error { throw report.usage(message) }
            throw Failure(status: ExitStatus.usage, message: report.failure(for: error).message)
        }
        if let credentials { redactor.add(credentials) }
        redactor.add(userInfoOf: settings.baseURL)

        var configuration = description.makeConfiguration(settings.baseURL, credentials)
        if let timeout = settings.timeout { configuration.timeout = timeout }
        if let maxRetries = settings.maxRetries { configuration.retryPolicy.maxRetries = maxRetries }
        let ownTransport = transport == nil ? URLSessionTransport() : nil
        defer { ownTransport?.shutdown() }
        guard let activeTransport = transport ?? ownTransport else { throw report.usage("no transport") }
        let client = description.makeClient(configuration, activeTransport)
        if command.operation.isDestructive, !(command.yesOption.map(parsed.flag) ?? false),
           confirm(confirmationQuestion(command, parsed)) == false {
            return standardError("Not confirmed; nothing was sent.\n")
        }
        let call = OperationArguments(parameters: parameters, lists: lists, body: body, content: bodyContent)
        var writer = ResultWriter(format: settings.output, write: standardOutput)
        if let waitCommand, let waitTimeout {
            return writer.print(try await waitCommand.result(client, call, timing: waiterTiming(waitTimeout), report: report))
        }
        var content: String?
        do {
            if let pageRequest, let allItems = command.operation.allItems {
                try await Self.printItems(try allItems(client, call), pageRequest, to: &writer)
            } else if command.operation.resultContentType != nil {
                content = try await command.operation.invoke(client, call).stringValue ?? ""
            } else {
                writer.print(try await command.operation.invoke(client, call))
            }
        } catch {
            throw report.failure(for: error)
        }
        // Content, not JSON: text as it is, bytes into the file.
        if let content, let mediaType = command.operation.resultContentType {
            if let outputFile {
                try ResultWriter.writeContent(content, mediaType: mediaType, to: outputFile)
            } else {
                standardOutput(ResultWriter.terminalContent(content))
            }
        }
    }

    /// `Delete an MCP Server (my-server)? [y/N] `: the operation's summary and the positional values.
    private func confirmationQuestion(_ command: OperationCommand<API>, _ parsed: ParsedCommand) -> String {
        let values = command.positionalParameters.compactMap { parsed.positional(ValueText.positionalName(for: $0)) }
        let target = values.isEmpty ? "" : " (\(values.map { TerminalText.escaped($0) }.joined(separator: " ")))"
        return "\(command.operation.summary)\(target)? [y/N] "
    }

    /// Prints each item as it arrives, stopping after `--limit` items (before fetching a page it
    /// would not print from) or `--max-pages` pages. On an error the items printed so far stay
    /// one closed JSON array; the error follows on standard error.
    private static func printItems(_ sequence: PageSequence<JSONValue>, _ request: PageOptions.Request,
                                   to writer: inout ResultWriter) async throws {
        var iterator = (request.maxPages.map(sequence.limited(toPages:)) ?? sequence).makeAsyncIterator()
        defer { writer.finish() }
        while request.limit.map({ writer.count < $0 }) ?? true, let item = try await iterator.next() {
            writer.append(item)
        }
    }
}
