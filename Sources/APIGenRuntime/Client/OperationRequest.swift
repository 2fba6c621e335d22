import Foundation

/// One call as a generated method describes it, before it becomes HTTP.
@_spi(Generated) public struct OperationRequest: Sendable {
    /// A piece of the path: fixed text from the template, or a parameter value that is
    /// percent-encoded as exactly one segment (`../x` and `a/b` cannot change the path).
    public enum PathComponent: Sendable, Hashable {
        case literal(String)
        case parameter(String)
    }

    public var method: String
    public var path: [PathComponent]
    public var query: [QueryItem]
    /// Header parameters; they cannot replace the credentials or the content type.
    public var headers: [HeaderItem]
    public var body: JSONValue?
    /// A body that is not JSON (the spec's `requestBody.contentType`): its bytes, sent with its media type.
    public var content: Content?
    /// The media type of an answer that is not JSON (the spec's `response.contentType`): asked for in `Accept`, and the
    /// answer must be of it. nil for JSON answers.
    public var resultContentType: String?
    /// The status the spec documents for success; any other answer, but ``alternatives``, is not a success.
    public var successStatus: Int
    /// Whether the answer carries a result; `false` for an empty answer (204, or a success with
    /// nothing to return), whose body may be empty.
    public var expectsResult: Bool
    /// Whether the result may be `null` or left out (a nullable result): then an envelope without
    /// its result member, or an empty body without one, reads as `null`.
    public var resultMayBeAbsent: Bool
    /// Other statuses the spec documents for success (its `response.alternatives`), each with what its answer carries;
    /// ``SuccessEnvelope/status`` tells the generated method which came.
    public var alternatives: [SuccessAnswer]
    /// Whether the operation may be sent again after the server may have acted on it (see
    /// ``RetryPolicy``): the spec's `"idempotent"`, or nil to go by ``method``.
    public var idempotent: Bool?
    /// Whether the answer is in the API's envelope; `false` when the whole success body is the
    /// result and an error is known by its status (the spec's `"envelope": false`, or an API
    /// without an envelope).
    public var enveloped: Bool
    /// Constraint violations found in the arguments; when any, nothing is sent.
    public var violations: [ConstraintViolation]

    public init(method: String, path: [PathComponent], query: [QueryItem] = [], headers: [HeaderItem] = [],
                body: JSONValue? = nil, content: Content? = nil, resultContentType: String? = nil, successStatus: Int, expectsResult: Bool = true,
                resultMayBeAbsent: Bool = false, alternatives: [SuccessAnswer] = [], idempotent: Bool? = nil, enveloped: Bool = true,
                violations: [ConstraintViolation] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.content = content
        self.resultContentType = resultContentType
        self.successStatus = successStatus
        self.expectsResult = expectsResult
        self.resultMayBeAbsent = resultMayBeAbsent
        self.alternatives = alternatives
        self.idempotent = idempotent
        self.enveloped = enveloped
        self.violations = violations
    }

    /// The success answer documented for `status`: an alternative's, else the primary one (for any other status too,
    /// which unwrapping then refuses).
    func answer(to status: Int) -> SuccessAnswer {
        alternatives.first { $0.status == status }
            ?? SuccessAnswer(status: successStatus, expectsResult: expectsResult, resultMayBeAbsent: resultMayBeAbsent)
    }

    /// The path with parameters encoded: every byte outside RFC 3986 `unreserved` is escaped,
    /// including `/`, `?`, `#` and `%`; a parameter that is exactly `.` or `..` has its dots escaped
    /// too, because HTTP stacks resolve such segments and the path would change.
    var encodedPath: String {
        path.map { component in
            switch component {
            case .literal(let text):
                return text
            case .parameter(let value):
                if value == "." || value == ".." { return String(repeating: "%2E", count: value.count) }
                return value.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? ""
            }
        }.joined()
    }

    /// `name=value&…` for the query items that have a value; a list repeated (`a=1&a=2`) or comma-separated
    /// (`a=1,2`, each item encoded, so a comma inside one is `%2C`); an empty list is not sent.
    var encodedQuery: String? {
        let items = query.flatMap { item -> [String] in
            let name = Self.encodeQueryComponent(item.name)
            if let list = item.list {
                let texts = list.values.map { Self.encodeQueryComponent($0.queryText) }
                guard !texts.isEmpty else { return [] }
                switch list.style {
                case .repeated: return texts.map { name + "=" + $0 }
                case .commaSeparated: return [name + "=" + texts.joined(separator: ",")]
                }
            }
            guard let value = item.value else { return [] }
            return [name + "=" + Self.encodeQueryComponent(value.queryText)]
        }
        return items.isEmpty ? nil : items.joined(separator: "&")
    }

