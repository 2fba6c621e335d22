import APIGenRuntime
import ArgumentParsing

/// One operation as a subcommand: its declaration, built from the descriptor, and the reading of
/// its parameters from a parsed command line.
///
/// Parameters with an environment variable are global options (see ``GlobalOptions``);
/// positional parameters are arguments named in capitals (`ID`); the others are `--flag VALUE`
/// options. A flag that collides with a global option is renamed `--query-FLAG` (or `--path-…`).
/// A paginated operation adds ``PageOptions``; a destructive one (HTTP `DELETE`) adds `--yes`/`-y`.
/// Help's USAGE, constraints and EXAMPLES all come from the descriptor.
struct OperationCommand<API: Sendable>: Sendable {
    /// Methods that change an existing resource: with an empty body they would send a change of nothing.
    static var updateMethods: Set<String> { ["PUT", "PATCH"] }
    /// The flag that skips the confirmation of a destructive command.
    static var yesFlag: String { "yes" }

    let operation: OperationDescriptor<API>
    let declaration: CommandDeclaration
    let environmentParameters: [ValueDescriptor]
    let positionalParameters: [ValueDescriptor]
    /// Option parameters with the option name each was declared under.
    let optionParameters: [(option: String, value: ValueDescriptor)]
    /// The body's options, when the operation sends a body.
    let body: BodyAssembler?
    /// `--all`, `--limit`, `--max-pages`, when the operation returns pages.
    let pages: PageOptions?
    /// `--yes`, when the operation is destructive (and the name is free).
    let yesOption: String?
    /// `--output-file`, when the answer is content (required when it is bytes).
    let outputFileOption: String?

    init(_ operation: OperationDescriptor<API>, globalNames: Set<String>) {
        self.operation = operation
        environmentParameters = operation.parameters.filter { $0.environment != nil }
        positionalParameters = operation.parameters.filter { $0.environment == nil && $0.isPositional }
        var taken = globalNames.union(["help", "h", BodyAssembler.bodyOption])
        var optionParameters: [(option: String, value: ValueDescriptor)] = []
        for parameter in operation.parameters where parameter.environment == nil && !parameter.isPositional {
            if let name = OptionNames.claim(parameter.flag, prefix: parameter.placement.rawValue, taken: &taken) {
                optionParameters.append((name, parameter))
            }
        }
        self.optionParameters = optionParameters
        var options = optionParameters.map { ValueText.option($0.option, for: $0.value, help: nil) }
        pages = operation.isPaginated ? PageOptions(taken: &taken) : nil
        options += pages?.declarations ?? []
        body = operation.bodyFields.map { BodyAssembler(fields: $0, kind: operation.bodyKind, taken: &taken) }
        options += body?.declarations ?? []
        outputFileOption = operation.resultContentType != nil && taken.insert(ResultWriter.outputFileFlag).inserted ? ResultWriter.outputFileFlag : nil
        if let outputFileOption, let mediaType = operation.resultContentType {
            options.append(OptionDeclaration(name: outputFileOption, kind: .value(placeholder: "PATH"), help: MediaType.isText(mediaType)
                ? "Write the answer (\(mediaType)) to this file instead of standard output."
                : "Write the answer (\(mediaType) bytes) to this file; required."))
        }
        yesOption = operation.isDestructive && taken.insert(Self.yesFlag).inserted ? Self.yesFlag : nil
        if let yesOption {
            options.append(OptionDeclaration(name: yesOption, kind: .flag, help: "Do not ask for confirmation (asked only when standard input is a terminal).",
                                             shortName: "y"))
        }
        let positionals = positionalParameters.map {
            PositionalDeclaration(name: ValueText.positionalName(for: $0), help: GlobalOptions.join($0.description ?? $0.name, $0.deprecation?.note), isOptional: !$0.isRequired)
        }
        let discussion = [operation.description, operation.deprecation.map { "Deprecated" + ($0.message.map { ": " + $0 } ?? ".") },
                          operation.warning.map { "Warning: \($0)" }, "\(operation.method) \(operation.pathTemplate)"]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        let required = optionParameters.filter(\.value.isRequired) + (body?.fields ?? []).filter(\.value.isRequired).map { ($0.option, $0.value) }
        var examples = [Self.example(positionals: positionalParameters, options: required)]
        if let pages { examples.append(GlobalOptions.join(examples[0], "--\(pages.all)")) }
        declaration = CommandDeclaration(name: operation.command, abstract: GlobalOptions.join(operation.summary, operation.deprecation?.note), discussion: discussion,
                                         options: options, positionals: positionals, examples: examples)
    }

