import APIGenJSON
import APIGenRuntime
import Foundation

/// A loaded API spec: everything the translator needs, each part with where it came from.
public struct Spec: Sendable {
    public var formatVersion: Int
    public var info: Info
    public var module: ModuleSettings
    public var server: Server
    /// Where the result, the page information, the errors and the request id are in an answer:
    /// the runtime's own type, so the generated client gets exactly what the spec says. `nil`
    /// for an API without an envelope (the spec leaves `envelope` out or sets it to `null`).
    public var envelope: EnvelopeFormat?
    public var authentication: [AuthScheme]
    public var models: [Model] {
        didSet { modelIndex = Spec.index(models) }
    }
    public var operations: [Operation]
    public var decisions: [Decision]
    /// Waiters, in file order (`[]` when the spec has none).
    public var waiters: [Waiter] = []
    /// The spec's own file name (as given), used in remarks of generated code.
    public var fileName: String
    /// The spec's bytes, to find lines and columns for diagnostics.
    public var source: Data
    /// Model positions by name: references are resolved often, and a linear search made
    /// generation quadratic in the number of models.
    private var modelIndex: [String: Int]

    public init(formatVersion: Int, info: Info, module: ModuleSettings, server: Server, envelope: EnvelopeFormat?,
                authentication: [AuthScheme], models: [Model], operations: [Operation], decisions: [Decision],
                fileName: String, source: Data) {
        self.formatVersion = formatVersion
        self.info = info
        self.module = module
        self.server = server
        self.envelope = envelope
        self.authentication = authentication
        self.models = models
        self.operations = operations
        self.decisions = decisions
        self.fileName = fileName
        self.source = source
        self.modelIndex = Spec.index(models)
    }

    public func model(named name: String) -> Model? { modelIndex[name].map { models[$0] } }

    /// The envelope `operation`'s answers are in: the API's, unless the operation says
    /// `"envelope": false` (its whole success body is the result); `nil` when there is none.
    public func envelope(of operation: Operation) -> EnvelopeFormat? {
        operation.envelope == false ? nil : envelope
    }

    /// The first model of each name (duplicates cannot come from JSON, whose keys are unique).
    private static func index(_ models: [Model]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, model) in models.enumerated() where index[model.name] == nil { index[model.name] = position }
        return index
    }

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
        /// The module the operation catalog (Operations.swift) is compiled into when it is not
        /// the client's: then the catalog imports `name`, and an app links the client without it.
        public var commandLineModule: String?
    }

    public struct Server: Sendable {
        public var baseURL: String
        /// An environment variable that overrides the base URL (for clients built from the environment).
        public var baseURLEnvironment: String?
        /// The response header identifying a request to support (with or without an envelope).
        public var requestIDHeader: String?
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
///
/// Loading does not track lines and columns (it would cost more than the rest of loading); when a
/// spec has errors, ``SpecError/resolvingPositions(in:)`` looks them up for the diagnostics.
public struct SpecLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var path: JSONPath
    public var position: SourceLocation?
    /// Point at the member's key rather than its value (for "unknown key" messages).
    public var prefersKey: Bool

    public init(file: String, path: JSONPath, position: SourceLocation? = nil, prefersKey: Bool = false) {
        self.file = file
        self.path = path
        self.position = position
        self.prefersKey = prefersKey
    }

    /// `spec/mcp-servers.json:12:5 #/models/MCPServer/fields/id`
    public var description: String {
        let place = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place) #\(path.pointer)"
    }
}

extension Spec {
    /// The models that operations send as `multipart/form-data` bodies, whose fields are the parts.
    public var multipartBodyModels: Set<String> {
        Set(operations.filter(\.isMultipart).compactMap { operation in
            if case .reference(let name)? = operation.requestBody?.kind { name } else { nil }
        })
    }
}
