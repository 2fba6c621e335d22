@_spi(Redaction) import APIGenRuntime
import Foundation
import ArgumentParsing

/// Keeps the values of sensitive parameters and body fields out of every message.
///
/// Messages are built not to quote sensitive values; this is the second line of defence, for
/// text the tool does not control (a mistyped command line, the API's own error messages).
/// Values shorter than ``minimumLength`` are left alone: they are not secrets, and replacing
/// them would garble messages.
struct Redactor: Sendable {
    static let minimumLength = 4
    static let replacement = "<redacted>"

    private(set) var secrets: Set<String> = []

    /// Takes the values following sensitive options in the raw arguments (`--secret VALUE`,
    /// `--secret=VALUE`), before they are parsed, wherever they appear.
    init(arguments: [String], sensitiveOptions: Set<String>) {
        for (index, token) in arguments.enumerated() where token.hasPrefix("--") {
            let body = token.dropFirst(2)
            if let equals = body.firstIndex(of: "=") {
                if sensitiveOptions.contains(String(body[..<equals])) { add(String(body[body.index(after: equals)...])) }
            } else if sensitiveOptions.contains(String(body)), index + 1 < arguments.count {
                add(arguments[index + 1])
            }
        }
    }

    mutating func add(_ secret: String?) {
        guard let secret, secret.count >= Self.minimumLength else { return }
        secrets.insert(secret)
    }

    /// The values the credentials send (the token, the key), so a server that echoes one
    /// (`invalid token: Bearer …`) does not get it printed.
    mutating func add(_ credentials: Credentials) {
        for secret in credentials.secretValues { add(secret) }
    }

    /// The user and password of a URL (`https://user:pass@host`).
    mutating func add(userInfoOf url: URL) {
        add(url.user)
        add(url.password)
    }

    /// Every string inside `value`.
    mutating func add(_ value: JSONValue?) {
        switch value {
        case .string(let text)?: add(text)
        case .array(let elements)?: for element in elements { add(element) }
        case .object(let object)?: for member in object { add(member.value) }
        default: break
        }
    }

    /// The sensitive values of one parsed command: parameters (from options, positionals or the
    /// environment) and body members.
    mutating func add<API>(_ command: OperationCommand<API>, _ parsed: ParsedCommand, environment: [String: String], body: JSONValue?) {
        for parameter in command.environmentParameters where parameter.isSensitive {
            add(parsed.value(parameter.flag))
            add(parameter.environment.flatMap { environment[$0] })
        }
        for parameter in command.positionalParameters where parameter.isSensitive {
            add(parsed.positional(ValueText.positionalName(for: parameter)))
        }
        for (option, parameter) in command.optionParameters where parameter.isSensitive { add(parsed.value(option)) }
        for field in command.body?.fields ?? [] where field.value.isSensitive {
            add(parsed.value(field.option))
            add(body?[field.value.name])
        }
    }

    /// `text` with every secret replaced, the longest first (so that one containing another goes whole).
    func redact(_ text: String) -> String {
        secrets.sorted { $0.count > $1.count }.reduce(text) { $0.replacingOccurrences(of: $1, with: Self.replacement) }
    }
}

extension OperationCommand {
    /// The names of the options whose values are sensitive.
    var sensitiveOptions: Set<String> {
        var names = Set(environmentParameters.filter(\.isSensitive).map(\.flag))
        names.formUnion(optionParameters.filter(\.value.isSensitive).map(\.option))
        names.formUnion((body?.fields ?? []).filter(\.value.isSensitive).map(\.option))
        return names
    }
}
