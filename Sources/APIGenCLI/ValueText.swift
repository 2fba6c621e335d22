import APIGenRuntime
import ArgumentParsing
import Foundation

/// How the values of parameters and body fields are written on a command line and checked.
enum ValueText {
    /// The placeholder shown in help: `N` for numbers, `true|false` for booleans, otherwise the
    /// last word of the flag in capitals (`--account-id <ID>`, `--auth-type <TYPE>`).
    static func placeholder(for value: ValueDescriptor) -> String {
        switch value.kind {
        case .integer, .number, .integerEnumeration: return "N"
        case .boolean: return "true|false"
        case .file: return "@FILE"
        case .string, .enumeration:
            let word = value.flag.split(separator: "-").last.map { $0.uppercased() } ?? ""
            return word.isEmpty ? "VALUE" : word
        }
    }

    /// The name of a positional argument: the parameter's name in capitals (`ID`).
    static func positionalName(for value: ValueDescriptor) -> String {
        String(value.name.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// What is wrong with `text` as a value of `kind`, or nil when it is fine. Enumerations are
    /// checked only when `checkEnumeration` is set. A sensitive value is never quoted.
    static func problem(_ text: String, kind: ValueDescriptor.Kind, isSensitive: Bool, checkEnumeration: Bool = true) -> String? {
        let expected: String
        switch kind {
        case .string, .file:
            return nil
        case .integer:
            if Int(text) != nil { return nil }
            expected = "a whole number"
        case .number:
            if let number = Double(text), number.isFinite { return nil }
            expected = "a number"
        case .boolean:
            if text == "true" || text == "false" { return nil }
            expected = "'true' or 'false'"
        case .enumeration, .integerEnumeration:
            let allowed = kind.allowedValues ?? []
            if !checkEnumeration || allowed.contains(text) { return nil }
            expected = "one of: " + allowed.joined(separator: ", ")
        }
        return isSensitive ? "expected \(expected)" : "expected \(expected), found '\(text)'"
    }

    /// `text` as JSON for a body field of `kind`; nil when it is not a value of that kind.
    /// Enumerations are not checked here: the parser checks the values an option allows.
    static func json(_ text: String, kind: ValueDescriptor.Kind) -> JSONValue? {
        switch kind {
        case .string, .enumeration:
            return .string(text)
        case .integer, .integerEnumeration:
            return Int(text).map { .number(JSONNumber($0)) }
        case .number:
            if let literal = JSONNumber(text: text) { return .number(literal) }
            guard let number = Double(text), number.isFinite else { return nil }
            return .number(JSONNumber(number))
        case .boolean:
            switch text {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return nil
            }
        case .file:
            return nil  // read by FileArgument
        }
    }
}

extension ValueText {
    /// `text` as a shell word: as it is when it holds only safe characters, else in single quotes.
    static func shellQuoted(_ text: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,")
        if !text.isEmpty, text.allSatisfy(safe.contains) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// The declaration of a parameter's or body field's option: placeholder, allowed values, default,
    /// constraints and whether it is required, all from the catalog. `help` replaces the description.
    static func option(_ name: String, for value: ValueDescriptor, help: String?) -> OptionDeclaration {
        var allowed: [String]?
        if !value.isSensitive { allowed = value.kind.allowedValues }
        let text = GlobalOptions.join(help ?? value.description, value.isSensitive ? BodyAssembler.secretHelp : nil,
                                      value.kind == .file ? FileArgument.help : nil,
                                      value.deprecation?.note)
        return OptionDeclaration(name: name, kind: .value(placeholder: ValueText.placeholder(for: value)), help: text,
                                 isRepeatable: value.isRepeatable, allowedValues: allowed, defaultDescription: value.defaultValue, isRequired: value.isRequired,
                                 constraints: value.constraints)
    }
}
