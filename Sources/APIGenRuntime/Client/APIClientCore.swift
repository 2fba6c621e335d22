import Foundation

/// The part of every generated client that is the same for every spec: it turns an
/// ``OperationRequest`` into HTTP, sends it with retries, and unwraps the envelope or maps the
/// failure to an ``APIClientError``.
@_spi(Generated) public struct APIClientCore: Sendable {
    public let configuration: ClientConfiguration
    public let transport: any HTTPTransport
    /// Where results and errors sit in answers; `nil` for an API without an envelope, whose
    /// success bodies are the results and whose errors are known by their status.
    public let envelope: EnvelopeFormat?
    /// The response header that identifies a request to support, carried in errors.
    public let requestIDHeader: String?

    /// A client core for an API whose answers are in `envelope`.
    public init(configuration: ClientConfiguration, transport: any HTTPTransport, envelope: EnvelopeFormat) {
        self.init(configuration: configuration, transport: transport, envelope: envelope, requestIDHeader: envelope.requestIDHeader)
    }

    /// A client core for an API with an envelope or (`envelope: nil`) without one.
    public init(configuration: ClientConfiguration, transport: any HTTPTransport, envelope: EnvelopeFormat?, requestIDHeader: String?) {
        self.configuration = configuration
        self.transport = transport
        self.envelope = envelope
        self.requestIDHeader = requestIDHeader
    }

    /// Validates, sends and unwraps one call. Nothing is sent when the request breaks a constraint
    /// or the configuration is unsafe.
    public func send(_ operation: OperationRequest, options: RequestOptions) async throws(APIClientError) -> SuccessEnvelope {
        let response = try await exchange(operation, options: options)
        // The answer's own status decides what it carries; the envelope's `status` tells the method which came.
        let answer = operation.answer(to: response.status)
        return try unwrap(response, successStatus: answer.status, expectsResult: answer.expectsResult,
                          resultMayBeAbsent: answer.resultMayBeAbsent, envelope: operation.enveloped ? envelope : nil)
    }

    /// Validates and sends one call whose answer is not JSON (``OperationRequest/resultContentType``), and returns the
    /// answer's bytes, no larger than the response limit. An answer of another media type is `.unexpectedResponse`; an
    /// error answer is read as any operation's.
    public func receiveContent(_ operation: OperationRequest, options: RequestOptions) async throws(APIClientError) -> Data {
        try await content(operation, options: options).data
    }

    /// ``receiveContent(_:options:)`` for a text answer: its UTF-8 text, or `.decoding` when it is not valid UTF-8.
    public func receiveText(_ operation: OperationRequest, options: RequestOptions) async throws(APIClientError) -> String {
        let (data, requestID) = try await content(operation, options: options)
        guard let text = String(bytes: data, encoding: .utf8) else {
            throw .decoding(DecodingFailure(path: .root, reason: .invalidValue("the \(operation.resultContentType ?? "text") answer is not valid UTF-8")),
                            status: operation.successStatus, requestID: requestID)
        }
        return text
    }

    private func content(_ operation: OperationRequest, options: RequestOptions) async throws(APIClientError) -> (data: Data, requestID: String?) {
        let response = try await exchange(operation, options: options)
        let requestID = requestIDHeader.flatMap { response.headers[$0] }
        guard response.status == operation.successStatus else {
            // Any other status throws here: the API's error envelope, its status, or an unexpected answer.
            _ = try unwrap(response, successStatus: operation.successStatus, expectsResult: true, resultMayBeAbsent: false,
                           envelope: operation.enveloped ? envelope : nil)
            throw unexpected(response, requestID: requestID)
        }
        guard MediaType.accepts(response.headers["Content-Type"], declared: operation.resultContentType ?? "application/octet-stream") else {
            throw unexpected(response, requestID: requestID)
        }
        return (response.body, requestID)
    }

