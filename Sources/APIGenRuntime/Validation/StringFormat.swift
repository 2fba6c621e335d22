/// The string formats the spec format knows.
public enum StringFormat: String, Sendable, CaseIterable {
    /// An absolute URI (RFC 3986): a scheme, a colon and no spaces or control characters.
    case uri
    /// An RFC 3339 date-time.
    case dateTime = "date-time"

    /// Whether `value` is in this format.
    public func accepts(_ value: String) -> Bool {
        switch self {
        case .uri: StringFormat.isAbsoluteURI(value)
        case .dateTime: Timestamp(rfc3339: value) != nil
        }
    }

    var descriptionWithArticle: String {
        switch self {
        case .uri: "an absolute URI"
        case .dateTime: "an RFC 3339 date-time"
        }
    }

    private static func isAbsoluteURI(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon > 0, scalars[0].properties.isASCIIHexDigit || isLetter(scalars[0]),
              isLetter(scalars[0])
        else { return false }
        for scalar in scalars[1..<colon] where !(isLetter(scalar) || isDigit(scalar) || scalar == "+" || scalar == "-" || scalar == ".") {
            return false
        }
        // RFC 3986 characters only: unreserved, reserved and percent-encodings.
        let allowedPunctuation: Set<Unicode.Scalar> = ["-", ".", "_", "~", ":", "/", "?", "#", "[", "]", "@", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", "%"]
        var index = colon + 1
        guard index < scalars.count else { return false }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "%" {
                guard index + 2 < scalars.count, scalars[index + 1].properties.isASCIIHexDigit, scalars[index + 2].properties.isASCIIHexDigit
                else { return false }
                index += 3
                continue
            }
            guard isLetter(scalar) || isDigit(scalar) || allowedPunctuation.contains(scalar) else { return false }
            index += 1
        }
        return true
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }
}
