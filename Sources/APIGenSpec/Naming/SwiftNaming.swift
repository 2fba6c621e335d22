/// Turns spec names (`account_id`, `is_shared_oauth_callback_enabled`, `mcp-portals`) into idiomatic
/// Swift names (`accountID`, `isSharedOAuthCallbackEnabled`). It lives with the spec because the
/// validator must see the names the translator will emit to report clashes.
public enum SwiftNaming {
    /// Words written in capitals (or a fixed casing) inside a camel-case name.
    static let acronyms: [String: String] = [
        "api": "API", "cpu": "CPU", "dcr": "DCR", "dns": "DNS", "html": "HTML", "http": "HTTP", "https": "HTTPS", "id": "ID",
        "ids": "IDs", "ip": "IP", "json": "JSON", "jwt": "JWT", "mcp": "MCP", "oauth": "OAuth", "sdk": "SDK", "sql": "SQL",
        "ssl": "SSL", "tls": "TLS", "ttl": "TTL", "ui": "UI", "uri": "URI", "uris": "URIs", "url": "URL", "urls": "URLs",
        "uuid": "UUID", "xml": "XML",
    ]

    /// Swift keywords; as member names they are written in backticks.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal",
        "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct",
        "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "false",
        "is", "nil", "super", "throws", "true", "try", "await", "async", "any", "some", "consume", "copy", "discard", "each",
    ]

    /// Names that cannot be used even in backticks as members, or that mean something else there.
    static let renamedMembers: Set<String> = ["self", "Self", "Type", "Protocol", "init", "super", "_"]

    /// `is_shared_oauth_callback_enabled` → `isSharedOAuthCallbackEnabled`; `2fa` → `_2fa`.
    public static func memberName(_ name: String) -> String {
        let words = splitWords(name)
        guard let first = words.first else { return placeholderName(for: name) }
        var result = acronyms[first.lowercased()].map { _ in first.lowercased() } ?? lowercasingFirst(first)
        for word in words.dropFirst() { result += capitalized(word) }
        if let scalar = result.unicodeScalars.first, ("0"..."9").contains(scalar) { result = "_" + result }
        return result
    }

    /// `mcp_server` → `MCPServer`; a name that is already UpperCamelCase is kept.
    public static func typeName(_ name: String) -> String {
        let words = splitWords(name)
        guard !words.isEmpty else { return placeholderName(for: name).uppercasedFirst() }
        var result = words.map(capitalized).joined()
        if let scalar = result.unicodeScalars.first, ("0"..."9").contains(scalar) { result = "_" + result }
        return result
    }

    /// `list` → `--list`-style flag name: `per_page` → `per-page`, `isUpstream` → `is-upstream`.
    public static func flagName(_ name: String) -> String {
        splitWords(name).map { $0.lowercased() }.joined(separator: "-")
    }

    /// A member name as written in declarations: keywords in backticks.
    public static func escapedMember(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// Whether a member name needs renaming (it cannot be written, even in backticks).
    public static func isUnusableMember(_ name: String) -> Bool { renamedMembers.contains(name) }

    /// Words of a name, split at `_`, `-`, `.`, spaces, other punctuation and lower→upper case changes.
    /// Letters and digits of any script are kept; other characters separate words.
    static func splitWords(_ name: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        let scalars = Array(name.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            // ASCII is decided without Unicode property tables (the common case, and much cheaper).
            let isWordScalar = scalar.isASCII
                ? (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
                : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) && scalar.properties.isXIDContinue
            guard isWordScalar else {
                flush()
                previous = nil
                continue
            }
            if let previous, isUppercase(scalar) {
                let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                // "isUpstream" splits before U; "MCPServer" splits before the S of "Server".
                if isLowercase(previous) || isDigit(previous) || (isUppercase(previous) && next.map(isLowercase) ?? false) {
                    flush()
                }
            }
            current.append(scalar)
            previous = scalar
        }
        flush()
        return words
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar >= "A" && scalar <= "Z" : scalar.properties.isUppercase
    }

    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar >= "a" && scalar <= "z" : scalar.properties.isLowercase
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar >= "0" && scalar <= "9" : scalar.properties.numericType != nil
    }

    private static func capitalized(_ word: String) -> String {
        if let acronym = acronyms[word.lowercased()] { return acronym }
        // An acronym before digits keeps its casing: `mcp22` → `MCP22`.
        let letters = word.unicodeScalars.prefix { !isDigit($0) }
        if letters.count < word.unicodeScalars.count, let acronym = acronyms[String(letters).lowercased()] {
            return acronym + String(word.unicodeScalars.dropFirst(letters.count))
        }
        return word.uppercasedFirst()
    }

    private static func lowercasingFirst(_ word: String) -> String {
        // An all-caps word ("URL") becomes all lowercase at the start of a name ("url").
        if word.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) { return word.lowercased() }
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }

    /// A name made of no letters or digits (`_`, `🚀`): spelled by its scalars so it stays unique.
    private static func placeholderName(for name: String) -> String {
        "_" + name.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: "_")
    }
}

extension String {
    /// The text with its first character in upper case (`name` → `Name`).
    public func uppercasedFirst() -> String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
