#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The string formats the spec format knows.
public enum StringFormat: String, Sendable, CaseIterable {
    /// An absolute URI (RFC 3986): a scheme, a colon and no spaces or control characters.
    case uri
    /// An RFC 3339 date-time.
    case dateTime = "date-time"
    /// An RFC 3339 full-date: `2025-01-31`.
    case date
    /// A UUID in its 8-4-4-4-12 hexadecimal form, either case.
    case uuid
    /// An email address: one `@` between a local part and a domain, no spaces or control characters. (Deliberately
    /// lenient: the server is the judge of what it delivers to; this catches what cannot be an address.)
    case email
    /// An RFC 1123 host name: dot-separated labels of letters, digits and hyphens, 1–63 characters each, 253 in all.
    case hostname
    /// An IPv4 address in dotted-quad form, without leading zeros.
    case ipv4
    /// An IPv6 address in any RFC 4291 text form.
    case ipv6
    /// An IPv4 or IPv6 address.
    case ip
    /// An IPv4 or IPv6 network in CIDR notation: an address, `/` and a prefix length (`10.0.0.0/8`, `2001:db8::/32`).
    case cidr
    /// Bytes in base64 (RFC 4648 §4: the standard alphabet, padded to a multiple of 4 characters).
    case byte
    /// A URI or a relative reference (RFC 3986): URI characters and percent-encodings only.
    case uriReference = "uri-reference"
    /// A URI template (RFC 6570): URI characters, and expressions in braces, neither empty nor nested.
    case uriTemplate = "uri-template"

    /// Whether the format is a check on a `String` (every format but `date-time`, whose values are ``Timestamp``s).
    public var checksString: Bool { self != .dateTime }

    /// Whether `value` is in this format.
    public func accepts(_ value: String) -> Bool {
        switch self {
        case .uri: StringFormat.isAbsoluteURI(value)
        case .dateTime: Timestamp(rfc3339: value) != nil
        case .date: StringFormat.isFullDate(value)
        case .uuid: StringFormat.isUUID(value)
        case .email: StringFormat.isEmail(value)
        case .hostname: StringFormat.isHostname(value)
        case .ipv4: StringFormat.isIPv4(value)
        case .ipv6: StringFormat.isIPv6(value)
        case .ip: StringFormat.isIPv4(value) || StringFormat.isIPv6(value)
        case .cidr: StringFormat.isCIDR(value)
        case .byte: StringFormat.isBase64(value)
        case .uriReference: StringFormat.isURIReference(Array(value.unicodeScalars)[...])
        case .uriTemplate: StringFormat.isURITemplate(value)
        }
    }

    /// The format in words, for messages and documentation: "an absolute URI".
    public var phrase: String {
        switch self {
        case .uri: "an absolute URI"
        case .dateTime: "an RFC 3339 date-time"
        case .date: "an RFC 3339 date (YYYY-MM-DD)"
        case .uuid: "a UUID"
        case .email: "an email address"
        case .hostname: "a host name"
        case .ipv4: "an IPv4 address"
        case .ipv6: "an IPv6 address"
        case .ip: "an IP address"
        case .cidr: "a CIDR network (address/prefix)"
        case .byte: "base64"
        case .uriReference: "a URI reference"
        case .uriTemplate: "a URI template"
        }
    }

    private static func isCIDR(_ value: String) -> Bool {
        guard let slash = value.lastIndex(of: "/") else { return false }
        let address = String(value[..<slash]), prefix = Array(value[value.index(after: slash)...].utf8)
        guard (1...3).contains(prefix.count), prefix.count == 1 || prefix[0] != UInt8(ascii: "0"), let length = number(prefix[...]) else { return false }
        return isIPv4(address) ? length <= 32 : isIPv6(address) && length <= 128
    }