    /// The header parameters that cannot be sent: a value with CR, LF, NUL or another control
    /// character (``RequestSafety/isValidValue(_:)``) would end the header line. The value is never quoted.
    var headerViolations: [ConstraintViolation] {
        headers.compactMap { item in
            guard let text = item.value?.queryText, !RequestSafety.isValidValue(text) else { return nil }
            return ConstraintViolation(path: JSONPath.root + item.name, constraint: .format("header value"),
                                       message: "contains a line break, NUL or other control character, which a header value cannot hold")
        }
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func encodeQueryComponent(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}

extension OperationRequest {
    /// A body that is not JSON: bytes, or text sent as UTF-8, and the media type it is sent as.
    public struct Content: Sendable, Hashable {
        public var data: Data
        public var mediaType: String

        public init(_ data: Data, mediaType: String) {
            self.data = data
            self.mediaType = mediaType
        }

        public init(_ text: String, mediaType: String) {
            self.init(Data(text.utf8), mediaType: mediaType)
        }
    }
}

/// A success status and what its answer carries, as ``OperationRequest/successStatus`` and the flags beside it say for
/// the primary one.
@_spi(Generated) public struct SuccessAnswer: Sendable, Hashable {
    public var status: Int
    /// `false` for an empty answer, whose body may be empty.
    public var expectsResult: Bool
    /// Whether the result may be `null` or left out (a nullable result).
    public var resultMayBeAbsent: Bool

    public init(status: Int, expectsResult: Bool = true, resultMayBeAbsent: Bool = false) {
        self.status = status
        self.expectsResult = expectsResult
        self.resultMayBeAbsent = resultMayBeAbsent
    }
}

/// A query parameter; items without a value are not sent.
@_spi(Generated) public struct QueryItem: Sendable {
    public var name: String
    public var value: (any QueryRepresentable)?
    /// An array parameter's items and style; `value` is nil then.
    public var list: (values: [any QueryRepresentable], style: QueryListStyle)?

    public init(_ name: String, _ value: (any QueryRepresentable)?) {
        self.name = name
        self.value = value
    }

    /// An array parameter; nil is not sent, and neither is an empty list.
    public init(_ name: String, _ values: [some QueryRepresentable]?, style: QueryListStyle = .repeated) {
        self.name = name
        self.list = values.map { ($0, style) }
    }
}

/// How an array query parameter is sent: the spec format's `style` (OpenAPI `form` with `explode: true` or `false`).
public enum QueryListStyle: String, Sendable, Hashable, CaseIterable {
    /// `a=1&a=2`, the default.
    case repeated
    /// `a=1,2`.
    case commaSeparated
}

/// A header parameter; items without a value are not sent. A sensitive one is redacted in
/// descriptions of the request, as credentials are.
@_spi(Generated) public struct HeaderItem: Sendable {
    public var name: String
    public var value: (any QueryRepresentable)?
    public var isSensitive: Bool

    public init(_ name: String, _ value: (any QueryRepresentable)?, isSensitive: Bool = false) {
        self.name = name
        self.value = value
        self.isSensitive = isSensitive
    }
}

/// A value that can be sent as text: a path, query or header parameter.
public protocol QueryRepresentable: Sendable {
    var queryText: String { get }
}

extension String: QueryRepresentable {
    public var queryText: String { self }
}

extension Int: QueryRepresentable {
    public var queryText: String { String(self) }
}

extension Double: QueryRepresentable {
    public var queryText: String { JSONNumber(self).text }
}

extension Bool: QueryRepresentable {
    public var queryText: String { self ? "true" : "false" }
}

extension OpenEnum {
    public var queryText: String { rawValue.queryText }
}

extension Timestamp: QueryRepresentable {
    /// The RFC 3339 text, as given or as ``Timestamp/init(_:)`` wrote it (`+` in an offset is percent-encoded in a query).
    public var queryText: String { text }
}
