import Foundation

extension OperationRequest.Content {
    /// A `multipart/form-data` body: `parts` encoded once, so every attempt of a retried request sends the same bytes
    /// under the same boundary, and the client sends it as any other non-JSON content.
    @_spi(Generated) public init(multipart parts: [MultipartPart]) {
        let encoded = MultipartEncoder.encode(parts)
        self.init(encoded.body, mediaType: encoded.contentType)
    }
}
