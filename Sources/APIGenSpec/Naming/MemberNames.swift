extension SwiftNaming {
    /// Member names the generated code itself declares on models and the client; a field with
    /// one of these names is renamed so the two do not collide.
    public static let generatedMemberNames: Set<String> = [
        "unknownFields", "additionalFields", "encodeJSON", "validate", "violations", "customMirror", "debugDescription", "hashValue", "hash",
        "jsonData", "rawValue", "isKnown", "allCases", "unknown", "configuration", "options", "body",
    ]

    /// Unique Swift member names for `names` (spec names with optional explicit Swift names), in order.
    /// A name that collides with an earlier one or with `reserved` gets a numeric suffix (`isUpstream2`);
    /// unusable names get a trailing underscore (`self_`).
    public static func uniqueMemberNames(_ names: [(name: String, override: String?)], reserved: Set<String> = generatedMemberNames) -> [String] {
        var used = reserved
        return names.map { entry in
            var base = entry.override ?? memberName(entry.name)
            if isUnusableMember(base) { base += "_" }
            return claim(base, in: &used)
        }
    }

    /// `base`, or with the first numeric suffix from 2 that `used` does not hold (`isUpstream2`); added to `used`.
    public static func claim(_ base: String, in used: inout Set<String>) -> String {
        var candidate = base
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(base)\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Types the generated code refers to unqualified; a model with one of these names would shadow them.
    /// Every public type of the runtime, the modules generated code may name, and the Swift and
    /// Foundation names that generated code spells out (tests read the runtime's sources and the
    /// generated files to keep this current).
    public static let reservedTypeNames: Set<String> = runtimeTypeNames.union(moduleNames).union([
        "String", "Int", "Double", "Bool", "Optional", "Error", "Never", "Any", "Sendable", "Mirror", "URL",
        "CodingKeys", "Self", "CodingKey", "CaseIterable", "CustomReflectable", "CustomDebugStringConvertible", "ProcessInfo",
    ])

    /// A type named like a module hides the module, so `Module.Type` no longer finds the type.
    static let moduleNames: Set<String> = ["Swift", "Foundation", "FoundationNetworking", runtimeModule, "APIGenJSON"]

    /// The module generated code depends on (it re-exports APIGenJSON, whose types are named through it).
    public static let runtimeModule = "APIGenRuntime"

    /// The public types of APIGenRuntime and APIGenJSON.
    static let runtimeTypeNames: Set<String> = [
        "APIClientCore", "APIClientError", "APIError", "BodyKind", "ClientConfiguration", "MediaType", "CommandLineDescription", "ConstraintViolation",
        "Credentials", "DecodingFailure", "Deprecation", "EnvelopeFormat", "FilePart", "HTTPExchange", "HTTPHeaders", "HeaderItem", "HTTPRequest", "HTTPResponse",
        "HTTPTransport", "JSONCodable", "JSONLocations", "JSONMap", "JSONModel", "JSONNumber", "JSONObject", "JSONParseOptions", "JSONParser",
        "JSONPath", "JSONSerializer", "JSONSyntaxError", "JSONValue", "Indirect", "Nullable", "OpenEnum", "OpenEnumRawValue", "OperationArgumentError",
        "OperationArguments", "OperationDescriptor", "OperationRequest", "MultipartBody", "MultipartEncoder", "MultipartPart", "Page", "PageSequence", "ParameterValue", "QueryItem",
        "QueryListStyle", "QueryRepresentable", "Redacted", "RequestOptions", "RequestSafety", "RetryPolicy", "RetryingExecutor", "SourceLocation",
        "StringFormat", "SuccessAnswer", "SuccessEnvelope", "TerminalText", "Timestamp", "TransportError", "TransportOptions", "URLSessionTransport", "Validatable",
        "ValidationReport", "ValueDescriptor", "WaiterAcceptor", "WaiterDelays", "WaiterDescriptor", "WaiterError", "WaiterTiming",
    ]
}
