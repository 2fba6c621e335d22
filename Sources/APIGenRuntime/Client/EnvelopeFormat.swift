/// Where an API puts the result and the errors in its JSON envelopes, as the spec declares.
public struct EnvelopeFormat: Sendable, Hashable {
    public var resultField: String
    public var successField: String?
    public var pageInfoField: String?
    public var errorsField: String
    public var errorCodeField: String
    public var errorMessageField: String
    public var errorPathField: String?
    /// The response header that identifies the request to support (Cloudflare: `cf-ray`).
    public var requestIDHeader: String?

    public init(resultField: String, successField: String?, pageInfoField: String?, errorsField: String, errorCodeField: String,
                errorMessageField: String, errorPathField: String?, requestIDHeader: String?) {
        self.resultField = resultField
        self.successField = successField
        self.pageInfoField = pageInfoField
        self.errorsField = errorsField
        self.errorCodeField = errorCodeField
        self.errorMessageField = errorMessageField
        self.errorPathField = errorPathField
        self.requestIDHeader = requestIDHeader
    }

    /// The error list of an error body, or `nil` when the body has none (then it is not the API's answer).
    func messages(in body: JSONValue) -> [APIError.Message]? {
        guard case .array(let entries)? = body[errorsField] else { return nil }
        return entries.map { entry in
            let code = entry[errorCodeField]?.numberValue?.intValue
            let message = entry[errorMessageField]?.stringValue ?? entry.description
            let path = errorPathField.flatMap { entry[$0]?.arrayValue }?.map { $0.stringValue ?? $0.description }
            return APIError.Message(code: code, message: message, path: path)
        }
    }
}

/// A successful answer, unwrapped: the `result` and the page information beside it (or, for an
/// answer without an envelope, the whole body).
@_spi(Generated) public struct SuccessEnvelope: Sendable {
    public var status: Int
    public var result: JSONValue
    public var pageInfo: JSONValue?
    public var requestID: String?
    /// The envelope's result member; `nil` when the whole body is the result.
    let resultField: String?
    let pageInfoField: String?

    /// Decodes the result; a mismatch names the field, e.g. `result[3].created_at`.
    public func decodeResult<Result: JSONCodable>(as type: Result.Type) throws(APIClientError) -> Result {
        do {
            return try Result(json: result, at: resultField.map { JSONPath.root + $0 } ?? .root)
        } catch {
            throw .decoding(error, status: status, requestID: requestID)
        }
    }

    /// Decodes the page information when the API sent it.
    public func decodePageInfo<Info: JSONCodable>(as type: Info.Type) throws(APIClientError) -> Info? {
        guard let pageInfo, !pageInfo.isNull, let pageInfoField else { return nil }
        do {
            return try Info(json: pageInfo, at: JSONPath.root + pageInfoField)
        } catch {
            throw .decoding(error, status: status, requestID: requestID)
        }
    }
}
