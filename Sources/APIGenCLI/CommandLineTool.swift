import APIGenRuntime
import ArgumentParsing
import Foundation

/// The command-line tool of a generated client: one subcommand per operation, everything derived
/// from the client's ``CommandLineDescription``.
///
/// `run` parses the arguments, reads the environment (credentials, environment-backed
/// parameters, the base URL), calls the operation and prints its result as JSON. It returns the
/// exit status: 0 success, 1 the API answered with an error, 2 usage or configuration error,
/// 3 the request breaks the spec's constraints (nothing sent), 4 no usable answer.
public struct CommandLineTool<API: Sendable>: Sendable {
    public let description: CommandLineDescription<API>
    let environment: [String: String]
    let transport: (any HTTPTransport)?
    let standardOutput: @Sendable (String) -> Void
    let standardError: @Sendable (String) -> Void
    let catalog: CommandCatalog<API>

    /// - Parameters:
    ///   - environment: where credentials, environment-backed parameters and the base URL come from.
    ///   - transport: the transport for calls; a new `URLSessionTransport` per run when nil.
    ///   - standardOutput, standardError: receive whole texts, newline-terminated.
    public init(
        _ description: CommandLineDescription<API>,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: (any HTTPTransport)? = nil,
        standardOutput: @escaping @Sendable (String) -> Void = OutputStreams.standardOutput,
        standardError: @escaping @Sendable (String) -> Void = OutputStreams.standardError
    ) {
        self.description = description
        self.environment = environment
        self.transport = transport
        self.standardOutput = standardOutput
        self.standardError = standardError
        catalog = CommandCatalog(description)
    }

    /// The tool's command tree (for documentation or shell completion).
    public var command: CommandDeclaration { catalog.root }

    /// Runs one command line (without the executable's name) and returns the exit status.
    public func run(_ arguments: [String]) async -> Int32 {
        var redactor = Redactor(arguments: arguments, sensitiveOptions: catalog.sensitiveOptions)
        do {
            standardOutput(try await execute(arguments, redactor: &redactor))
            return ExitStatus.success
        } catch {
            standardError(redactor.redact(error.message) + "\n")
            return error.status
        }
    }

    private var versionText: String { "\(description.toolName) \(description.version)\n" }

    private func execute(_ arguments: [String], redactor: inout Redactor) async throws(Failure) -> String {
        let parsed: ParsedCommand
        do {
            parsed = try ArgumentParser.parse(arguments, command: catalog.root)
        } catch {
            if case .missingCommand = error.kind, arguments.prefix(while: { $0 != "--" }).contains("--\(GlobalOptions.version)") {
                return versionText
            }
            throw Failure(usage: error)
        }
        if parsed.isHelpRequested { return HelpFormatter.help(root: catalog.root, commandPath: parsed.commandPath) }
        if parsed.flag(GlobalOptions.version) { return versionText }
        guard parsed.commandPath.count == 2, let command = catalog.command(named: parsed.commandPath[1]) else {
            throw .usage("unknown command", commandPath: parsed.commandPath)  // the parser resolved it; not reached
        }

        // Everything the command line and environment say, before anything is sent.
        let settings: GlobalOptions.Settings
        do { settings = try GlobalOptions.settings(parsed, description, environment: environment) } catch { throw Failure(usage: error) }
        let parameters = try command.parameters(from: parsed, environment: environment)
        let body = try command.body?.body(from: parsed)
        if let assembler = command.body, body == .object(JSONObject()), OperationCommand<API>.updateMethods.contains(command.operation.method) {
            // An update that changes nothing is a mistake on the command line, not a request to send.
            let options = assembler.fields.map { "--\($0.option)" } + ["--body"]
            throw .usage("nothing to change; give at least one of \(options.joined(separator: ", "))", commandPath: parsed.commandPath)
        }
        redactor.add(command, parsed, environment: environment, body: body)
        for name in catalog.sensitiveParameterNames { redactor.add(parameters[name]) }
        let report = ErrorReport(commandPath: parsed.commandPath, requestIDLabel: description.requestIDHeader ?? "request id",
                                 sensitiveNames: catalog.sensitiveParameterNames)
        let credentials: Credentials
        do {
            credentials = try description.credentialsFromEnvironment(environment)
        } catch {
            if case .invalidConfiguration(let message) = error { throw report.usage(message) }
            throw Failure(status: ExitStatus.usage, message: report.failure(for: error).message)
        }
        redactor.add(credentials)
        redactor.add(userInfoOf: settings.baseURL)

        var configuration = description.makeConfiguration(settings.baseURL, credentials)
        if let timeout = settings.timeout { configuration.timeout = timeout }
        if let maxRetries = settings.maxRetries { configuration.retryPolicy.maxRetries = maxRetries }
        let ownTransport = transport == nil ? URLSessionTransport() : nil
        defer { ownTransport?.shutdown() }
        guard let activeTransport = transport ?? ownTransport else { throw report.usage("no transport") }
        let client = description.makeClient(configuration, activeTransport)
        let call = (parsed.flag(OperationCommand<API>.allFlag) ? command.operation.invokeAll : nil) ?? command.operation.invoke
        do {
            return OutputStreams.json(try await call(client, OperationArguments(parameters: parameters, body: body)))
        } catch {
            throw report.failure(for: error)
        }
    }
}
