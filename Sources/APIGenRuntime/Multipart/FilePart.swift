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
