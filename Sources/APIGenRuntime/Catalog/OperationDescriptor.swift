/// An operation as data: its names, help, parameters, body fields, and a closure that calls the
/// typed method. Generated from the spec, so that generic tools (the command-line tool, tests)
/// can call any operation without code written for it.
public struct OperationDescriptor<API: Sendable>: Sendable {
    /// The spec's operation name, e.g. `updateServer`.
    public var name: String
    /// The command-line command, e.g. `update`.
    public var command: String
    public var summary: String
    public var description: String?
    public var warning: String?
    /// Set when the spec deprecates the operation: help says so.
    public var deprecation: Deprecation?
    public var method: String
    public var pathTemplate: String
    public var parameters: [ValueDescriptor]
    /// The request body's fields that take a single value (and so can be flags); `nil` when the
    /// operation sends no body. Every field, flag or not, can be given in a JSON body.
    public var bodyFields: [ValueDescriptor]?
    /// What the body is: an object (a model, whose single-value fields are ``bodyFields``), or an array or raw content, given whole.
    public var bodyKind: BodyKind
    /// The media type of an answer that is not JSON; ``invoke`` gives it as a JSON string (text as it is, bytes in base64).
    public var resultContentType: String?
    /// Calls the operation and returns its result as JSON.
    public var invoke: @Sendable (API, OperationArguments) async throws -> JSONValue
    /// For paginated operations: every item of every page as JSON, fetched page by page as the
    /// sequence is iterated (so a caller can print items as they arrive, and stop early).
    public var allItems: (@Sendable (API, OperationArguments) throws -> PageSequence<JSONValue>)?

    /// Whether the operation returns pages (and so can fetch them all).
    public var isPaginated: Bool { allItems != nil }
    /// Whether the operation deletes something (HTTP `DELETE`): a tool asks before running it.
    public var isDestructive: Bool { method == "DELETE" }

    public init(name: String, command: String, summary: String, description: String?, warning: String?, method: String,
                pathTemplate: String, parameters: [ValueDescriptor], bodyFields: [ValueDescriptor]?, bodyKind: BodyKind = .object,
                resultContentType: String? = nil, invoke: @escaping @Sendable (API, OperationArguments) async throws -> JSONValue,
                allItems: (@Sendable (API, OperationArguments) throws -> PageSequence<JSONValue>)? = nil, deprecation: Deprecation? = nil) {
        self.name = name
        self.command = command
        self.summary = summary
        self.description = description
        self.warning = warning
        self.method = method
        self.pathTemplate = pathTemplate
        self.parameters = parameters
        self.bodyFields = bodyFields
        self.bodyKind = bodyKind
        self.resultContentType = resultContentType
        self.invoke = invoke
        self.allItems = allItems
        self.deprecation = deprecation
    }
}

/// The JSON of a request body, as a tool takes it.
public enum BodyKind: Sendable, Hashable {
    /// An object model (or a union of them), a free-form object or a map: `--body` gives an object whose members the
    /// field options (a model's single-value fields; none for the others) replace.
    case object
    /// An array: `--body` gives it whole.
    case array
    /// Any JSON value (the spec's `{"type": "any"}`): `--body` gives it whole, and is required.
    case anyJSON
    /// Raw content of a media type (text or bytes): `--body` gives it whole, from a file or standard input.
    case content(mediaType: String)
    /// A `multipart/form-data` body of an object model: as ``object``, and each file field (``ValueDescriptor/Kind/file``)
    /// is read from a file.
    case multipart
}

/// A parameter or a body field, described for tools.
public struct ValueDescriptor: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case string, integer, number, boolean
        case enumeration([String])
        /// An enum of whole numbers: the option takes one of them, the body gets it as a JSON number.
        case integerEnumeration([Int])
        /// A `bytes` field of a multipart body: a file, given as `@PATH` (with `;type=MEDIA` or `;filename=NAME`), which
        /// the body holds as a ``FilePart``'s JSON (`{"data": BASE64, "filename": …, "contentType": …}`).
        case file

        /// The values an enumeration allows, as a command line writes them; nil for other kinds.
        public var allowedValues: [String]? {
            switch self {
            case .enumeration(let values): values
            case .integerEnumeration(let values): values.map(String.init)
            case .string, .integer, .number, .boolean, .file: nil
            }
        }
    }

    /// Where a value goes in the request. The spec format's parameter `in` takes the
    /// ``parameterPlacements``; the body's fields are `body`.
    public enum Placement: String, Sendable, Hashable, CaseIterable {
        case path, query, header, body

        /// Where a parameter can be, as the spec format's `in` spells it, in the order of a method's arguments.
        public static let parameterPlacements: [Placement] = [.path, .query, .header]
    }

    /// The JSON, query or header name, e.g. `per_page`, `cf-r2-jurisdiction`.
    public var name: String
    /// The flag without dashes, e.g. `per-page`.
    public var flag: String
    public var placement: Placement
    public var kind: Kind
    public var isRequired: Bool
    public var isNullable: Bool
    /// An array parameter: the option is repeated, once per item, and ``kind`` is the items'.
    public var isRepeatable: Bool
    /// Given as a positional argument rather than a flag.
    public var isPositional: Bool
    public var isSensitive: Bool
    public var description: String?
    /// An environment variable read when the value is not given.
    public var environment: String?
    public var defaultValue: String?
    /// The spec's constraints in words, for help: `1 to 32 characters`, `1 to 100`, `an absolute URI`.
    public var constraints: [String]
    /// The spec's example value as a command line gives it, e.g. `my-mcp-server`.
    public var example: String?
    /// Set when the spec deprecates the parameter or field: help says so.
    public var deprecation: Deprecation?
    /// A body field's one value (`"const"` in the spec): a tool offers no option for it and puts it in the body.
    public var constant: JSONValue?

    public init(name: String, flag: String, placement: Placement, kind: Kind, isRequired: Bool, isNullable: Bool = false,
                isRepeatable: Bool = false, isPositional: Bool = false, isSensitive: Bool = false, description: String? = nil,
                environment: String? = nil, defaultValue: String? = nil, constraints: [String] = [], example: String? = nil,
                deprecation: Deprecation? = nil, constant: JSONValue? = nil) {
        self.name = name
        self.flag = flag
        self.placement = placement
        self.kind = kind
        self.isRequired = isRequired
        self.isNullable = isNullable
        self.isRepeatable = isRepeatable
        self.isPositional = isPositional
        self.isSensitive = isSensitive
        self.description = description
        self.environment = environment
        self.defaultValue = defaultValue
        self.constraints = constraints
        self.example = example
        self.deprecation = deprecation
        self.constant = constant
    }
}
