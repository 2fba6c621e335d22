import APIGenJSON

/// A loaded API spec: everything the translator needs, each part with where it came from.
public struct Spec: Sendable {
    public var formatVersion: Int
    public var info: Info
    public var module: ModuleSettings
    public var server: Server
    public var envelope: Envelope
    public var authentication: [AuthScheme]
    public var models: [Model]
    public var operations: [Operation]
    public var decisions: [Decision]
    /// The spec's own file name (as given), used in remarks of generated code.
    public var fileName: String

    public func model(named name: String) -> Model? { models.first { $0.name == name } }

    public struct Info: Sendable {
        public var title: String
        public var version: String
        public var description: String?
        public var sources: [String]
    }

    public struct ModuleSettings: Sendable {
        public var name: String
        public var version: String
        public var client: String
        public var clientProtocol: String
        public var commandLineTool: String?
    }

    public struct Server: Sendable {
        public var baseURL: String
        /// An environment variable that overrides the base URL (for clients built from the environment).
        public var baseURLEnvironment: String?
        public var requestIDHeader: String?
    }

    /// Where the result and the errors sit in the API's JSON envelopes.
    public struct Envelope: Sendable {
        public var resultField: String
        public var successField: String?
        public var pageInfoField: String?
        public var errorsField: String
        public var errorCodeField: String
        public var errorMessageField: String
        public var errorPathField: String?
    }

    /// A recorded choice where the sources disagree.
    public struct Decision: Sendable {
        public var topic: String
        public var pages: String
        public var publishedSchema: String
        public var decision: String
    }
}

/// Where something is in the spec file: a JSON Pointer and, when known, line and column.
public struct SpecLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var path: JSONPath
    public var position: SourceLocation?

    public init(file: String, path: JSONPath, position: SourceLocation?) {
        self.file = file
        self.path = path
        self.position = position
    }

    /// `spec/mcp-servers.json:12:5 #/models/MCPServer/fields/id`
    public var description: String {
        let place = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place) #\(path.pointer)"
    }
}
