import APIGenJSON

/// A JSON request body that is not a model: an array (`[KeyValuePair]`, `[String]`), a map (`additionalProperties` of a
/// schema), a free-form object (`type: object` without properties) or any JSON value (no schema, or an empty one). The
/// spec's `requestBody` is then the type itself.
extension OpenAPIImporter {
    /// The keys an imported type keeps as a request body (a body has no default, example or description).
    static let typedBodyKeys: Set<String> = ["type", "items", "values", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties"]

    /// The kinds of type that are a request body as they are.
    static let typedBodyKinds: Set<String> = ["array", "map", "object", "any"]

    /// The spec's `requestBody` for an imported array, map, object or any type; nil when its items or values are a model
    /// with read-only fields, which a request cannot carry (a single model body is narrowed to its writable part instead;
    /// elements are left as they are).
    func typedBody(_ type: JSONObject) -> JSONObject? {
        if let model = (type["items"] ?? type["values"])?["ref"]?.stringValue, hasReadOnlyFields(model) { return nil }
        return JSONObject(type.filter { Self.typedBodyKeys.contains($0.key) }.map { ($0.key, $0.value) })
    }
}
