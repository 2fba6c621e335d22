/// Renders plain-text help for a command: USAGE, abstract, discussion, ARGUMENTS, OPTIONS,
/// GLOBAL OPTIONS (inherited from parent commands) and SUBCOMMANDS. Deterministic, no colours.
public enum HelpFormatter {
    /// Commands with more options than this show `[<options>]` in USAGE instead of listing each option.
    static let maximumInlineOptions = 3
    /// Option and argument labels longer than this put their help text on the next line.
    static let maximumLabelWidth = 26

    /// Help for `command`, reached from the tool by the subcommand names in `path` (e.g. `["update"]`, or `[]`
    /// for the root). `inheritedOptions` are the options declared on parent commands (shown as GLOBAL OPTIONS).
    public static func help(
        for command: CommandDeclaration,
        path: [String],
        toolName: String,
        width: Int = 80,
        inheritedOptions: [OptionDeclaration] = []
    ) -> String {
        let own = Set(command.options.map(\.name))
        let inherited = inheritedOptions.filter { !own.contains($0.name) }
        let optionCount = command.options.count + inherited.count
        var sections = [usage(command, [toolName] + path, optionCount: optionCount, width: width)]
        if !command.abstract.isEmpty { sections.append(wrap(command.abstract, width: width)) }
        if let discussion = command.discussion, !discussion.isEmpty { sections.append(wrap(discussion, width: width)) }
        var tables: [(title: String, rows: [(label: String, help: String)])] = []
        if !command.positionals.isEmpty {
            let rows = command.positionals.map { ("<\($0.name)>", $0.isOptional ? "\($0.help) (optional)" : $0.help) }
            tables.append(("ARGUMENTS:", rows))
        }
        tables.append(("OPTIONS:", command.options.map(row) + [("-h, --help", "Show help information.")]))
        if !inherited.isEmpty { tables.append(("GLOBAL OPTIONS:", inherited.map(row))) }
        if !command.subcommands.isEmpty { tables.append(("SUBCOMMANDS:", command.subcommands.map { ($0.name, $0.abstract) })) }
        // One help column for every table, so the sections line up.
        let labelWidth = min(tables.flatMap { $0.rows.map(\.label.count) }.max() ?? 0, maximumLabelWidth)
        sections += tables.map { [$0.title] + table($0.rows, labelWidth: labelWidth, width: width) }
        if !command.examples.isEmpty {
            // Not wrapped: an example is copied whole.
            sections.append(["EXAMPLES:"] + command.examples.map { "  " + ([toolName] + path + [$0]).filter { !$0.isEmpty }.joined(separator: " ") })
        }
        if !command.subcommands.isEmpty {
            let name = ([toolName] + path).joined(separator: " ")
            sections.append(wrap("Run '\(name) <subcommand> --help' for help on a subcommand.", width: width))
        }
        return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// Help for the command at `commandPath` (as in `ParsedCommand.commandPath`, starting with the tool name)
    /// within `root`, whose name is the tool name; options of its parents are shown as GLOBAL OPTIONS.
    /// Unknown trailing names are ignored: help is for the deepest command found.
    public static func help(root: CommandDeclaration, commandPath: [String], width: Int = 80) -> String {
        var command = root
        var path: [String] = []
        var inherited: [OptionDeclaration] = []
        for name in commandPath.dropFirst() {
            guard let subcommand = command.subcommand(named: name) else { break }
            let shadowed = Set(command.options.map(\.name))
            inherited = inherited.filter { !shadowed.contains($0.name) } + command.options
            command = subcommand
            path.append(name)
        }
        return help(for: command, path: path, toolName: root.name, width: width, inheritedOptions: inherited)
    }

    private static func usage(_ command: CommandDeclaration, _ names: [String], optionCount: Int, width: Int) -> [String] {
        var items = ["USAGE:"] + names
        if !command.subcommands.isEmpty { items.append("<subcommand>") }
        items += command.positionals.map {
            let label = "<\($0.name)>" + ($0.isRepeatable ? " ..." : "")
            return $0.isOptional ? "[\(label)]" : label
        }
        // Required options are always spelled out; only the optional ones may fold into `[<options>]`.
        items += command.options.filter(\.isRequired).map { "\($0.label)\($0.isRepeatable ? " ..." : "")" }
        let optional = command.options.filter { !$0.isRequired }
        if optionCount > maximumInlineOptions {
            if optionCount > command.options.count - optional.count { items.append("[<options>]") }
        } else {
            items += optional.map { "[\($0.label)\($0.isRepeatable ? " ..." : "")]" }
            if optionCount > command.options.count { items.append("[<global-options>]") }
        }
        return wrap(words: items, width: width, indent: "  ")
    }

    private static func row(_ option: OptionDeclaration) -> (String, String) {
        var notes: [String] = []
        if option.isRequired { notes.append("required") }
        if let allowed = option.allowedValues { notes.append("values: \(allowed.joined(separator: "|"))") }
        notes += option.constraints
        if let defaultDescription = option.defaultDescription { notes.append("default: \(defaultDescription)") }
        if option.isRepeatable { notes.append("repeatable") }
        let help = notes.isEmpty ? option.help : "\(option.help) (\(notes.joined(separator: "; ")))"
        return (option.tableLabel, help)
    }

    /// Two columns: labels indented by two spaces, help text wrapped in a column to their right.
    private static func table(_ rows: [(label: String, help: String)], labelWidth: Int, width: Int) -> [String] {
        let indent = String(repeating: " ", count: 2 + labelWidth + 2)
        var lines: [String] = []
        for (label, help) in rows {
            var first = "  " + label
            var rest = help.isEmpty ? [] : wrap(help, width: max(width - indent.count, 20))[...]
            if label.count <= labelWidth, let head = rest.first, !head.isEmpty {
                first += String(repeating: " ", count: labelWidth - label.count + 2) + head
                rest = rest.dropFirst()
            }
            lines.append(first)
            lines += rest.map { $0.isEmpty ? "" : indent + $0 }
        }
        return lines
    }

    /// Word-wraps text; each `\n` starts a new line (blank lines are kept).
    static func wrap(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            wrap(words: line.split(separator: " ").map(String.init), width: width, indent: "")
        }
    }

    /// Joins words into lines of at most `width` characters (a longer word gets a line of its own);
    /// lines after the first start with `indent`. No words gives one empty line.
    static func wrap(words: [String], width: Int, indent: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in words {
            if line.isEmpty {
                line += word
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = indent + word
            }
        }
        return lines + [line]
    }
}
