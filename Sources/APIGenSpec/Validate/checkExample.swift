import APIGenJSON

extension SpecValidator {
    /// An example must obey its own operation: known parameters of the right types, a body the
    /// request model accepts, and a response that fits the success envelope, a declared error
    /// body, or (for an undeclared status) the envelope's error list.
    mutating func checkExample(_ example: Example, of operation: Operation) {
        let what = "example '\(example.name)' of operation '\(operation.name)'"
        var request = ExampleChecker(spec: spec, mode: .request)
        for member in example.parameters {
            guard let parameter = operation.parameters.first(where: { $0.name == member.key }) else {
                error("\(what) sets parameter '\(member.key)', which the operation does not have", at: example.location)
                continue
            }
            request.check(member.value, against: parameter.schema, at: JSONPath.root + member.key)
        }
        for parameter in operation.parameters where parameter.isRequired && example.parameters[parameter.name] == nil {
            error("\(what) does not set the required parameter '\(parameter.name)'", at: example.location)
        }
        // Raw content is given as its text.
        if operation.requestContentType != nil {
            if let body = example.body, body.stringValue == nil {
                error("\(what): the request body is raw content, so its example is a string, not \(body.kind)", at: example.location)
            }
        } else {
            checkJSONBody(example, of: operation, what: what, request: &request)
        }
        for problem in request.problems { error("\(what): request \(problem)", at: example.location) }

        var response = ExampleChecker(spec: spec, mode: .response)
        defer { for problem in response.problems { error("\(what): response \(problem)", at: example.location) } }
        let envelope = spec.envelope(of: operation)
        // The success answer of the example's status: the response or one of its alternatives.
        let answer = operation.response.answers.first { $0.status == example.responseStatus }
        let nullable = answer?.isNullable ?? false
        if answer?.contentType != nil {
            if example.responseBody.stringValue == nil {
                error("\(what): the answer is raw content, so its example is a string, not \(example.responseBody.kind)", at: example.location)
            }
            return
        }
        if let answer {
            if envelope == nil, let expected = answer.result, !(nullable && example.responseBody.isNull) {
                // No envelope: the whole body is the result (and anything goes for an empty answer).
                response.check(example.responseBody, against: expected, at: .root)
            }
            guard let envelope, let expected = answer.result else {
                // An empty answer: no body, or an envelope whose result, if any, is null.
                if let envelope, case .object(let body) = example.responseBody, let result = body[envelope.resultField], result != .null {
                    error("\(what): the operation answers with no result, but the example's '\(envelope.resultField)' is not null", at: example.location)
                }
                return
            }
            guard case .object(let body) = example.responseBody else {
                error("\(what): the response body must be an object (the success envelope)", at: example.location)
                return
            }
            if let result = body[envelope.resultField] {
                // A nullable result may be null or left out.
                if !(nullable && result.isNull) { response.check(result, against: expected, at: .root + envelope.resultField) }
            } else if !nullable {
                error("\(what): the response has no '\(envelope.resultField)'", at: example.location)
            }
            // The envelope's page information: a paginated operation's, or a list's that is not paginated.
            if let pageInfoField = envelope.pageInfoField, let info = body[pageInfoField],
               let model = (operation.pagination?.infoModel ?? operation.response.infoModel).flatMap(spec.model(named:)) {
                response.check(info, against: Schema(kind: .reference(model.name), location: model.location), at: .root + pageInfoField)
            }
        } else if let declared = operation.declaredError(for: example.responseStatus), let body = declared.body {
            response.check(example.responseBody, against: body, at: .root)
        } else if example.responseStatus < 400 {
            let statuses = operation.response.answers.map { String($0.status) }
            let success = statuses.count == 1 ? "the operation's success status \(statuses[0])" : "a success status of the operation (\(statuses.joined(separator: ", ")))"
            error("\(what): status \(example.responseStatus) is neither \(success) nor an error", at: example.location)
        } else if let envelope, example.responseBody[envelope.errorsField]?.arrayValue == nil {
            // Without an envelope an undeclared error may have any body: it is known by its status.
            error("\(what): an undeclared error status needs a body with an '\(envelope.errorsField)' array", at: example.location)
        }
    }

    /// A JSON example body: present exactly when the operation takes one, and valid for it.
    private mutating func checkJSONBody(_ example: Example, of operation: Operation, what: String, request: inout ExampleChecker) {
        switch (example.body, operation.requestBody) {
        case (let body?, let schema?):
            request.check(body, against: schema, at: .root)
        case (.some, nil):
            error("\(what) has a request body, but the operation takes none", at: example.location)
        case (nil, .some):
            error("\(what) has no request body, but the operation takes one; use {} for an empty body", at: example.location)
        case (nil, nil):
            break
        }
    }
}
