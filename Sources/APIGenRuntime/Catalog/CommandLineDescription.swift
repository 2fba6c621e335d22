import Foundation

/// What a command-line tool needs to know about a generated client: its operations, how to build
/// it, and where its settings come from in the environment. Generated for each spec.
public struct CommandLineDescription<API: Sendable>: Sendable {
    public var toolName: String
    public var abstract: String
    public var version: String
    public var operations: [OperationDescriptor<API>]
    /// The spec's waiters, each a `wait-…` command that polls one of ``operations``.
    public var waiters: [WaiterDescriptor]
    /// The response header that identifies a request to support (Cloudflare: `cf-ray`), if any.
    public var requestIDHeader: String?
    /// The environment variable that overrides the base URL, if the spec names one.
    public var baseURLEnvironment: String?
    public var defaultBaseURL: URL
    /// The environment variables of each authentication scheme, in the order they are tried
    /// (`[["CLOUDFLARE_API_TOKEN"], ["CLOUDFLARE_EMAIL", "CLOUDFLARE_API_KEY"]]`), for help texts.
    public var credentialEnvironment: [[String]]
    /// Reads credentials from the environment, or says which variables to set; `nil` for an API
    /// without authentication, which needs none.
    public var credentialsFromEnvironment: (@Sendable ([String: String]) throws(APIClientError) -> Credentials)?
    /// The client's configuration with the spec's defaults (user agent and so on).
    public var makeConfiguration: @Sendable (URL, Credentials?) -> ClientConfiguration
    public var makeClient: @Sendable (ClientConfiguration, any HTTPTransport) -> API

    public init(toolName: String, abstract: String, version: String, operations: [OperationDescriptor<API>], waiters: [WaiterDescriptor] = [], requestIDHeader: String?,
                baseURLEnvironment: String?,
                defaultBaseURL: URL, credentialEnvironment: [[String]] = [],
                credentialsFromEnvironment: (@Sendable ([String: String]) throws(APIClientError) -> Credentials)?,
                makeConfiguration: @escaping @Sendable (URL, Credentials?) -> ClientConfiguration,
                makeClient: @escaping @Sendable (ClientConfiguration, any HTTPTransport) -> API) {
        self.toolName = toolName
        self.abstract = abstract
        self.version = version
        self.operations = operations
        self.waiters = waiters
        self.requestIDHeader = requestIDHeader
        self.baseURLEnvironment = baseURLEnvironment
        self.defaultBaseURL = defaultBaseURL
        self.credentialEnvironment = credentialEnvironment
        self.credentialsFromEnvironment = credentialsFromEnvironment
        self.makeConfiguration = makeConfiguration
        self.makeClient = makeClient
    }
}
