/// Where a value sits inside a JSON document: a list of object keys and array indices.
///
/// It prints two ways: ``description`` as a dotted path for people (`updated_tools[2].alias`),
/// ``pointer`` as an RFC 6901 JSON Pointer for tools (`/updated_tools/2/alias`).
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public private(set) var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The empty path: the document itself.
    public static let root = JSONPath()

    public var isRoot: Bool { components.isEmpty }

    public func appending(_ key: String) -> JSONPath {
        var copy = self
        copy.components.append(.key(key))
        return copy
    }

    public func appending(index: Int) -> JSONPath {
        var copy = self
        copy.components.append(.index(index))
        return copy
    }

    public static func + (path: JSONPath, key: String) -> JSONPath { path.appending(key) }

    /// `updated_tools[2].alias`; keys that are not plain identifiers are quoted (`headers["X-Key"]`);
    /// the root prints as `$`.
    public var description: String {
        guard !components.isEmpty else { return "$" }
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key):
                if JSONPath.isPlainKey(key) {
                    if !text.isEmpty { text += "." }
                    text += key
                } else {
                    text += "[\"" + key.replacingQuotesAndBackslashes() + "\"]"
                }
            }
        }
        return text
    }

    /// The RFC 6901 JSON Pointer, e.g. `/models/MCPServer/fields/id`; the root is the empty string.
    public var pointer: String {
        var text = ""
        for component in components {
            text += "/"
            switch component {
            case .index(let index): text += String(index)
            case .key(let key): text += JSONPath.escapePointerToken(key)
            }
        }
        return text
    }

    /// Escapes `~` and `/` in one JSON Pointer token.
    public static func escapePointerToken(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var escaped = ""
        for character in token {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    private static func isPlainKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, !(first >= "0" && first <= "9") else { return false }
        return key.unicodeScalars.allSatisfy { scalar in
            (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
                || scalar == "_" || scalar == "$" || scalar == "-"
        }
    }
}

extension String {
    fileprivate func replacingQuotesAndBackslashes() -> String {
        var escaped = ""
        for character in self {
            if character == "\"" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

extension JSONValue {
    /// The value at a path below this one, or nil when there is none.
    public func value(at path: JSONPath) -> JSONValue? {
        var current = self
        for component in path.components {
            switch component {
            case .key(let key): guard let next = current[key] else { return nil }; current = next
            case .index(let index): guard let next = current[index] else { return nil }; current = next
            }
        }
        return current
    }
}
