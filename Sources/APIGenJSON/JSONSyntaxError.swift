/// Why and where a document is not valid JSON.
///
/// ``description`` reads `3:17: expected ',' or '}' after an object member, found 'x'`;
/// ``path`` names the value that was being parsed (`/models/Foo/fields`), so tools can
/// point at the enclosing member even when the line is long.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of syntax error.
    public enum Kind: Sendable, Hashable {
        /// The input ended where more was required (inside a string, after a ',', ...).
        case unexpectedEndOfInput
        /// A byte that cannot appear where it is, including a byte order mark.
        case unexpectedCharacter
        /// A number that breaks the JSON grammar (leading zero, missing digits).
        case invalidNumber
        /// A backslash followed by something other than `" \ / b f n r t u`.
        case invalidEscape
        /// `\u` without four hex digits, or a lone UTF-16 surrogate.
        case invalidUnicodeEscape
        /// Bytes that are not UTF-8 (overlong, surrogate, truncated or stray bytes).
        case invalidUTF8
        /// A raw control character (U+0000–U+001F) inside a string.
        case controlCharacterInString
        /// An object names this key twice (with ``JSONParseOptions/DuplicateKeyPolicy/reject``).
        case duplicateKey(String)
        /// Arrays and objects nest deeper than ``JSONParseOptions/maxDepth``.
        case tooDeep(limit: Int)
        /// The input is longer than ``JSONParseOptions/maxBytes``.
        case tooLarge(limit: Int)
        /// Something other than whitespace follows the top-level value.
        case trailingContent
        /// The input is empty or only whitespace.
        case emptyInput
    }

    public var kind: Kind
    /// Where the problem is; for ``Kind/duplicateKey(_:)`` the second occurrence of the key.
    public var location: SourceLocation
    /// The value being parsed when parsing failed; for a duplicate key, the duplicated member.
    public var path: JSONPath
    /// What went wrong and what was expected, without the location.
    public var message: String

    public init(kind: Kind, location: SourceLocation, path: JSONPath, message: String) {
        self.kind = kind
        self.location = location
        self.path = path
        self.message = message
    }

    /// `line:column: message`.
    public var description: String { "\(location): \(message)" }
}
