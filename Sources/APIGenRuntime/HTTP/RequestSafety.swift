import Foundation

/// Last checks before a request leaves the process. Error messages name the problem (and the
/// header name when it is a valid one) but never echo a header value.
@_spi(Generated) public enum RequestSafety {
    /// Headers that carry credentials in the APIs this runtime serves; their presence alone
    /// makes a request count as carrying credentials.
    public static let credentialHeaderNames: Set<String> = [
        "authorization", "proxy-authorization", "cookie", "x-auth-key", "x-auth-email", "x-auth-user-service-key",
    ]

    /// Refuses a request that must not be sent:
    /// - a scheme other than `http` or `https`, or no host;
    /// - a header name that is not an RFC 9110 token, or a value with CR, LF, NUL or another
    ///   control character (header injection);
    /// - credentials over plain `http` to a host that is not loopback (`localhost`, `127.x.x.x`,
    ///   `::1`). A request carries credentials when `carriesCredentials` says so, when it has a
    ///   header from ``credentialHeaderNames``, or when its URL has a password.
    ///
    /// - Throws: ``APIClientError/invalidConfiguration(_:)``; nothing was sent.
    public static func check(_ request: HTTPRequest, carriesCredentials: Bool) throws(APIClientError) {
        let scheme = request.url.scheme?.lowercased() ?? ""
        guard scheme == "http" || scheme == "https" else {
            throw .invalidConfiguration("only http and https URLs can be sent, not '\(scheme)'")
        }
        guard let host = request.url.host, !host.isEmpty else {
            throw .invalidConfiguration("the request URL has no host")
        }
        var hasCredentials = carriesCredentials || request.url.password != nil
        for (index, field) in request.headers.enumerated() {
            guard isToken(field.name) else {
                throw .invalidConfiguration(
                    "header #\(index + 1) has a name that is not a valid HTTP token (empty, or with spaces, separators or control characters); refusing to send")
            }
            guard isValidValue(field.value) else {
                throw .invalidConfiguration(
                    "the value of header '\(field.name)' contains a line break, NUL or other control character; refusing to send")
            }
            if credentialHeaderNames.contains(field.name.lowercased()) { hasCredentials = true }
        }
        if scheme == "http" && hasCredentials && !isLoopback(host: host) {
            throw .invalidConfiguration(
                "refusing to send credentials over plain http to '\(host)'; use https (plain http is allowed only for loopback hosts)")
        }
    }

    /// Whether `host` is this machine: `localhost`, any `127.x.x.x` address, or `::1`
    /// (with or without brackets). A name like `127.0.0.1.example.com` is not, and neither are
    /// `localhost.` and `127.0.0.1.`: with a trailing dot they are names resolved through DNS.
    public static func isLoopback(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") && name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name == "localhost" || name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        let values = octets.compactMap { octet -> Int? in
            guard (1...3).contains(octet.count), octet.allSatisfy(\.isASCII), octet.allSatisfy(\.isNumber) else { return nil }
            return Int(octet).flatMap { $0 <= 255 ? $0 : nil }
        }
        return values.count == 4 && values[0] == 127
    }

    /// RFC 9110 §5.6.2: `token = 1*tchar`.
    public static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                true
            default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
            }
        }
    }

    /// A field value may hold visible characters, spaces, tabs and non-ASCII bytes, but no
    /// control characters: CR and LF would start a new header line, NUL truncates in some stacks.
    public static func isValidValue(_ value: String) -> Bool {
        value.utf8.allSatisfy { $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }
    }
}