    /// Validates and sends one call, with retries, and returns the answer, whatever its status.
    private func exchange(_ operation: OperationRequest, options: RequestOptions) async throws(APIClientError) -> HTTPResponse {
        let violations = operation.violations + operation.headerViolations
        guard violations.isEmpty else { throw .invalidRequest(violations) }
        let credentials = options.credentials ?? configuration.credentials
        let request = try makeHTTPRequest(operation, credentials: credentials, options: options)
        try RequestSafety.check(request, carriesCredentials: credentials != nil)

        var policy = configuration.retryPolicy
        if let maxRetries = options.maxRetries { policy.maxRetries = max(0, maxRetries) }
        let executor = RetryingExecutor(
            transport: transport, policy: policy,
            options: TransportOptions(timeout: options.timeout ?? configuration.timeout,
                                      maxResponseBytes: options.maxResponseBytes ?? configuration.maxResponseBytes),
            deadline: options.deadline ?? configuration.deadline, sleep: configuration.sleep, observer: configuration.observer
        )
        return try await executor.execute(request, idempotent: options.idempotent ?? operation.idempotent)
    }

    func makeHTTPRequest(_ operation: OperationRequest, credentials: Credentials?, options: RequestOptions) throws(APIClientError) -> HTTPRequest {
        var base = (options.baseURL ?? configuration.baseURL).absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        var text = base + operation.encodedPath
        if let query = operation.encodedQuery { text += "?" + query }
        guard let url = URL(string: text), url.host != nil else {
            throw .invalidConfiguration("the base URL and path do not form a valid URL: \(URL(string: base)?.removingUserInfo.absoluteString ?? "(not a URL)")")
        }
        var headers = HTTPHeaders()
        headers["User-Agent"] = configuration.userAgent
        headers["Accept"] = operation.resultContentType ?? "application/json"
        // Header parameters may replace these two; the content type and credentials, set after them, replace them.
        for item in operation.headers {
            if let value = item.value { headers.set(name: item.name, value: value.queryText, isSensitive: item.isSensitive) }
        }
        var body: Data?
        if let json = operation.body {
            body = JSONSerializer.data(json)
            headers["Content-Type"] = "application/json"
        } else if let content = operation.content {
            body = content.data
            headers["Content-Type"] = content.mediaType
        }
        if let credentials {
            for field in credentials.headers { headers.set(name: field.name, value: field.value, isSensitive: true) }
        }
        // Extra headers add to the request; they cannot replace credentials or the content type.
        for field in configuration.additionalHeaders.fields + options.additionalHeaders.fields where !headers.contains(field.name) {
            headers.add(name: field.name, value: field.value)
        }
        return HTTPRequest(method: operation.method, url: url, headers: headers, body: body)
    }

    /// Maps a response to the unwrapped success, or to the most specific error. Success is the
    /// status given (``send(_:options:)`` gives the documented one the answer has, if any): another 2xx is not an
    /// answer the spec describes (its body may be of another shape, or none), so it is `.unexpectedResponse`, never guessed at.
    /// Without an envelope (`envelope: nil`) the whole body is the result, and any other status
    /// is an `.api` error carrying the body (see ``unwrapBare(_:successStatus:expectsResult:resultMayBeAbsent:requestID:)``).
    func unwrap(_ response: HTTPResponse, successStatus: Int, expectsResult: Bool = true) throws(APIClientError) -> SuccessEnvelope {
        try unwrap(response, successStatus: successStatus, expectsResult: expectsResult, resultMayBeAbsent: false, envelope: envelope)
    }

