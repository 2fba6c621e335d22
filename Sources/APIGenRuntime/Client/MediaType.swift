import Foundation

/// Media types of bodies that are not JSON: the spec's `contentType` of a request body or an answer.
///
/// One rule decides, for the generator and the runtime alike, whether such content is text (a `String`, sent and read
/// as UTF-8) or bytes (`Data`).
public enum MediaType {
    /// The media type of a body of fields and files (RFC 7578), which the spec describes by an object model's fields.
    public static let multipartFormData = "multipart/form-data"

    /// The `type/subtype` of `mediaType`, lower-cased, without parameters: `text/plain;charset=UTF-8` → `text/plain`.
    public static func essence(_ mediaType: String) -> String {
        String(mediaType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            .trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Whether `mediaType` is `type/subtype` (HTTP tokens, `*` only as a whole subtype), optionally with parameters.
    public static func isValid(_ mediaType: String) -> Bool {
        let parts = essence(mediaType).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, RequestSafety.isToken(String(parts[0])), parts[0] != "*" else { return false }
        return parts[1] == "*" || RequestSafety.isToken(String(parts[1]))
    }

    /// Whether content of `mediaType` is text: `text/*`, JavaScript, XML (`+xml` too), NDJSON, YAML, PEM, or any media
    /// type with a `charset` parameter. Everything else is bytes.
    public static func isText(_ mediaType: String) -> Bool {
        let essence = essence(mediaType)
        return essence.hasPrefix("text/") || textTypes.contains(essence) || essence.hasSuffix("+xml")
            || mediaType.lowercased().contains("charset=")
    }

    private static let textTypes: Set<String> = [
        "application/javascript", "application/x-javascript", "application/ecmascript", "application/xml", "application/x-ndjson",
        "application/yaml", "application/x-yaml", "application/x-pem-file", "application/sql", "application/graphql",
    ]

    /// Whether JSON is what `mediaType` describes (`application/json`, `…+json`): such a body is described by its type.
    public static func isJSON(_ mediaType: String) -> Bool {
        let essence = essence(mediaType)
        return essence == "application/json" || essence.hasSuffix("+json")
    }

    /// Whether an answer's `Content-Type` is the declared media type: the same essence, or any subtype of a declared
    /// `image/*`. An answer without a `Content-Type` is taken as declared (HTTP lets a server leave it out).
    public static func accepts(_ received: String?, declared: String) -> Bool {
        guard let received else { return true }
        let (got, wanted) = (essence(received), essence(declared))
        if wanted.hasSuffix("/*") { return got.hasPrefix(wanted.dropLast()) }
        return got == wanted
    }
}
