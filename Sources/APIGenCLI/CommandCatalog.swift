import APIGenRuntime
import ArgumentParsing

/// The whole command tree of a tool, built from its description: global options on the root,
/// one subcommand per operation, then one per waiter.
struct CommandCatalog<API: Sendable>: Sendable {
    let root: CommandDeclaration
    let globals: GlobalOptions
    let commands: [OperationCommand<API>]
    let waitCommands: [WaitCommand<API>]
    /// Options whose values are never shown, in any command.
    let sensitiveOptions: Set<String>

    init(_ description: CommandLineDescription<API>) {
        globals = GlobalOptions(description)
        let globalNames = globals.names
        let commands = description.operations.map { OperationCommand($0, globalNames: globalNames) }
        self.commands = commands
        waitCommands = description.waiters.compactMap { WaitCommand($0, polling: commands) }
        sensitiveOptions = commands.reduce(into: Set<String>()) { $0.formUnion($1.sensitiveOptions) }
        let waitStatuses = waitCommands.isEmpty ? ""
            : ", \(ExitStatus.waitFailed) a wait ended in a failure state, \(ExitStatus.waitTimedOut) a wait timed out"
        let discussion = """
            \(Self.environmentText(description))

            Exit status: 0 success, 1 the API answered with an error, 2 usage or configuration error, \
            3 the request breaks the API's constraints (nothing sent), 4 no usable answer \
            (timeout, connection failure, unexpected response)\(waitStatuses).
            """
        root = CommandDeclaration(name: description.toolName, abstract: description.abstract, discussion: discussion,
                                  options: globals.declarations(description),
                                  subcommands: commands.map(\.declaration) + waitCommands.map(\.declaration))
    }

    /// Which variables the tool reads: "Credentials are read from the environment: A, or B and C. …".
    private static func environmentText(_ description: CommandLineDescription<API>) -> String {
        let schemes = description.credentialEnvironment.filter { !$0.isEmpty }.map { $0.joined(separator: " and ") }
        var text = description.credentialsFromEnvironment == nil ? "The API needs no credentials."
            : "Credentials are read from the environment" + (schemes.isEmpty ? "." : ": " + schemes.joined(separator: ", or ") + ".")
        if let variable = description.baseURLEnvironment { text += " \(variable) overrides the base URL." }
        return text
    }

    func command(named name: String) -> OperationCommand<API>? {
        commands.first { $0.operation.command == name }
    }

    func waitCommand(named name: String) -> WaitCommand<API>? {
        waitCommands.first { $0.waiter.command == name }
    }

    /// The names of every sensitive parameter, whose values errors must not quote.
    var sensitiveParameterNames: Set<String> {
        Set(commands.flatMap { $0.operation.parameters.filter(\.isSensitive).map(\.name) })
    }
}
