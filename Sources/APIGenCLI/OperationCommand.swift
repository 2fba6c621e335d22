import APIGenRuntime
import ArgumentParsing

/// One operation as a subcommand: its declaration, built from the descriptor, and the reading of
/// its parameters from a parsed command line.
///
/// Parameters with an environment variable are global options (see ``GlobalOptions``);
/// positional parameters are arguments named in capitals (`ID`); the others are `--flag VALUE`
/// options. A flag that collides with a global option is renamed `--query-FLAG` (or `--path-…`).
struct OperationCommand<API: Sendable>: Sendable {
    static var allFlag: String { "all" }
    /// Methods that change an existing resource: with an empty body they would send a change of nothing.
    static var updateMethods: Set<String> { ["PUT", "PATCH"] }

    let operation: OperationDescriptor<API>
    let declaration: CommandDeclaration
    let environmentParameters: [ValueDescriptor]
    let positionalParameters: [ValueDescriptor]
    /// Option parameters with the option name each was declared under.
    let optionParameters: [(option: String, value: ValueDescriptor)]
    /// The body's options, when the operation sends a body.
    let body: BodyAssembler?

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
        var options = optionParameters.map { Self.option($0.option, for: $0.value) }
        if operation.isPaginated, taken.insert(Self.allFlag).inserted {
            options.append(OptionDeclaration(name: Self.allFlag, kind: .flag,
                                             help: "Fetch every page and print all the items as one JSON array."))
        }
        body = operation.bodyFields.map { BodyAssembler(fields: $0, taken: &taken) }
        options += body?.declarations ?? []
        let positionals = positionalParameters.map {
            PositionalDeclaration(name: ValueText.positionalName(for: $0), help: $0.description ?? $0.name, isOptional: !$0.isRequired)
        }
        let discussion = [operation.description, operation.warning.map { "Warning: \($0)" }, "\(operation.method) \(operation.pathTemplate)"]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        declaration = CommandDeclaration(name: operation.command, abstract: operation.summary, discussion: discussion,
                                         options: options, positionals: positionals)
    }

    private static func option(_ name: String, for parameter: ValueDescriptor) -> OptionDeclaration {
        var allowed: [String]?
        if case .enumeration(let values) = parameter.kind { allowed = values }
        let help = GlobalOptions.join(parameter.description, parameter.isRequired ? "Required." : nil,
                                      parameter.isSensitive ? BodyAssembler.secretHelp : nil)
        return OptionDeclaration(name: name, kind: .value(placeholder: ValueText.placeholder(for: parameter)), help: help,
                                 allowedValues: allowed, defaultDescription: parameter.defaultValue)
    }

    /// The parameters' values as text, by parameter name; each checked against its kind.
    /// An environment-backed parameter takes its flag, else its variable.
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
        for (option, parameter) in optionParameters {
            if let text = parsed.value(option) {
                values[parameter.name] = try checked(text, parameter, label: "--\(option)", path)
            } else if parameter.isRequired {
                throw .usage("missing required option --\(option)", commandPath: path)
            }
        }
        return values
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
