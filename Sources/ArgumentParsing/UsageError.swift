/// A command line that does not match the command's declaration.
///
/// `description` is ready to print to standard error, e.g.
///
///     mcp-servers update: unknown option '--per-pag'; did you mean '--per-page'?
///     Run 'mcp-servers update --help' for usage.
public struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong. Option names are declared names without dashes (`per-page`),
    /// except in `unknownOption`, which holds the option as typed and the suggestion as it should be typed.
    public enum Kind: Sendable, Hashable {
        /// An option that is not declared, as typed (`--per-pag`, `-x`), with the closest declared option (`--per-page`).
        case unknownOption(String, suggestion: String?)
        /// A subcommand name that is not declared, with the declared names.
        case unknownCommand(String, available: [String])
        /// A command with subcommands was given none.
        case missingCommand(available: [String])
        /// A value-taking option was last, or followed by another option.
        case missingValue(option: String)
        /// A flag was given `=value`.
        case unexpectedValue(option: String, value: String)
        /// A non-repeatable option was given more than once.
        case duplicateOption(String)
        /// A required positional argument is missing.
        case missingPositional(String)
        /// An argument left over after all positionals were filled.
        case unexpectedArgument(String)
        /// A value outside the option's `allowedValues`.
        case invalidValue(option: String, value: String, allowed: [String])
        /// Two options that exclude each other, in command-line order.
        case conflictingOptions(String, String)
        /// A caller's own check of an option's value failed; `message` follows `--option: `.
        case invalid(option: String, message: String)
    }

    /// What went wrong.
    public var kind: Kind
    /// The command being parsed, starting with the tool name, e.g. `["mcp-servers", "update"]`.
    public var commandPath: [String]

    /// Creates an error.
    public init(_ kind: Kind, commandPath: [String]) {
        self.kind = kind
        self.commandPath = commandPath
    }

    /// An error for a caller's own validation, printed as `--option: message`.
    public static func invalid(option: String, message: String, commandPath: [String]) -> UsageError {
        UsageError(.invalid(option: option, message: message), commandPath: commandPath)
    }

    /// The message alone, without the command path or hint.
    public var message: String {
        switch kind {
        case .unknownOption(let option, let suggestion):
            guard let suggestion else { return "unknown option '\(option)'" }
            return "unknown option '\(option)'; did you mean '\(suggestion)'?"
        case .unknownCommand(let name, let available):
            return "unknown command '\(name)'; available commands: \(available.joined(separator: ", "))"
        case .missingCommand(let available):
            return "missing command; available commands: \(available.joined(separator: ", "))"
        case .missingValue(let option):
            return "missing value for '--\(option)'"
        case .unexpectedValue(let option, let value):
            return "option '--\(option)' does not take a value (found '\(value)')"
        case .duplicateOption(let option):
            return "option '--\(option)' given more than once"
        case .missingPositional(let name):
            return "missing argument <\(name)>"
        case .unexpectedArgument(let value):
            return "unexpected argument '\(value)'"
        case .invalidValue(let option, let value, let allowed):
            return "invalid value '\(value)' for '--\(option)'; expected one of: \(allowed.joined(separator: ", "))"
        case .conflictingOptions(let first, let second):
            return "options '--\(first)' and '--\(second)' cannot be used together"
        case .invalid(let option, let message):
            return "--\(option): \(message)"
        }
    }

    /// `Run 'mcp-servers update --help' for usage.`, or nil when the command path is empty.
    public var hint: String? {
        commandPath.isEmpty ? nil : "Run '\(commandPath.joined(separator: " ")) --help' for usage."
    }

    /// `command path: message`, then the hint on a second line.
    public var description: String {
        guard let hint else { return message }
        return "\(commandPath.joined(separator: " ")): \(message)\n\(hint)"
    }
}