    /// The arguments that give everything required, with the spec's example values (else the
    /// first allowed value, else the placeholder): `<ID>`, `--id my-mcp-server --name 'My MCP Server' …`.
    private static func example(positionals: [ValueDescriptor], options: [(option: String, value: ValueDescriptor)]) -> String {
        func sample(_ value: ValueDescriptor, placeholder: String) -> String {
            if let example = value.example { return ValueText.shellQuoted(example) }
            if let first = value.kind.allowedValues?.first { return first }
            return "<\(placeholder)>"
        }
        let words = positionals.filter(\.isRequired).map { sample($0, placeholder: ValueText.positionalName(for: $0)) }
            + options.map { "--\($0.option) " + sample($0.value, placeholder: ValueText.placeholder(for: $0.value)) }
        return words.joined(separator: " ")
    }

    /// The required options not given, flags first, then body fields not in the body either:
    /// `["--id", "--name"]`, and whether any of them could have come from `--body`.
    func missingOptions(_ parsed: ParsedCommand, requestBody: JSONValue?) -> (options: [String], inBody: Bool) {
        let flags = optionParameters.filter { $0.value.isRequired && parsed.value($0.option) == nil }.map { "--\($0.option)" }
        let fields = (body?.fields ?? []).filter { $0.value.isRequired && requestBody?[$0.value.name] == nil }.map { "--\($0.option)" }
        return (flags + fields, !fields.isEmpty)
    }

    /// The parameters' values as text, by parameter name; each checked against its kind.
    /// An environment-backed parameter takes its flag, else its variable. Missing option
    /// parameters are left to ``missingOptions(_:requestBody:)``, which names them all at once.
    func parameters(from parsed: ParsedCommand, environment: [String: String]) throws(Failure) -> [String: String] {
        var values: [String: String] = [:]
        let path = parsed.commandPath
        for parameter in environmentParameters {
            let variable = parameter.environment ?? ""
            if let text = parsed.value(parameter.flag) {
                values[parameter.name] = try checked(text, parameter, label: "--\(parameter.flag)", path)
            } else if let text = environment[variable], !text.isEmpty {
                values[parameter.name] = try checked(text, parameter, label: variable, path)
            } else if parameter.isRequired {
                let placeholder = ValueText.placeholder(for: parameter)
                throw .usage("missing --\(parameter.flag); pass --\(parameter.flag) <\(placeholder)> or set \(variable)", commandPath: path)
            }
        }
        for parameter in positionalParameters {
            let name = ValueText.positionalName(for: parameter)
            if let text = parsed.positional(name) { values[parameter.name] = try checked(text, parameter, label: "<\(name)>", path) }
        }
        for (option, parameter) in optionParameters where !parameter.isRepeatable {
            if let text = parsed.value(option) { values[parameter.name] = try checked(text, parameter, label: "--\(option)", path) }
        }
        return values
    }

    /// The values of array parameters, one per repetition of the option, in order; each checked against the items' kind.
    func lists(from parsed: ParsedCommand) throws(Failure) -> [String: [String]] {
        var lists: [String: [String]] = [:]
        for (option, parameter) in optionParameters where parameter.isRepeatable {
            let texts = parsed.values(option)
            guard !texts.isEmpty else { continue }
            var checkedTexts: [String] = []
            for text in texts { checkedTexts.append(try checked(text, parameter, label: "--\(option)", parsed.commandPath)) }
            lists[parameter.name] = checkedTexts
        }
        return lists
    }

    private func checked(_ text: String, _ parameter: ValueDescriptor, label: String, _ path: [String]) throws(Failure) -> String {
        var text = text
        if parameter.isSensitive, label.hasPrefix("--") { text = try BodyAssembler.secret(text, option: String(label.dropFirst(2)), path) }
        if let problem = ValueText.problem(text, kind: parameter.kind, isSensitive: parameter.isSensitive) {
            throw .usage("\(label): \(problem)", commandPath: path)
        }
        return text
    }
}

/// Option names within one command.
enum OptionNames {
    /// `flag` if it is free, else `prefix-flag` if that is free, else nil; marks the name taken.
    static func claim(_ flag: String, prefix: String, taken: inout Set<String>) -> String? {
        for name in [flag, "\(prefix)-\(flag)"] where taken.insert(name).inserted { return name }
        return nil
    }
}
