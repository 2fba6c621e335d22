extension SwiftNaming {
    /// Member names the generated code itself declares on models and the client; a field with
    /// one of these names is renamed so the two do not collide.
    public static let generatedMemberNames: Set<String> = [
        "unknownFields", "encodeJSON", "validate", "violations", "customMirror", "debugDescription", "hashValue", "hash",
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
            var candidate = base
            var suffix = 2
            while used.contains(candidate) {
                candidate = "\(base)\(suffix)"
                suffix += 1
            }
            used.insert(candidate)
            return candidate
        }
    }

    /// Types the generated code refers to unqualified; a model with one of these names would shadow them.
    public static let reservedTypeNames: Set<String> = [
        "String", "Int", "Double", "Bool", "Array", "Optional", "Dictionary", "Set", "Error", "Never", "Void", "Any",
        "Sendable", "Hashable", "Equatable", "Codable", "Mirror", "Duration", "URL", "Data", "Date", "Swift", "Foundation",
        "JSONValue", "JSONObject", "JSONNumber", "JSONPath", "JSONModel", "JSONCodable", "Nullable", "Timestamp", "OpenEnum",
        "Validatable", "ValidationReport", "ConstraintViolation", "DecodingFailure", "APIClientError", "APIError", "Page",
        "PageSequence", "Credentials", "RequestOptions", "ClientConfiguration", "HTTPTransport", "URLSessionTransport",
        "APIClientCore", "OperationRequest", "ResponseEnvelope", "CommandLineOperation", "CommandLineInvocation", "StringFormat",
        "APIGenRuntime", "APIGenJSON", "CodingKeys", "Self", "CodingKey", "CaseIterable", "CustomReflectable",
        "CustomDebugStringConvertible", "ProcessInfo", "QueryItem", "Redacted", "EnvelopeFormat", "HTTPHeaders", "OperationDescriptor",
        "ValueDescriptor", "CommandLineDescription",
    ]
}
