import APIGenJSON

/// A JSON request body that is an array (`[KeyValuePair]`, `[String]`): the spec's `requestBody` is then the array type.
extension OpenAPIImporter {
    /// The keys an imported array type keeps as a request body (a body has no default, example or description).
    static let arrayBodyKeys: Set<String> = ["type", "items", "minItems", "maxItems", "uniqueItems"]

    /// The spec's `requestBody` for an imported array type; nil when its items are a model with read-only fields, which
    /// a request cannot carry (a single model body is narrowed to its writable part instead; items are left as they are).
    func arrayBody(_ type: JSONObject) -> JSONObject? {
        if let model = type["items"]?["ref"]?.stringValue, hasReadOnlyFields(model) { return nil }
        return JSONObject(type.filter { Self.arrayBodyKeys.contains($0.key) }.map { ($0.key, $0.value) })
    }
}
