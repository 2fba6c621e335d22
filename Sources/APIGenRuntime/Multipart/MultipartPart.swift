import Foundation

/// One part of a `multipart/form-data` body: the field it carries, its bytes and how they are described.
@_spi(Generated) public struct MultipartPart: Sendable, Hashable {
    /// The field name sent in `Content-Disposition`.
    public var name: String
    /// The file name sent in `Content-Disposition`, for file parts.
    public var filename: String?
    /// The part's `Content-Type`; `nil` leaves the header out, which RFC 7578 reads as `text/plain`.
    public var contentType: String?
    /// The part's content, sent as it is.
    public var body: Data

    public init(name: String, filename: String? = nil, contentType: String? = nil, body: Data) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
        self.body = body
    }

    /// A text part: a scalar field's value as UTF-8, without a `Content-Type` (text/plain by RFC 7578).
    public static func text(name: String, _ value: String) -> MultipartPart {
        MultipartPart(name: name, body: Data(value.utf8))
    }

    /// A JSON part: an object, an array of objects or a map field, encoded as `application/json`.
    public static func json(name: String, _ body: Data) -> MultipartPart {
        MultipartPart(name: name, contentType: "application/json", body: body)
    }

    /// A file part: a `bytes` field, sent with its file name and media type (`application/octet-stream` if none).
    public static func file(name: String, _ file: FilePart) -> MultipartPart {
        MultipartPart(name: name, filename: file.filename, contentType: file.contentType ?? "application/octet-stream", body: file.data)
    }
}
