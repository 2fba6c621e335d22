import Foundation

/// Encodes `multipart/form-data` bodies (RFC 7578), once for every generated client and the command-line tool.
@_spi(Generated) public enum MultipartEncoder {
    /// The encoded body and the `Content-Type` header that names its boundary.
    public struct Encoded: Sendable, Hashable {
        public var body: Data
        public var contentType: String
    }

    /// Encodes `parts` in order between a random boundary drawn again until it occurs in no part (name, file name,
    /// media type or content), so no content can end the body early or forge a part. `makeBoundary` is there for
    /// tests, which need a boundary that does collide.
    public static func encode(_ parts: [MultipartPart], makeBoundary: () -> String = randomBoundary) -> Encoded {
        let heads = parts.map(head)
        var boundary = makeBoundary()
        while occurs(Data(boundary.utf8), in: parts, heads: heads) { boundary = makeBoundary() }
        var body = Data()
        for (part, head) in zip(parts, heads) {
            body.append(Data("--\(boundary)\r\n".utf8))
            body.append(head)
            body.append(part.body)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return Encoded(body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// A boundary of 32 random alphanumerics after a fixed prefix: well under RFC 2046's 70 characters, and a token, so
    /// the `Content-Type` parameter needs no quotes.
    public static func randomBoundary() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return "apigen-" + String((0..<32).map { _ in alphabet.randomElement()! })
    }

    /// A name or file name quoted for `Content-Disposition` as HTML's form encoding does it: CR, LF and `"` are
    /// percent-encoded, so a name can neither end its header nor its quoted string.
    public static func quoted(_ name: String) -> String {
        var escaped = ""
        for character in name.unicodeScalars {
            switch character {
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            case "\"": escaped += "%22"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return "\"\(escaped)\""
    }

    private static func head(_ part: MultipartPart) -> Data {
        var head = "Content-Disposition: form-data; name=\(quoted(part.name))"
        if let filename = part.filename { head += "; filename=\(quoted(filename))" }
        head += "\r\n"
        // A media type is a header value: control characters would split it into forged headers.
        if let contentType = part.contentType {
            head += "Content-Type: \(contentType.filter { !$0.isNewline && $0 != "\0" })\r\n"
        }
        return Data((head + "\r\n").utf8)
    }

    private static func occurs(_ boundary: Data, in parts: [MultipartPart], heads: [Data]) -> Bool {
        zip(parts, heads).contains { part, head in
            part.body.range(of: boundary) != nil || head.range(of: boundary) != nil
        }
    }
}
