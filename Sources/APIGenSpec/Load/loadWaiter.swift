import APIGenJSON

extension SpecLoader {
    /// A waiter of the top-level `waiters` map; how it fits its operation is checked by the validator.
    func loadWaiter(name: String, _ value: JSONValue, at path: JSONPath) -> Waiter? {
        guard let object = reader.object(value, at: path, allowed: ["description", "operation", "field", "success", "failure", "minDelay", "maxDelay"],
                                         required: ["operation", "field", "success", "minDelay", "maxDelay"], what: "waiter '\(name)'"),
              let operation = reader.string(object, "operation", at: path), let field = reader.string(object, "field", at: path),
              let success = values(object, "success", at: path),
              let minDelay = reader.integer(object, "minDelay", at: path), let maxDelay = reader.integer(object, "maxDelay", at: path)
        else { return nil }
        if minDelay < 1 { reader.error("'minDelay' must be at least 1 second, found \(minDelay)", at: path + "minDelay") }
        if maxDelay < minDelay { reader.error("'maxDelay' (\(maxDelay)) must be at least 'minDelay' (\(minDelay))", at: path + "maxDelay") }
        return Waiter(name: name, description: reader.string(object, "description", at: path), operation: operation, field: field,
                      success: success, failure: values(object, "failure", at: path) ?? [], minDelay: minDelay, maxDelay: maxDelay,
                      location: reader.location(path))
    }

    /// A non-empty array of values (their types are checked against the field by the validator).
    private func values(_ object: JSONObject, _ key: String, at path: JSONPath) -> [JSONValue]? {
        guard let value = object[key] else { return nil }
        guard case .array(let values) = value, !values.isEmpty else {
            let found = if case .array = value { "an empty array" } else { "\(value.kind)" }
            reader.error("'\(key)' must be a non-empty array of the field's values, found \(found)", at: path + key)
            return nil
        }
        return values
    }
}
