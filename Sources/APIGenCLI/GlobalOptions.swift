import APIGenRuntime
import ArgumentParsing
import Foundation

/// The options every command accepts, declared once on the root command: the tool's own
/// (`--base-url`, `--max-retries`, `--timeout`, `--output`, `--version`) and every parameter that can come
/// from the environment (`--account-id`, or `CLOUDFLARE_ACCOUNT_ID`).
struct GlobalOptions: Sendable {
    static let baseURL = "base-url"
    static let maxRetries = "max-retries"
    static let timeout = "timeout"
    static let version = "version"
    static let output = "output"
    static let retryRange = 0...10
    /// The longest accepted timeout, in seconds (far beyond any use; keeps `Duration` in range).
    static let maximumTimeout = 1e9

    /// Parameters read from the environment when their flag is absent, one per flag.
    let environmentParameters: [ValueDescriptor]

    init<API>(_ description: CommandLineDescription<API>) {
        var seen = Set<String>()
        var parameters: [ValueDescriptor] = []
        for operation in description.operations {
            for parameter in operation.parameters where parameter.environment != nil && seen.insert(parameter.flag).inserted {
                parameters.append(parameter)
            }
        }
        environmentParameters = parameters
    }

    /// Every global option name, so that commands can avoid them.
    var names: Set<String> {
        Set([Self.baseURL, Self.maxRetries, Self.timeout, Self.output, Self.version] + environmentParameters.map(\.flag))
    }

    func declarations<API>(_ description: CommandLineDescription<API>) -> [OptionDeclaration] {
        let defaults = description.makeConfiguration(description.defaultBaseURL, nil)
        var options = environmentParameters.map { parameter in
            OptionDeclaration(
                name: parameter.flag, kind: .value(placeholder: ValueText.placeholder(for: parameter)),
                help: Self.join(parameter.description, "(or \(parameter.environment ?? ""))"))
        }
        let baseURLHelp = Self.join("The API's base URL.", description.baseURLEnvironment.map { "(or \($0))" })
        options += [
            OptionDeclaration(name: Self.baseURL, kind: .value(placeholder: "URL"), help: baseURLHelp,
                              defaultDescription: description.defaultBaseURL.absoluteString),
            OptionDeclaration(name: Self.maxRetries, kind: .value(placeholder: "N"),
                              help: "Retries after a failed attempt, \(Self.retryRange.lowerBound)…\(Self.retryRange.upperBound).",
                              defaultDescription: String(defaults.retryPolicy.maxRetries)),
            OptionDeclaration(name: Self.timeout, kind: .value(placeholder: "SECONDS"),
                              help: "The time limit of each attempt, in seconds.",
                              defaultDescription: Self.seconds(defaults.timeout)),
            OptionDeclaration(name: Self.output, kind: .value(placeholder: "FORMAT"),
                              help: "How results are printed: json (one JSON value; the contract for scripts) or table "
                                + "(the scalar fields of each item as aligned columns, for reading).",
                              allowedValues: OutputFormat.allCases.map(\.rawValue), defaultDescription: OutputFormat.json.rawValue),
            OptionDeclaration(name: Self.version, kind: .flag, help: "Show the version."),
        ]
        return options
    }

    /// The connection settings of one run.
    struct Settings {
        var baseURL: URL
        var timeout: Duration?
        var maxRetries: Int?
        var output: OutputFormat
    }

    /// Reads `--base-url` (else the base URL variable, else the default), `--max-retries`, `--timeout` and `--output`.
    static func settings<API>(_ parsed: ParsedCommand, _ description: CommandLineDescription<API>,
                              environment: [String: String]) throws(UsageError) -> Settings {
        var baseURL = description.defaultBaseURL
        if let text = parsed.value(Self.baseURL) {
            baseURL = try url(text, parsed: parsed, source: nil)
        } else if let variable = description.baseURLEnvironment, let text = environment[variable], !text.isEmpty {
            baseURL = try url(text, parsed: parsed, source: variable)
        }
        let maxRetries = try parsed.int(Self.maxRetries, range: retryRange)
        var timeout: Duration?
        if let seconds = try parsed.double(Self.timeout) {
            guard seconds > 0, seconds <= maximumTimeout else {
                throw parsed.invalid(Self.timeout, "expected a number of seconds greater than 0, found '\(parsed.value(Self.timeout) ?? "")'")
            }
            timeout = .milliseconds(Int64((seconds * 1000).rounded(.up)))
        }
        let output = parsed.value(Self.output).flatMap(OutputFormat.init(rawValue:)) ?? .json  // the parser checked the value
        return Settings(baseURL: baseURL, timeout: timeout, maxRetries: maxRetries, output: output)
    }

    private static func url(_ text: String, parsed: ParsedCommand, source: String?) throws(UsageError) -> URL {
        if let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
           let host = url.host, !host.isEmpty {
            return url
        }
        let origin = source.map { " (from \($0))" } ?? ""
        throw parsed.invalid(Self.baseURL, "expected an http or https URL\(origin), found '\(text)'")
    }

    /// `60` or `2.5`: a duration in seconds, as help shows it.
    static func seconds(_ duration: Duration) -> String {
        let parts = duration.components
        let seconds = Double(parts.seconds) + Double(parts.attoseconds) / 1e18
        return JSONNumber(seconds).text
    }

    static func join(_ parts: String?...) -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
