/// Declares one long option of a command, such as `--per-page <N>` or `--all`.
///
/// Options are plain data so that commands can be built at run time (for example from an API spec).
/// An option declared on a command is also accepted by all of that command's subcommands
/// (this is how global options such as `--account-id` are declared: once, on the root command).
/// The names `help` and `h` are reserved for the built-in `-h, --help`.
public struct OptionDeclaration: Sendable, Hashable {
    /// Whether an option is a boolean switch or carries a value.
    public enum Kind: Sendable, Hashable {
        /// A boolean switch with no value (`--all`). Giving it `=value` is an error.
        case flag
        /// An option followed by a value (`--name NAME` or `--name=NAME`); `placeholder` names it in help.
        case value(placeholder: String)
    }

    /// The long name without dashes, e.g. `per-page`.
    public var name: String
    /// Whether the option is a flag or takes a value.
    public var kind: Kind
    /// One or more sentences shown in the OPTIONS section of help.
    public var help: String
    /// Whether the option may be given more than once (all values are kept, in order).
    public var isRepeatable: Bool
    /// When set, the only accepted values; shown in help as `a|b|c`.
    public var allowedValues: [String]?
    /// Describes the value used when the option is absent; shown in help only, never applied by the parser.
    public var defaultDescription: String?
    /// Names (without dashes) of options that must not be given together with this one.
    public var conflictsWith: [String]
    /// Whether the command needs this option; shown in USAGE (without brackets) and help. The parser
    /// does not enforce it: the command reports what is missing, all at once.
    public var isRequired: Bool
    /// Limits on the value in words (`1 to 32 characters`), shown in help before the default; not checked by the parser.
    public var constraints: [String]
    /// A one-letter alias typed with one dash (`y` for `-y`), if any; a flag's alias is a flag.
    public var shortName: Character?

    /// Creates an option declaration.
    public init(
        name: String,
        kind: Kind,
        help: String,
        isRepeatable: Bool = false,
        allowedValues: [String]? = nil,
        defaultDescription: String? = nil,
        conflictsWith: [String] = [],
        isRequired: Bool = false,
        constraints: [String] = [],
        shortName: Character? = nil
    ) {
        self.name = name
        self.kind = kind
        self.help = help
        self.isRepeatable = isRepeatable
        self.allowedValues = allowedValues
        self.defaultDescription = defaultDescription
        self.conflictsWith = conflictsWith
        self.isRequired = isRequired
        self.constraints = constraints
        self.shortName = shortName
    }

    /// Whether the option is followed by a value.
    public var takesValue: Bool {
        if case .value = kind { return true }
        return false
    }

    /// The option as written in USAGE, e.g. `--per-page <N>` or `--all`.
    var label: String {
        switch kind {
        case .flag: return "--\(name)"
        case .value(let placeholder): return "--\(name) <\(placeholder)>"
        }
    }

    /// The option as written in the OPTIONS table, with its alias: `-y, --yes`.
    var tableLabel: String {
        shortName.map { "-\($0), \(label)" } ?? label
    }
}

/// Declares one positional argument, such as the `ID` in `mcp-servers get ID`.
///
/// Positionals are matched in declaration order; declare required ones before optional ones.
public struct PositionalDeclaration: Sendable, Hashable {
    /// The name shown in help as `<ID>` and used to look the value up.
    public var name: String
    /// Shown in the ARGUMENTS section of help.
    public var help: String
    /// Whether the argument may be left out.
    public var isOptional: Bool
    /// Whether the argument takes every remaining value (`apigen lint <SPEC> ...`); only the last may.
    public var isRepeatable: Bool

    /// Creates a positional declaration.
    public init(name: String, help: String, isOptional: Bool = false, isRepeatable: Bool = false) {
        self.name = name
        self.help = help
        self.isOptional = isOptional
        self.isRepeatable = isRepeatable
    }
}

/// Declares a command: its options, positionals and subcommands.
///
/// The root command's `name` is the tool name (`mcp-servers`); it starts every command path.
/// A command with subcommands requires one of them to be named on the command line.
public struct CommandDeclaration: Sendable, Hashable {
    /// The command's name as typed (`update`), or the tool name for the root command.
    public var name: String
    /// A one-line summary, shown in help and in the parent's SUBCOMMANDS list.
    public var abstract: String
    /// Longer text shown in help below the abstract, word-wrapped; `\n` starts a new line.
    public var discussion: String?
    /// The options this command (and all its subcommands) accept.
    public var options: [OptionDeclaration]
    /// The positional arguments, matched in order.
    public var positionals: [PositionalDeclaration]
    /// The subcommands; when non-empty, one must be given.
    public var subcommands: [CommandDeclaration]
    /// Example arguments of this command (`--name web <ID>`), shown after the command's path in an EXAMPLES section of help.
    public var examples: [String]

    /// Creates a command declaration.
    public init(
        name: String,
        abstract: String,
        discussion: String? = nil,
        options: [OptionDeclaration] = [],
        positionals: [PositionalDeclaration] = [],
        subcommands: [CommandDeclaration] = [],
        examples: [String] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.options = options
        self.positionals = positionals
        self.subcommands = subcommands
        self.examples = examples
    }

    /// The subcommand with the given name, if declared.
    public func subcommand(named name: String) -> CommandDeclaration? {
        subcommands.first { $0.name == name }
    }
}
