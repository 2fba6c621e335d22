import APIGenJSON

extension SpecValidator {
    /// A waiter polls an operation that needs no body and whose result is an object model with
    /// the named field, a string, boolean or enum; its values are values of that field.
    mutating func checkWaiter(_ waiter: Waiter) {
        let path = waiter.location.path
        let at = { (path: JSONPath) in SpecLocation(file: waiter.location.file, path: path) }
        if let clash = spec.operations.first(where: { SwiftNaming.memberName($0.name) == waiter.methodName }) {
            error("waiter '\(waiter.name)' generates the method '\(waiter.methodName)', which operation '\(clash.name)' has already", at: waiter.location)
        }
        if let clash = spec.operations.first(where: { $0.commandName == waiter.commandName }) {
            error("waiter '\(waiter.name)' generates the command '\(waiter.commandName)', which operation '\(clash.name)' has already; "
                + "give the operation another 'cli.command' or rename the waiter", at: waiter.location)
        }
        let earlier = spec.waiters.prefix { $0.name != waiter.name }
        if let clash = earlier.first(where: { $0.methodName == waiter.methodName }) {
            error("waiters '\(clash.name)' and '\(waiter.name)' both generate the method '\(waiter.methodName)'", at: waiter.location)
        }
        if let clash = earlier.first(where: { $0.commandName == waiter.commandName }) {
            error("waiters '\(clash.name)' and '\(waiter.name)' both generate the command '\(waiter.commandName)'", at: waiter.location)
        }
        guard let operation = spec.operations.first(where: { $0.name == waiter.operation }) else {
            let suggestion = closest(to: waiter.operation, in: spec.operations.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
            error("waiter '\(waiter.name)' polls the operation '\(waiter.operation)', which the spec does not define\(suggestion)", at: at(path + "operation"))
            return
        }
        if operation.requestBody != nil {
            error("waiter '\(waiter.name)' polls '\(operation.name)', which takes a request body; a waiter repeats a call without one", at: at(path + "operation"))
        }
        if !operation.response.answersShareResult {
            error("waiter '\(waiter.name)' polls '\(operation.name)', whose success statuses carry different results; a waiter reads one result type",
                  at: at(path + "operation"))
            return
        }
        guard case .reference(let modelName)? = operation.response.result?.kind, let object = spec.model(named: modelName)?.objectModel else {
            error("waiter '\(waiter.name)' polls '\(operation.name)', whose result is not an object model", at: at(path + "operation"))
            return
        }
        guard let field = object.fields.first(where: { $0.name == waiter.field }) else {
            let suggestion = closest(to: waiter.field, in: object.fields.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
            error("'\(waiter.field)' is not a field of '\(modelName)', the result of '\(operation.name)'\(suggestion)", at: at(path + "field"))
            return
        }
        if !field.isRequired && field.isNullable {
            error("field '\(waiter.field)' of '\(modelName)' is optional and nullable; a waiter compares a field that is either", at: at(path + "field"))
        }
        let allowed: (JSONValue) -> Bool
        let expected: String
        switch field.schema.kind {
        case .string(format: nil):
            allowed = { if case .string = $0 { true } else { false } }
            expected = "a string"
        case .boolean:
            allowed = { if case .bool = $0 { true } else { false } }
            expected = "a boolean"
        case .reference(let name) where spec.model(named: name)?.enumModel != nil:
            let listed = spec.model(named: name)?.enumModel?.values.map(\.value) ?? []
            allowed = { EnumValue(json: $0).map(listed.contains) ?? false }
            expected = "a value of the enum '\(name)' (\(listed.map { JSONSerializer.string($0.json) }.joined(separator: ", ")))"
        default:
            error("field '\(waiter.field)' of '\(modelName)' must be a string, a boolean or an enum model for a waiter to compare", at: at(path + "field"))
            return
        }
        for (key, values) in [("success", waiter.success), ("failure", waiter.failure)] {
            for (index, value) in values.enumerated() where !allowed(value) {
                error("\(value) is not \(expected), the type of '\(waiter.field)'", at: at((path + key).appending(index: index)))
            }
        }
        for (index, value) in waiter.failure.enumerated() where waiter.success.contains(value) {
            error("\(value) is both a success and a failure value", at: at((path + "failure").appending(index: index)))
        }
    }
}
