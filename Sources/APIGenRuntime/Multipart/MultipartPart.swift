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

    /// A text part: a scalar field's value (a string, number, boolean, enum or date-time) as the text a query
    /// parameter would send, in UTF-8, without a `Content-Type` (text/plain by RFC 7578).
    public static func text(name: String, _ value: some QueryRepresentable) -> MultipartPart {
        MultipartPart(name: name, body: Data(value.queryText.utf8))
    }

    /// A JSON part: an object, an array of objects or a map field, encoded as `application/json`.
    public static func json(name: String, _ body: Data) -> MultipartPart {
        MultipartPart(name: name, contentType: "application/json", body: body)
    }

    /// A JSON part of a value: a model, an array, a map or any JSON, serialized once.
    public static func json(name: String, _ value: JSONValue) -> MultipartPart {
        json(name: name, JSONSerializer.data(value))
    }

    /// A file part: a `bytes` field, sent with its file name and media type (`application/octet-stream` if none).
    public static func file(name: String, _ file: FilePart) -> MultipartPart {
        MultipartPart(name: name, filename: file.filename, contentType: file.contentType ?? "application/octet-stream", body: file.data)
    }

    /// The parts of a body model's unknown fields (members a decoded value kept), in order, so a value sent again loses
    /// nothing: a string as a text part, any other value as a JSON part.
    public static func unknownFields(_ object: JSONObject) -> [MultipartPart] {
        object.map { member in
            if case .string(let text) = member.value { return .text(name: member.key, text) }
            return .json(name: member.key, member.value)
        }
    }
}

/// A model sent as a `multipart/form-data` body: generated for each model a spec sends so, its fields become parts.
@_spi(Generated) public protocol MultipartBody: Sendable {
    /// The parts, in the spec's field order: a text part for each scalar field, a JSON part for each model, array, map
    /// or JSON field, a file part for each file (several under one name for an array of files); absent fields send none.
    func multipartParts() -> [MultipartPart]
}
