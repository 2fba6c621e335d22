import APIGenIR
import APIGenSpec

extension Translator {
    /// Summary, description, permissions, each argument, the result, the errors, any warning, and the source.
    func methodDocumentation(_ operation: Operation, includesOptions: Bool) -> Documentation {
        var paragraphs = [operation.summary ?? operation.name, operation.description ?? ""]
        if !operation.permissions.isEmpty {
            paragraphs.append("Requires one of these token permissions: " + operation.permissions.joined(separator: ", ") + ".")
        }
        var parameters: [(name: String, text: String)] = []
        for (parameter, name) in zip(operation.parameters, names.parameterNames(of: operation)) {
            var words = constraintWords(parameter.schema)
            if let value = parameter.schema.defaultValue { words.append("the API's default is `\(value)`") }
            let notes = words.isEmpty ? "" : " (" + words.joined(separator: "; ") + ")"
            parameters.append((NameTable.argumentLabel(name), (parameter.description ?? parameter.name) + notes))
        }
        if case .reference(let name)? = operation.requestBody?.kind {
            parameters.append(("body", "The request body; validated before anything is sent. See `\(names.typeName(name))`."))
        }
        if includesOptions { parameters.append(("options", "Overrides of the client's configuration for this call.")) }

        var errors = "`APIClientError`: `.invalidRequest` when an argument breaks a constraint of the spec (nothing is sent)"
        let declared = operation.errors.map { "\($0.status)" + ($0.description.map { " (\($0.trimmingCharacters(in: ["."])))" } ?? "") }
        errors += "; `.api` for an error answer" + (declared.isEmpty ? "" : ", documented: " + declared.joined(separator: ", "))
        errors += "; `.unexpectedResponse`, `.decoding`, `.timedOut`, `.transport`, `.responseTooLarge` or `.cancelled` when no usable answer arrives."
        return Documentation(
            paragraphs: paragraphs, parameters: parameters,
            returns: operation.response.description.map { "\($0) (HTTP \(operation.response.status))" },
            throwsText: errors, warning: operation.warning,
            remark: remark(operation.location) + " `\(operation.method) \(operation.path)`" + (operation.operationID.map { ", operationId `\($0)`." } ?? ".")
        )
    }
}
