import APIGenJSON
@_spi(Generated) import APIGenRuntime

/// One HTTP operation.
public struct Operation: Sendable {
    public var name: String
    public var method: String
    public var path: PathTemplate
    /// Whether the operation may be sent again after the server may have acted on it: the spec's
    /// `"idempotent"`. nil: the runtime decides by ``method`` (`RetryPolicy.isIdempotent(method:)`).
    public var idempotent: Bool?
    /// The spec's `"envelope"`: `false` when the whole success body is the result even in an
    /// API with an envelope (see ``Spec/envelope(of:)``); nil when the spec does not say.
    public var envelope: Bool?
    public var operationID: String?
    public var summary: String?
    public var description: String?
    /// A warning for callers (e.g. a permanent deletion).
    public var warning: String?
    /// `"deprecated"`: the client's methods are `@available(*, deprecated)`.
    public var deprecation: Deprecation?
    public var permissions: [String]
    public var authentication: [String]
    public var parameters: [Parameter]
    /// Headers sent with every request of the operation, in the spec's order: the spec's `headers`.
    public var headers: [FixedHeader] = []
    public var requestBody: Schema?
    /// The media type of a body that is not JSON (the spec's `requestBody.contentType`): sent as `String` (text) or
    /// `Data` (bytes), by ``MediaType/isText(_:)``. nil when the body is JSON (``requestBody``) or there is none.
    public var requestContentType: String?
    /// The body is `multipart/form-data` (the spec's `requestBody` `{"contentType": "multipart/form-data", "ref": …}`):
    /// ``requestBody`` refers to an object model whose fields are the parts.
    public var isMultipart = false
    public var response: SuccessResponse
    public var errors: [ErrorResponse]
    public var pagination: Pagination?
    public var commandLine: CommandLineSettings?
    public var examples: [Example]
    public var location: SpecLocation

    public var pathParameters: [Parameter] { parameters.filter { $0.placement == .path } }
    public var queryParameters: [Parameter] { parameters.filter { $0.placement == .query } }
    public var headerParameters: [Parameter] { parameters.filter { $0.placement == .header } }

    /// The command-line command: the spec's `cli.command`, or the operation name in kebab case.
    public var commandName: String { commandLine?.command ?? SwiftNaming.flagName(name) }
}

/// A header an operation always sends with the same value (an `Accept`, an API version).
public struct FixedHeader: Sendable {
    public var name: String
    public var value: String
    public var location: SpecLocation
}

public struct Parameter: Sendable {
    public typealias Placement = ValueDescriptor.Placement

    public var name: String
    /// One of ``ValueDescriptor/Placement/parameterPlacements``: the runtime's type, so the
    /// generated catalog and the spec cannot disagree.
    public var placement: Placement
    public var schema: Schema
    public var isRequired: Bool
    public var description: String?
    /// An environment variable the command-line tool reads when the option is not given.
    public var environment: String?
    /// A secret (string header parameters only): redacted wherever credentials are.
    public var isSensitive: Bool = false
    /// The command-line option instead of the name in kebab case: the spec's `cli.flag`.
    public var commandLineFlag: String?
    /// How an array query parameter is sent: the spec's `style`, else `nil` (repeated, the runtime's default).
    public var listStyle: ListStyle?
    /// `"deprecated"`: documented (Swift cannot deprecate an argument) and noted in the tool's help.
    public var deprecation: Deprecation?
    public var location: SpecLocation

    /// The runtime's styles, so the spec and the request cannot disagree.
    public typealias ListStyle = QueryListStyle
}

extension Parameter {
    /// What sets header `name` itself, so that no header parameter may have that name: the body's
    /// content type, or the credentials (the runtime's credential headers, and each scheme's headers,
    /// given as scheme name and header). nil when a header parameter may have the name.
    public static func protectedHeaderOwner(_ name: String, credentialHeaders: [(scheme: String, header: String)]) -> String? {
        let lowered = name.lowercased()
        if lowered == "content-type" { return "the body's content type" }
        if RequestSafety.credentialHeaderNames.contains(lowered) { return "the credentials" }
        if let owner = credentialHeaders.first(where: { $0.header.lowercased() == lowered }) {
            return "the credentials of scheme '\(owner.scheme)'"
        }
        return nil
    }
}

public struct SuccessResponse: Sendable {
    public var status: Int
    public var description: String?
    /// What the answer carries; `nil` for an empty answer (204, or a success with nothing to
    /// return), for which the method returns nothing.
    public var result: Schema?
    /// The result's `"nullable"`: it may be `null` or left out, and the method returns an optional.
    public var isNullable: Bool = false
    /// The media type of an answer that is not JSON (the spec's `response.contentType`), returned as `String` (text)
    /// or `Data` (bytes); ``result`` is nil then.
    public var contentType: String?
    /// Other statuses that also succeed (the spec's `response.alternatives`), each with its own description and result;
    /// always empty in an alternative itself.
    public var alternatives: [SuccessResponse] = []
    /// The object model of the page information the envelope carries beside a list that is not paginated (the spec's
    /// `response.info`): the method returns the list as one `Page`.
    public var infoModel: String?
    public var location: SpecLocation

    /// This answer, then its alternatives: every status the client takes as success.
    public var answers: [SuccessResponse] { [self] + alternatives }
}

