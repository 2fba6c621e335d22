import Foundation

/// The value of a `bytes` field of a multipart body model: a file's content, with the file name and media type its
/// part is sent with.
///
/// A server such as Cloudflare's Workers script upload tells parts apart by file name and needs each module's media
/// type, so bytes alone are not enough for a file part.
public struct FilePart: Sendable, Hashable {
    /// The file's content, sent as it is.
    public var data: Data
    /// The file name sent in the part's `Content-Disposition`; `nil` leaves it out.
    public var filename: String?
    /// The part's `Content-Type`; `nil` sends `application/octet-stream`.
    public var contentType: String?

    public init(data: Data, filename: String? = nil, contentType: String? = nil) {
        self.data = data
        self.filename = filename
        self.contentType = contentType
    }
}

extension FilePart: CustomStringConvertible {
    /// `worker.js (application/javascript+module, 42 bytes)`: the content is never printed.
    public var description: String {
        let details = (contentType.map { [$0] } ?? []) + ["\(data.count) byte\(data.count == 1 ? "" : "s")"]
        return (filename.map { $0 + " " } ?? "") + "(" + details.joined(separator: ", ") + ")"
    }
}

/// A file as generic callers (the operation catalog, the command-line tool) give one in a body's JSON:
/// `{"data": BASE64, "filename": "worker.js", "contentType": "application/javascript+module"}`, `data` required.
@_spi(Generated) extension FilePart: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        let object = try json.objectMembers(at: path)
        guard let encoded = object["data"] else { throw DecodingFailure(path: path + "data", reason: .missingField) }
        guard case .string(let base64) = encoded, let data = Data(base64Encoded: base64) else {
            throw DecodingFailure(path: path + "data", reason: .invalidValue("expected the file's content in base64"))
        }
        var filename: String?
        var contentType: String?
        for member in object where !member.value.isNull {
            switch member.key {
            case "data": break
            case "filename": filename = try String(json: member.value, at: path + member.key)
            case "contentType": contentType = try String(json: member.value, at: path + member.key)
            default: throw DecodingFailure(path: path + member.key, reason: .unknownField)
            }
        }
        self.init(data: data, filename: filename, contentType: contentType)
    }

    public func encodeJSON() -> JSONValue {
        var object: JSONObject = ["data": .string(data.base64EncodedString())]
        if let filename { object["filename"] = .string(filename) }
        if let contentType { object["contentType"] = .string(contentType) }
        return .object(object)
    }
}
