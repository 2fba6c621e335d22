/// The result of parsing a command line: the resolved subcommand and the arguments given to it.
///
/// Look-ups use declared names (`per-page`, `ID`). Defaults are not filled in: an option that was
/// not given has no value, whatever its `defaultDescription` says.
public struct ParsedCommand: Sendable, Hashable {
    /// The resolved command, starting with the tool name, e.g. `["mcp-servers", "update"]`.
    public var commandPath: [String]
    /// `-h` or `--help` appeared (before any `--`); the other arguments may be incomplete or invalid.
    public var isHelpRequested: Bool
    /// Values of value-taking options, in command-line order.
    public var optionValues: [String: [String]]
    /// Flags that were given.
    public var flags: Set<String>
    /// Positional arguments by declared name.
    public var positionals: [String: String]
    /// The values after the first of a repeatable positional, in order.
    public var repeatedPositionals: [String: [String]] = [:]

    /// Creates a parsed command (the parser's result; also handy in callers' tests).
    public init(
        commandPath: [String],
        optionValues: [String: [String]] = [:],
        flags: Set<String> = [],
        positionals: [String: String] = [:],
        isHelpRequested: Bool = false
    ) {
        self.commandPath = commandPath
        self.optionValues = optionValues
        self.flags = flags
        self.positionals = positionals
        self.isHelpRequested = isHelpRequested
    }

    /// The value of an option; for a repeated option, the last one.
    public func value(_ name: String) -> String? { optionValues[name]?.last }

    /// Every value given for an option, in order; empty when absent.
    public func values(_ name: String) -> [String] { optionValues[name] ?? [] }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The value of a positional argument, if given.
    public func positional(_ name: String) -> String? { positionals[name] }

    /// Every value of a repeatable positional, in order (the first is also `positional(name)`).
    public func positionalValues(_ name: String) -> [String] {
        (positionals[name].map { [$0] } ?? []) + (repeatedPositionals[name] ?? [])
    }

    /// Whether an option (flag or value-taking) was given.
    public func has(_ name: String) -> Bool { flags.contains(name) || optionValues[name] != nil }

    /// The option's value as an integer, or nil when absent.
    /// - Throws: `.invalid` ("expected a whole number between 1 and 100, found 'x'") when not an integer or out of `range`.
    public func int(_ name: String, range: ClosedRange<Int>? = nil) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        if let number = Int(text), range?.contains(number) ?? true { return number }
        let expected = range.map { "a whole number between \($0.lowerBound) and \($0.upperBound)" } ?? "a whole number"
        throw invalid(name, "expected \(expected), found '\(text)'")
    }

    /// The option's value as a finite number, or nil when absent.
    /// - Throws: `.invalid` ("expected a number, found 'x'") when not a finite number or out of `range`.
    public func double(_ name: String, range: ClosedRange<Double>? = nil) throws(UsageError) -> Double? {
        guard let text = value(name) else { return nil }
        if let number = Double(text), number.isFinite, range?.contains(number) ?? true { return number }
        let expected = range.map { "a number between \(Self.format($0.lowerBound)) and \(Self.format($0.upperBound))" }
        throw invalid(name, "expected \(expected ?? "a number"), found '\(text)'")
    }

    /// The option's value as a boolean (`true` or `false`, exactly), or nil when absent.
    /// - Throws: `.invalid` ("expected 'true' or 'false', found 'yes'") for any other value.
    public func bool(_ name: String) throws(UsageError) -> Bool? {
        switch value(name) {
        case nil: return nil
        case "true": return true
        case "false": return false
        case let text?: throw invalid(name, "expected 'true' or 'false', found '\(text)'")
        }
    }

    /// An `.invalid` error for this command, for callers' own value checks.
    public func invalid(_ option: String, _ message: String) -> UsageError {
        .invalid(option: option, message: message, commandPath: commandPath)
    }

    private static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