    private static func isBase64(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count % 4 == 0 else { return false }
        let padding = bytes.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        guard padding <= 2 else { return false }
        return bytes.dropLast(padding).allSatisfy { byte in
            let scalar = Unicode.Scalar(byte)
            return isLetter(scalar) || isDigit(scalar) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
        }
    }

    /// RFC 3986 characters only: unreserved, reserved and well-formed percent-encodings (a relative reference may be empty).
    private static func isURIReference(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "%" {
                guard index + 2 < scalars.endIndex, scalars[index + 1].properties.isASCIIHexDigit, scalars[index + 2].properties.isASCIIHexDigit
                else { return false }
                index += 3
                continue
            }
            guard isLetter(scalar) || isDigit(scalar) || uriPunctuation.contains(scalar) else { return false }
            index += 1
        }
        return true
    }

    /// URI characters outside braces; inside, a non-empty expression of variable names, operators and modifiers.
    private static func isURITemplate(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        let expression: Set<Unicode.Scalar> = ["+", "#", ".", "/", ";", "?", "&", "=", ",", "!", "@", "|", "_", "*", ":", "%"]
        var index = 0, literalStart = 0
        while index < scalars.count {
            switch scalars[index] {
            case "{":
                guard isURIReference(scalars[literalStart..<index]), let close = scalars[index...].firstIndex(of: "}"), close > index + 1,
                      scalars[(index + 1)..<close].allSatisfy({ isLetter($0) || isDigit($0) || expression.contains($0) })
                else { return false }
                index = close + 1
                literalStart = index
            case "}":
                return false
            default:
                index += 1
            }
        }
        return isURIReference(scalars[literalStart...])
    }

    private static let uriPunctuation: Set<Unicode.Scalar> = ["-", ".", "_", "~", ":", "/", "?", "#", "[", "]", "@", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", "%"]

    private static func isFullDate(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]),
              (1...12).contains(month), day >= 1
        else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    private static func isUUID(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else if !Unicode.Scalar(byte).properties.isASCIIHexDigit {
                return false
            }
        }
        return true
    }

    private static func isEmail(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.count <= 64, !parts[1].isEmpty, value.utf8.count <= 254 else { return false }
        return value.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }
    }

    private static func isHostname(_ value: String) -> Bool {
        let labels = value.split(separator: ".", omittingEmptySubsequences: false)
        guard !value.isEmpty, value.utf8.count <= 253 else { return false }
        return labels.allSatisfy { label in
            let bytes = Array(label.utf8)
            return (1...63).contains(bytes.count) && bytes.first != UInt8(ascii: "-") && bytes.last != UInt8(ascii: "-")
                && bytes.allSatisfy { byte in
                    let scalar = Unicode.Scalar(byte)
                    return isLetter(scalar) || isDigit(scalar) || byte == UInt8(ascii: "-")
                }
        }
    }

    private static func isIPv4(_ value: String) -> Bool {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            let bytes = Array(part.utf8)
            guard (1...3).contains(bytes.count), bytes.count == 1 || bytes[0] != UInt8(ascii: "0"), let octet = number(bytes[...]) else { return false }
            return octet <= 255
        }
    }

    private static func isIPv6(_ value: String) -> Bool {
        guard value.contains(":"), value.unicodeScalars.allSatisfy({ $0.isASCII }) else { return false }
        var address = in6_addr()
        return value.withCString { inet_pton(AF_INET6, $0, &address) } == 1
    }

    /// The decimal number `bytes` spell, all ASCII digits; nil otherwise.
    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// A scheme of letters, digits, `+`, `-` and `.` starting with a letter, a colon, then a non-empty rest of URI characters.
    private static func isAbsoluteURI(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon > 0, isLetter(scalars[0]), colon + 1 < scalars.count else { return false }
        for scalar in scalars[1..<colon] where !(isLetter(scalar) || isDigit(scalar) || scalar == "+" || scalar == "-" || scalar == ".") {
            return false
        }
        return isURIReference(scalars[(colon + 1)...])
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }
}
