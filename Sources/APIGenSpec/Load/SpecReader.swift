import APIGenJSON
import APIGenRuntime

/// Reads typed values out of a parsed spec document, recording a located diagnostic for every
/// problem instead of stopping at the first.
final class SpecReader {
    let file: String
    private(set) var diagnostics: [SpecDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    func location(_ path: JSONPath) -> SpecLocation {
        SpecLocation(file: file, path: path)
    }

    /// The location of a member's key (better for "unknown key" messages).
    func keyLocation(_ path: JSONPath) -> SpecLocation {
        SpecLocation(file: file, path: path, prefersKey: true)
    }

    func error(_ message: String, at path: JSONPath) {
        diagnostics.append(SpecDiagnostic(location: location(path), message: message))
    }

    func error(_ message: String, at location: SpecLocation) {
        diagnostics.append(SpecDiagnostic(location: location, message: message))
    }

    /// The members of an object, after checking it has only `allowed` keys and every `required` one.
    func object(_ value: JSONValue, at path: JSONPath, allowed: [String], required: [String] = [], what: String) -> JSONObject? {
        guard case .object(let object) = value else {
            error("\(what) must be an object, found \(value.kind)", at: path)
            return nil
        }
        for key in object.keys where !allowed.contains(key) {
            let suggestion = closest(to: key, in: allowed).map { "; did you mean '\($0)'?" } ?? ""
            diagnostics.append(SpecDiagnostic(
                location: keyLocation(path + key),
                message: "unknown key '\(key)' in \(what)\(suggestion) (expected one of: \(allowed.joined(separator: ", ")))"
            ))
        }
        for key in required where object[key] == nil {
            error("\(what) is missing the required key '\(key)'", at: path)
        }
        return object
    }

    func string(_ object: JSONObject, _ key: String, at path: JSONPath) -> String? {
        guard let value = object[key] else { return nil }
        guard case .string(let string) = value else {
            error("'\(key)' must be a string, found \(value.kind)", at: path + key)
            return nil
        }
        return string
    }

    /// A string that must be non-empty and a usable name (letters, digits, `_`, `-`, `.`).
    func name(_ object: JSONObject, _ key: String, at path: JSONPath) -> String? {
        guard let value = string(object, key, at: path) else { return nil }
        guard isName(value) else {
            error("'\(key)' must be a non-empty name of letters, digits, '_', '-' or '.', found \(JSONSerializer.string(.string(value)))", at: path + key)
            return nil
        }
        return value
    }

    func bool(_ object: JSONObject, _ key: String, at path: JSONPath) -> Bool? {
        guard let value = object[key] else { return nil }
        guard case .bool(let bool) = value else {
            error("'\(key)' must be true or false, found \(value.kind)", at: path + key)
            return nil
        }
        return bool
    }

    /// `"deprecated"`: `true`, or a message saying what to use instead (not empty); `false` or absent: nil.
    func deprecation(_ object: JSONObject, at path: JSONPath) -> Deprecation? {
        switch object["deprecated"] {
        case nil, .bool(false)?: return nil
        case .bool(true)?: return Deprecation()
        case .string(let message)? where message.contains(where: { !$0.isWhitespace }): return Deprecation(message: message)
        case .string?:
            error("'deprecated' must not be an empty message; use true for no message", at: path + "deprecated")
            return nil
        case let value?:
            error("'deprecated' must be true, false or a message (a string), found \(value.kind)", at: path + "deprecated")
            return nil
        }
    }

    func integer(_ object: JSONObject, _ key: String, at path: JSONPath, range: ClosedRange<Int>? = nil) -> Int? {
        guard let value = object[key] else { return nil }
        guard case .number(let number) = value, let integer = number.intValue else {
            error("'\(key)' must be a whole number, found \(value.kind == .number ? value.description : value.kind.description)", at: path + key)
            return nil
        }
        if let range, !range.contains(integer) {
            error("'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(integer)", at: path + key)
            return nil
        }
        return integer
    }

    func number(_ object: JSONObject, _ key: String, at path: JSONPath) -> Double? {
        guard let value = object[key] else { return nil }
        guard case .number(let number) = value else {
            error("'\(key)' must be a number, found \(value.kind)", at: path + key)
            return nil
        }
        return number.doubleValue
    }

    func stringArray(_ object: JSONObject, _ key: String, at path: JSONPath) -> [String]? {
        guard let value = object[key] else { return nil }
        guard case .array(let elements) = value else {
            error("'\(key)' must be an array of strings, found \(value.kind)", at: path + key)
            return nil
        }
        var strings: [String] = []
        for (index, element) in elements.enumerated() {
            if case .string(let string) = element {
                strings.append(string)
            } else {
                error("'\(key)' must contain only strings, found \(element.kind)", at: (path + key).appending(index: index))
            }
        }
        return strings
    }

    /// The value of a key that must be one of `choices`.
    func choice<Choice: RawRepresentable & CaseIterable>(_ object: JSONObject, _ key: String, at path: JSONPath, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        choice(object, key, at: path, among: Array(Choice.allCases))
    }

    /// One of `choices`, by raw value; anything else is reported with the closest choice.
    func choice<Choice: RawRepresentable>(_ object: JSONObject, _ key: String, at path: JSONPath, among choices: [Choice]) -> Choice?
    where Choice.RawValue == String {
        guard let raw = string(object, key, at: path) else { return nil }
        if let choice = choices.first(where: { $0.rawValue == raw }) { return choice }
        let names = choices.map(\.rawValue)
        let suggestion = closest(to: raw, in: names).map { "; did you mean '\($0)'?" } ?? ""
        error("'\(key)' must be one of \(names.joined(separator: ", ")), found '\(raw)'\(suggestion)", at: path + key)
        return nil
    }

    private func isName(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" || scalar == "."
        }
    }
}

/// The candidate within edit distance 2 of `word`, if one is clearly closest.
func closest(to word: String, in candidates: [String]) -> String? {
    // Lengths that differ by more than 2 cannot be within distance 2; skipping them keeps a
    // megabyte-long typo from costing seconds per candidate.
    let length = word.unicodeScalars.count
    let scored = candidates.filter { abs($0.unicodeScalars.count - length) <= 2 }
        .map { ($0, editDistance(word.lowercased(), $0.lowercased())) }.filter { $0.1 <= 2 }
    return scored.min { $0.1 < $1.1 }?.0
}

private func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs.unicodeScalars)
    let right = Array(rhs.unicodeScalars)
    guard !left.isEmpty else { return right.count }
    guard !right.isEmpty else { return left.count }
    var previous = Array(0...right.count)
    for (i, l) in left.enumerated() {
        var current = [i + 1] + Array(repeating: 0, count: right.count)
        for (j, r) in right.enumerated() {
            current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (l == r ? 0 : 1))
        }
        previous = current
    }
    return previous[right.count]
}
