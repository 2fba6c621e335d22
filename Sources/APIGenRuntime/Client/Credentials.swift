/// How a client authenticates: the headers one authentication scheme of the spec sends.
///
/// Generated clients add one factory per scheme (`.apiToken(_:)`, `.apiKey(email:key:)`).
/// Descriptions never show the values.
public struct Credentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The spec's name for the scheme, e.g. `apiToken`.
    public let scheme: String
    let headers: HTTPHeaders

    /// Credentials sent as these header fields.
    public init(scheme: String, headers: HTTPHeaders) {
        self.scheme = scheme
        self.headers = headers
    }

    /// The names of the headers these credentials set, for redaction.
    public var headerNames: [String] { headers.map(\.name) }

    /// The secrets these credentials send, for a redactor to mask in text a server echoes:
    /// each header's value and, for `Scheme value` (`Bearer tok`), the value alone.
    @_spi(Redaction) public var secretValues: [String] {
        headers.flatMap { field -> [String] in
            let parts = field.value.split(separator: " ", maxSplits: 1)
            return parts.count == 2 ? [field.value, String(parts[1])] : [field.value]
        }
    }

    public var description: String { "Credentials(\(scheme), headers: \(headerNames.joined(separator: ", ")), values redacted)" }

    public var debugDescription: String { description }

    public var customMirror: Mirror { Mirror(self, children: ["scheme": scheme, "headers": headerNames], displayStyle: .struct) }
}
