import APIGenIR
import APIGenSpec

extension Translator {
    /// Summary, description, permissions, each argument, the result, the errors, any warning, and the source.
    func methodDocumentation(_ description: OperationDescription, includesOptions: Bool) -> Documentation {
        let operation = description.operation
        var paragraphs = [operation.summary ?? operation.name, operation.description ?? "", deprecationNote(operation.deprecation)]
        // Every success status: `200`, `200 or 204`.
        let statuses = Self.statusList(operation.response.answers.map(\.status))
        if operation.response.result == nil, operation.response.contentType == nil, description.answerEnum == nil {
            paragraphs.append("The API answers HTTP \(statuses) with nothing to return." + (operation.response.description.map { " " + $0 } ?? ""))
        }
        if !operation.permissions.isEmpty {
            paragraphs.append("Requires one of these token permissions: " + operation.permissions.joined(separator: ", ") + ".")
        }
        if !operation.headers.isEmpty {
            paragraphs.append("Always sends " + operation.headers.map { "`\($0.name): \($0.value)`" }.joined(separator: ", ") + ".")
        }
        var parameters: [(name: String, text: String)] = []
        for argument in description.parameters {
            let parameter = argument.parameter
            var words = constraintWords(parameter.schema)
            if parameter.placement == .header { words.insert("sent as the `\(parameter.name)` header", at: 0) }
            if parameter.isSensitive { words.append(Self.secretNote) }
            if let value = parameter.schema.defaultValue { words.append("the API's default is `\(value)`") }
            let notes = words.isEmpty ? "" : " (" + words.joined(separator: "; ") + ")"
            let deprecation = parameter.deprecation.map { " " + deprecationNote($0) } ?? ""
            parameters.append((argument.label, (parameter.description ?? parameter.name) + notes + deprecation))
        }
        if let mediaType = operation.requestContentType {
            parameters.append(("body", "The request body, sent as it is with the content type `\(mediaType)`."))
        }
        if let body = operation.requestBody {
            switch body.kind {
            case .reference(let name) where operation.isMultipart:
                parameters.append(("body", "The request body, sent as `multipart/form-data`, a part for each field; validated before anything is sent. "
                                   + "See `\(names.typeName(name))`."))
            case .reference(let name):
                parameters.append(("body", "The request body; validated before anything is sent. See `\(names.typeName(name))`."))
            case .object:
                parameters.append(("body", "The request body, a JSON object of any members."))
            case .any:
                parameters.append(("body", "The request body, any JSON value."))
            default:
                // An array or a map (the validator allows nothing else): its count and elements in words.
                let notes = (constraintWords(body) + ["validated before anything is sent"]).joined(separator: "; ")
                let model = if case .reference(let name)? = body.element?.kind { " of `\(names.typeName(name))`" } else { "" }
                parameters.append(("body", "The request body, \(body.isArray ? "an array" : "a map")\(model) (\(notes))."))
            }
        }
        if includesOptions { parameters.append(("options", "Overrides of the client's configuration for this call.")) }

        // The error cases are the runtime's: linked, not listed, so the text cannot go stale.
        var errors = "``APIClientError``: `.invalidRequest` when an argument breaks a constraint of the spec (nothing is sent)"
        // Without an envelope the body is all an error says: each names the model to read it as.
        let bare = spec.envelope(of: operation) == nil
        // Most specific first, as an answer is matched: exact statuses, then 4XX/5XX, then default.
        let declared = operation.errors.sorted { $0.status.specificity > $1.status.specificity }.map { error in
            var notes = error.description.map { [$0.trimmingCharacters(in: ["."])] } ?? []
            if bare, case .reference(let name)? = error.body?.kind { notes.append("`body(as: \(names.typeName(name)).self)`") }
            return "\(error.status)" + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
        }
        errors += "; `.api` for an error answer" + (declared.isEmpty ? "" : ", documented: " + declared.joined(separator: ", "))
        errors += "; another case when no usable answer arrives."
        return Documentation(
            paragraphs: paragraphs, parameters: parameters,
            returns: operation.response.contentType.map { mediaType in
                (operation.response.description.map(Self.withoutLeadingReturns) ?? "The answer") + " (HTTP \(operation.response.status), `\(mediaType)`, as it is)"
            } ?? description.answerEnum.map(answersText) ?? (operation.response.result == nil ? nil
                : operation.response.description.map {
                    "\(Self.withoutLeadingReturns($0)) (HTTP \(statuses)"
                        + (operation.response.isNullable ? "; `nil` when the result is `null` or left out)" : ")")
                        // The same result whatever the status: each alternative says what its status means.
                        + operation.response.alternatives.compactMap { alternative in alternative.description.map { " HTTP \(alternative.status): \($0)" } }.joined()
                }),
            throwsText: errors, warning: operation.warning,
            remark: remark(operation.location) + " `\(operation.method) \(operation.path.text)`" + (operation.operationID.map { ", operationId `\($0)`." } ?? ".")
        )
    }

    /// `- Returns:` of a method that returns an enum of its answers: each case and its status.
    private func answersText(_ answers: OperationDescription.AnswerEnum) -> String {
        "The answer by its status: " + answers.cases.map { "`.\($0.name)` (HTTP \($0.answer.status))" }.joined(separator: ", ")
            + "; see `\(answers.name)`."
    }

    /// Statuses in prose: `200`, `200 or 204`, `200, 201 or 202`.
    static func statusList(_ statuses: [Int]) -> String {
        let texts = statuses.map(String.init)
        return texts.count == 1 ? texts[0] : texts.dropLast().joined(separator: ", ") + " or " + texts[texts.count - 1]
    }

    /// "Returns the created Object." reads "- Returns: Returns the created Object." under the
    /// callout; the published descriptions often start that way.
    static func withoutLeadingReturns(_ text: String) -> String {
        guard text.hasPrefix("Returns "), text.count > 8 else { return text }
        return String(text.dropFirst(8)).uppercasedFirst()
    }
}
