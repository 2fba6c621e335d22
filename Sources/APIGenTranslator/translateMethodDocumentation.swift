import APIGenIR
import APIGenSpec

extension Translator {
    /// Summary, description, permissions, each argument, the result, the errors, any warning, and the source.
    func methodDocumentation(_ description: OperationDescription, includesOptions: Bool) -> Documentation {
        let operation = description.operation
        var paragraphs = [operation.summary ?? operation.name, operation.description ?? "", deprecationNote(operation.deprecation)]
        if operation.response.result == nil {
            paragraphs.append("The API answers HTTP \(operation.response.status) with nothing to return." + (operation.response.description.map { " " + $0 } ?? ""))
        }
        if !operation.permissions.isEmpty {
            paragraphs.append("Requires one of these token permissions: " + operation.permissions.joined(separator: ", ") + ".")
        }
        var parameters: [(name: String, text: String)] = []
        for argument in description.parameters {
            let parameter = argument.parameter
            var words = constraintWords(parameter.schema)
            if let value = parameter.schema.defaultValue { words.append("the API's default is `\(value)`") }
            let notes = words.isEmpty ? "" : " (" + words.joined(separator: "; ") + ")"
            let deprecation = parameter.deprecation.map { " " + deprecationNote($0) } ?? ""
            parameters.append((argument.label, (parameter.description ?? parameter.name) + notes + deprecation))
        }
        if case .reference(let name)? = operation.requestBody?.kind {
            parameters.append(("body", "The request body; validated before anything is sent. See `\(names.typeName(name))`."))
        }
        if includesOptions { parameters.append(("options", "Overrides of the client's configuration for this call.")) }

        // The error cases are the runtime's: linked, not listed, so the text cannot go stale.
        var errors = "``APIClientError``: `.invalidRequest` when an argument breaks a constraint of the spec (nothing is sent)"
        let declared = operation.errors.map { "\($0.status)" + ($0.description.map { " (\($0.trimmingCharacters(in: ["."])))" } ?? "") }
        errors += "; `.api` for an error answer" + (declared.isEmpty ? "" : ", documented: " + declared.joined(separator: ", "))
        errors += "; another case when no usable answer arrives."
        return Documentation(
            paragraphs: paragraphs, parameters: parameters,
            returns: operation.response.result == nil ? nil
                : operation.response.description.map { "\(Self.withoutLeadingReturns($0)) (HTTP \(operation.response.status))" },
            throwsText: errors, warning: operation.warning,
            remark: remark(operation.location) + " `\(operation.method) \(operation.path.text)`" + (operation.operationID.map { ", operationId `\($0)`." } ?? ".")
        )
    }

    /// "Returns the created Object." reads "- Returns: Returns the created Object." under the
    /// callout; the published descriptions often start that way.
    static func withoutLeadingReturns(_ text: String) -> String {
        guard text.hasPrefix("Returns "), text.count > 8 else { return text }
        return String(text.dropFirst(8)).uppercasedFirst()
    }
}
