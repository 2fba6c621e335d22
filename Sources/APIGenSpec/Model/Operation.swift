import APIGenJSON
import APIGenRuntime

/// One HTTP operation.
public struct Operation: Sendable {
    public var name: String
    public var method: String
    public var path: PathTemplate
    /// Whether the operation may be sent again after the server may have acted on it: the spec's
    /// `"idempotent"`. nil: the runtime decides by ``method`` (`RetryPolicy.isIdempotent(method:)`).
    public var idempotent: Bool?
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
    public var requestBody: Schema?
    public var response: SuccessResponse
    public var errors: [ErrorResponse]
    public var pagination: Pagination?
    public var commandLine: CommandLineSettings?
    public var examples: [Example]
    public var location: SpecLocation

    public var pathParameters: [Parameter] { parameters.filter { $0.placement == .path } }
    public var queryParameters: [Parameter] { parameters.filter { $0.placement == .query } }
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
    /// `"deprecated"`: documented (Swift cannot deprecate an argument) and noted in the tool's help.
    public var deprecation: Deprecation?
    public var location: SpecLocation
}

public struct SuccessResponse: Sendable {
    public var status: Int
    public var description: String?
    /// What the answer carries; `nil` for an empty answer (204, or a success with nothing to
    /// return), for which the method returns nothing.
    public var result: Schema?
    public var location: SpecLocation
}

public struct ErrorResponse: Sendable {
    public var status: Int
    public var description: String?
    public var body: Schema
    public var location: SpecLocation
}

/// Page-number pagination: `page` and `per_page` query parameters and a page-information object
/// beside the result.
public struct Pagination: Sendable {
    public var pageParameter: String
    public var perPageParameter: String
    public var infoModel: String
    public var totalPagesField: String?
    public var location: SpecLocation
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
    }

    public var name: String
    public var kind: Kind
    public var description: String?
    public var credentials: [Credential]
    public var location: SpecLocation
}
