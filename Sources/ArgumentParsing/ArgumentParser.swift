/// Parses command lines against a `CommandDeclaration`.
///
/// Rules:
/// - The subcommand path is resolved first: each non-option argument names a subcommand while the
///   current command has subcommands (`mcp-servers update ID --name x`). Options declared on a command
///   are accepted by all its subcommands and may appear before the subcommand name.
/// - Options are `--name value` or `--name=value`; flags are `--name` (or `-y` for one with a short name). `--` ends options.
/// - A value-taking option takes the next argument verbatim (`--description -x` gives `-x`), unless that
///   argument is `--`, `-h`, `--help`, or a declared option (`--name`, `--name=…`): then the value is missing.
/// - `-h` or `--help` anywhere before `--` sets `isHelpRequested`, and no error is thrown even if the rest of
///   the line is invalid; `commandPath` is then resolved as far as the arguments allow.
public enum ArgumentParser {
    /// Parses `arguments` (without the executable itself) against the root `command`.
    public static func parse(_ arguments: [String], command: CommandDeclaration) throws(UsageError) -> ParsedCommand {
        let helpRequested = arguments.prefix { $0 != "--" }.contains { isHelpToken($0) }
        do throws(UsageError) {
            var result = try parseStrictly(arguments, root: command)
            result.isHelpRequested = helpRequested
            return result
        } catch {
            guard helpRequested else { throw error }
            return ParsedCommand(commandPath: error.commandPath, isHelpRequested: true)
        }
    }

    private static func isHelpToken(_ token: String) -> Bool { token == "-h" || token == "--help" }

    /// Whether a token is an option rather than a value or positional (`-` alone is a positional).
    private static func isOptionLike(_ token: String) -> Bool { token.hasPrefix("-") && token != "-" }

    /// Splits `--name=value` into its name and inline value.
    private static func split(_ token: String) -> (name: String, inline: String?) {
        let body = token.dropFirst(token.hasPrefix("--") ? 2 : 1)
        guard let equals = body.firstIndex(of: "=") else { return (String(body), nil) }
        return (String(body[..<equals]), String(body[body.index(after: equals)...]))
    }

    /// The declared options of a command chain by name; a subcommand's declaration shadows an ancestor's.
    private static func optionTable(_ chain: [CommandDeclaration]) -> [String: OptionDeclaration] {
        var table: [String: OptionDeclaration] = [:]
        for command in chain { for option in command.options { table[option.name] = option } }
        return table
    }

    /// Whether `token` cannot be the value of a preceding value-taking option.
    private static func endsValue(_ token: String, _ table: [String: OptionDeclaration]) -> Bool {
        token == "--" || isHelpToken(token) || (token.hasPrefix("--") && table[split(token).name] != nil)
    }

    private static func parseStrictly(_ arguments: [String], root: CommandDeclaration) throws(UsageError) -> ParsedCommand {
        // Pass 1: resolve the subcommand path, skipping options (and the values they take).
        var chain = [root]
        var subcommandIndices = Set<Int>()
        var index = 0
        while let current = chain.last, !current.subcommands.isEmpty {
            let path = chain.map(\.name)
            let available = current.subcommands.map(\.name)
            guard index < arguments.count, arguments[index] != "--" else {
                throw UsageError(.missingCommand(available: available), commandPath: path)
            }
            let token = arguments[index]
            index += 1
            if isOptionLike(token) {
                let (name, inline) = split(token)
                let table = optionTable(chain)
                if token.hasPrefix("--"), inline == nil, table[name]?.takesValue == true,
                    index < arguments.count, !endsValue(arguments[index], table)
                {
                    index += 1
                }
                continue
            }
            guard let subcommand = current.subcommand(named: token) else {
                throw UsageError(.unknownCommand(token, available: available), commandPath: path)
            }
            chain.append(subcommand)
            subcommandIndices.insert(index - 1)
        }

        // Pass 2: options and positionals, in command-line order.
        let leaf = chain[chain.count - 1]
        let path = chain.map(\.name)
        let table = optionTable(chain)
        func fail(_ kind: UsageError.Kind) -> UsageError { UsageError(kind, commandPath: path) }
        var result = ParsedCommand(commandPath: path)
        var givenOrder: [String] = []
        var positionalCount = 0
        var optionsEnded = false
        index = 0
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if subcommandIndices.contains(index - 1) { continue }
            if !optionsEnded && token == "--" {
                optionsEnded = true
                continue
            }
            if optionsEnded || !isOptionLike(token) {
                if positionalCount < leaf.positionals.count {
                    let name = leaf.positionals[positionalCount].name
                    result.positionals[name] = token
                    positionalCount += 1
                } else if let last = leaf.positionals.last, last.isRepeatable {
                    result.repeatedPositionals[last.name, default: []].append(token)
                } else {
                    throw fail(.unexpectedArgument(token))
                }
                continue
            }
            if isHelpToken(token) { continue }
            var (name, inline) = split(token)
            let alias = token.hasPrefix("--") || name.count != 1 ? nil : table.values.first { $0.shortName == name.first }
            if let alias { name = alias.name }
            guard token.hasPrefix("--") || alias != nil, let option = table[name] else {
                let typed = String(token.prefix { $0 != "=" })
                throw fail(.unknownOption(typed, suggestion: suggestion(for: name, among: table.keys)))
            }
            if givenOrder.contains(name) && !option.isRepeatable { throw fail(.duplicateOption(name)) }
            if !givenOrder.contains(name) { givenOrder.append(name) }
            guard option.takesValue else {
                if let inline { throw fail(.unexpectedValue(option: name, value: inline)) }
                result.flags.insert(name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else {
                guard index < arguments.count, !endsValue(arguments[index], table) else {
                    throw fail(.missingValue(option: name))
                }
                value = arguments[index]
                index += 1
            }
            if let allowed = option.allowedValues, !allowed.contains(value) {
                throw fail(.invalidValue(option: name, value: value, allowed: allowed))
            }
            result.optionValues[name, default: []].append(value)
        }

        for (position, first) in givenOrder.enumerated() {
            for second in givenOrder[(position + 1)...]
            where table[first]!.conflictsWith.contains(second) || table[second]!.conflictsWith.contains(first) {
                throw fail(.conflictingOptions(first, second))
            }
        }
        if let missing = leaf.positionals.dropFirst(positionalCount).first(where: { !$0.isOptional }) {
            throw fail(.missingPositional(missing.name))
        }
        return result
    }

    /// The closest declared option (`--name`, or `--help`): within edit distance 2, or 1 for names of up to
    /// four characters (so `--name` does not suggest `--page`). Ties go to the alphabetically first name.
    static func suggestion(for typed: String, among names: some Collection<String>) -> String? {
        let limit = typed.count <= 4 ? 1 : 2
        let scored = (names + ["help"]).sorted().map { (name: $0, distance: editDistance(Array(typed), Array($0))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else { return nil }
        return "--\(best.name)"
    }

    /// Edit distance counting insertions, deletions, substitutions and swaps of adjacent characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var table = [[Int]](repeating: Array(0...b.count), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for i in a.indices {
            for j in b.indices {
                var best = min(table[i][j + 1] + 1, table[i + 1][j] + 1, table[i][j] + (a[i] == b[j] ? 0 : 1))
                if i > 0, j > 0, a[i] == b[j - 1], a[i - 1] == b[j] { best = min(best, table[i - 1][j - 1] + 1) }
                table[i + 1][j + 1] = best
            }
        }
        return table[a.count][b.count]
    }
}