public struct ErrorResponse: Sendable {
    public var status: ErrorStatus
    public var description: String?
    /// The model of the answer's body; `nil` documents a status whose answer has no body to read.
    public var body: Schema?
    public var location: SpecLocation
}

/// Pagination: either page-number query parameters (`page`, `per_page`), with or without a
/// page-information object beside the result, or a cursor query parameter whose next value is a
/// field of the page information. The items are the result (an array) or an array field of it (`items`); the page
/// information is the envelope's (`info`) or, without it, that result object.
public struct Pagination: Sendable {
    public enum Style: Sendable, Hashable {
        /// The integer query parameter selecting the page, and the info field giving the page count.
        case pageNumber(pageParameter: String, totalPagesField: String?)
        /// The string query parameter taking the cursor, and the info field giving the next one.
        case cursor(parameter: String, field: String)
    }

    public var style: Style
    /// The integer query parameter setting the page size: required for page numbers, optional for cursors.
    public var perPageParameter: String?
    /// The object model of the page information in the envelope's `pageInfoField`: required for cursors; nil for page
    /// numbers whose API sends none (the list then ends on a short or empty page).
    public var infoModel: String?
    /// The array field of the result object holding the page's items (the spec's `items`); nil when the result is the
    /// array itself.
    public var itemsField: String?
    public var location: SpecLocation

    public var pageParameter: String? {
        if case .pageNumber(let page, _) = style { page } else { nil }
    }
    public var totalPagesField: String? {
        if case .pageNumber(_, let total) = style { total } else { nil }
    }
    public var cursorParameter: String? {
        if case .cursor(let parameter, _) = style { parameter } else { nil }
    }
    public var cursorField: String? {
        if case .cursor(_, let field) = style { field } else { nil }
    }
}

extension Operation {
    /// The model of a paginated operation's page information, where its cursor and page count are read: the envelope's
    /// (`info`) or, without it, the result object that holds the items (`items`); nil when the API sends none.
    public var pageInformationModel: String? {
        guard let pagination else { return nil }
        if let info = pagination.infoModel { return info }
        guard pagination.itemsField != nil, case .reference(let name)? = response.result?.kind else { return nil }
        return name
    }
}

public struct CommandLineSettings: Sendable {
    public var command: String
    public var positionals: [String]
}

/// A documented request and its response.
public struct Example: Sendable {
    public var name: String
    public var source: String?
    public var description: String?
    public var parameters: JSONObject
    public var body: JSONValue?
    public var responseStatus: Int
    public var responseBody: JSONValue
    public var location: SpecLocation
}

/// An authentication scheme; each becomes a way to build the client's credentials.
public struct AuthScheme: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// `Authorization: Bearer <token>`; one credential.
        case bearer
        /// One header per credential.
        case headers
    }

    public struct Credential: Sendable {
        public var name: String
        public var header: String?
        public var environment: String?
        public var description: String?

        /// The header the credential is sent in: `header`, else the credential's name.
        public var headerName: String { header ?? name }
    }

    public var name: String
    public var kind: Kind
    public var description: String?
    public var credentials: [Credential]
    public var location: SpecLocation

    /// The headers the scheme's credentials are sent in.
    public var headerNames: [String] {
        switch kind {
        case .bearer: ["Authorization"]
        case .headers: credentials.map(\.headerName)
        }
    }
}

/// Which error answers an `errors` entry describes: one status (`404`), a class (`"4XX"`, `"5XX"`),
/// or every other error status (`"default"`). An answer takes the most specific entry that matches.
public enum ErrorStatus: Sendable, Hashable, CustomStringConvertible {
    case exact(Int)
    /// The hundreds digit: 4 for `4XX`, 5 for `5XX`.
    case range(Int)
    case `default`

    /// The spellings of ranges and the default in the spec (and in OpenAPI).
    public static let ranges = ["4XX": 4, "5XX": 5]
    public static let defaultKey = "default"

    /// Whether an error answer with `status` (400…599) falls under this entry.
    public func matches(_ status: Int) -> Bool {
        switch self {
        case .exact(let code): code == status
        case .range(let digit): status / 100 == digit
        case .default: (400...599).contains(status)
        }
    }

    /// Exact before range before default.
    public var specificity: Int {
        switch self {
        case .exact: 2
        case .range: 1
        case .default: 0
        }
    }

    /// `404`, `4XX`, `default`: as the spec and OpenAPI write it.
    public var description: String {
        switch self {
        case .exact(let code): String(code)
        case .range(let digit): "\(digit)XX"
        case .default: Self.defaultKey
        }
    }
}

extension Operation {
    /// The error entry describing an answer with `status`: an exact one, else its range, else `default`.
    public func declaredError(for status: Int) -> ErrorResponse? {
        errors.filter { $0.status.matches(status) }.max { $0.status.specificity < $1.status.specificity }
    }
}

extension SuccessResponse {
    /// Whether every answer carries the same result (the same Swift type, equally nullable) or every one none: the
    /// method then returns that whatever the status; otherwise it returns an enum of the answers.
    public var answersShareResult: Bool {
        alternatives.allSatisfy { alternative in
            switch (result, alternative.result) {
            case (nil, nil): true
            case (let a?, let b?): isNullable == alternative.isNullable && a.isSameType(as: b)
            default: false
            }
        }
    }
}