    func unwrap(_ response: HTTPResponse, successStatus: Int, expectsResult: Bool, resultMayBeAbsent: Bool,
                envelope: EnvelopeFormat?) throws(APIClientError) -> SuccessEnvelope {
        let requestID = requestIDHeader.flatMap { response.headers[$0] }
        guard let envelope else {
            return try unwrapBare(response, successStatus: successStatus, expectsResult: expectsResult, resultMayBeAbsent: resultMayBeAbsent, requestID: requestID)
        }
        let parsed: JSONValue?
        let parseError: JSONSyntaxError?
        do {
            // A member of the envelope named twice (`"success": false, …, "success": true`) cannot
            // be read either way: the parse fails and the answer is unexpected.
            parsed = try JSONParser.parse(response.body, options: .envelope)
            parseError = nil
        } catch {
            parsed = nil
            parseError = error
        }
        guard (200...299).contains(response.status) else {
            if let parsed, let messages = envelope.messages(in: parsed) {
                throw .api(APIError(status: response.status, messages: messages, requestID: requestID, body: parsed))
            }
            throw unexpected(response, requestID: requestID)
        }
        guard response.status == successStatus else { throw unexpected(response, requestID: requestID) }
        // An empty answer: nothing to read, or an envelope read only for its success flag.
        if !expectsResult, response.body.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            return SuccessEnvelope(status: response.status, result: .null, pageInfo: nil, requestID: requestID,
                                   resultField: envelope.resultField, pageInfoField: envelope.pageInfoField)
        }
        guard let parsed else {
            if isJSON(response), case .duplicateKey? = parseError?.kind {
                throw unexpected(response, requestID: requestID)
            }
            if isJSON(response) {
                throw .decoding(DecodingFailure(path: .root, reason: .malformedJSON(parseError?.description ?? "")),
                                status: response.status, requestID: requestID)
            }
            throw unexpected(response, requestID: requestID)
        }
        guard case .object(let object) = parsed else {
            throw .decoding(.typeMismatch(parsed, expected: "an object (the response envelope)", at: .root), status: response.status, requestID: requestID)
        }
        if let successField = envelope.successField, let flag = object[successField] {
            // Only a boolean is a success flag: `"false"` (a string) or 1 is not an answer the spec describes.
            guard case .bool(let succeeded) = flag else { throw unexpected(response, requestID: requestID) }
            if !succeeded { throw .api(APIError(status: response.status, messages: envelope.messages(in: parsed) ?? [], requestID: requestID, body: parsed)) }
        }
        guard let result = object[envelope.resultField] ?? (expectsResult && !resultMayBeAbsent ? JSONValue?.none : .null) else {
            throw .decoding(DecodingFailure(path: JSONPath.root + envelope.resultField, reason: .missingField), status: response.status, requestID: requestID)
        }
        return SuccessEnvelope(status: response.status, result: result, pageInfo: envelope.pageInfoField.flatMap { object[$0] },
                               requestID: requestID, resultField: envelope.resultField, pageInfoField: envelope.pageInfoField)
    }

    /// An answer without an envelope: a success body is the result; an error is known by its
    /// status, its body kept (parsed when it is JSON, else quoted as the one message).
    private func unwrapBare(_ response: HTTPResponse, successStatus: Int, expectsResult: Bool, resultMayBeAbsent: Bool,
                            requestID: String?) throws(APIClientError) -> SuccessEnvelope {
        let isBlank = response.body.allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard (200...299).contains(response.status) else {
            var body: JSONValue?
            var messages: [APIError.Message] = []
            if !isBlank {
                do {
                    body = try JSONParser.parse(response.body, options: .lenient)
                    // An error body in the envelope's own shape, when the API has one, still lists its errors.
                    messages = body.flatMap { self.envelope?.messages(in: $0) } ?? []
                } catch {
                    messages = [APIError.Message(code: nil, message: BodyExcerpt.make(response.body))]
                }
            }
            throw .api(APIError(status: response.status, messages: messages, requestID: requestID, body: body))
        }
        guard response.status == successStatus else { throw unexpected(response, requestID: requestID) }
        let success = { (result: JSONValue) in
            SuccessEnvelope(status: response.status, result: result, pageInfo: nil, requestID: requestID, resultField: nil, pageInfoField: nil)
        }
        // An empty answer: whatever the body, there is nothing to read; a nullable result may be no body at all.
        if !expectsResult || (resultMayBeAbsent && isBlank) { return success(.null) }
        do {
            return success(try JSONParser.parse(response.body, options: .lenient))
        } catch {
            if isJSON(response) || isBlank {
                throw .decoding(DecodingFailure(path: .root, reason: .malformedJSON(error.description)), status: response.status, requestID: requestID)
            }
            throw unexpected(response, requestID: requestID)
        }
    }

    private func isJSON(_ response: HTTPResponse) -> Bool {
        response.headers["Content-Type"]?.lowercased().contains("json") ?? false
    }

    private func unexpected(_ response: HTTPResponse, requestID: String?) -> APIClientError {
        .unexpectedResponse(status: response.status, contentType: response.headers["Content-Type"],
                            bodyExcerpt: BodyExcerpt.make(response.body), requestID: requestID)
    }
}

/// The start of a body, printable, for error messages: at most 512 bytes, control and bidi
/// characters escaped (``TerminalText``), line breaks kept.
enum BodyExcerpt {
    static let limit = 512

    static func make(_ body: Data) -> String {
        let text = TerminalText.escaped(String(decoding: body.prefix(limit), as: UTF8.self), keepingLineBreaks: true)
        return body.count > limit ? text + "… (\(body.count) bytes)" : text
    }
}
