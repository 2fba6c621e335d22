import APIGenJSON
import APIGenRuntime

extension SpecLoader {
    static let methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    /// Every key a parameter may have.
    static let parameterKeys = schemaKeys + ["in", "required", "description", "environment", "deprecated", "sensitive", "cli", "style"]
    /// Every key a request body may have: a type (a model, or an array of items), without a default, an example or a constant.
    static let requestBodyKeys = schemaKeys.filter { !["default", "example", ConstraintKey.const.rawValue].contains($0) }

    /// An error entry's `status`: a whole number 400…599, `"4XX"`, `"5XX"` or `"default"`.
    func errorStatus(_ object: JSONObject, at path: JSONPath) -> ErrorStatus? {
        guard case .string(let text)? = object["status"] else {
            return reader.integer(object, "status", at: path, range: 400...599).map(ErrorStatus.exact)
        }
        if text == ErrorStatus.defaultKey { return .default }
        if let digit = ErrorStatus.ranges[text] { return .range(digit) }
        let hint = ErrorStatus.ranges[text.uppercased()] != nil || text.lowercased() == ErrorStatus.defaultKey
            ? "; did you mean '\(text.lowercased() == ErrorStatus.defaultKey ? ErrorStatus.defaultKey : text.uppercased())'?" : ""
        reader.error("'status' must be an error status (400…599), \"4XX\", \"5XX\" or \"default\", found '\(text)'\(hint)", at: path + "status")
        return nil
    }

    func loadOperation(name: String, _ value: JSONValue, at path: JSONPath) -> Operation? {
        guard let object = reader.object(
            value, at: path,
            allowed: ["method", "path", "idempotent", "envelope", "operationId", "summary", "description", "warning", "deprecated", "permissions",
                      "authentication", "parameters", "headers", "requestBody", "response", "errors", "pagination", "cli", "examples"],
            required: ["method", "path", "response"], what: "operation '\(name)'"
        ) else { return nil }
        let method = reader.string(object, "method", at: path)
        if let method, !Self.methods.contains(method) {
            reader.error("'method' must be one of \(Self.methods.joined(separator: ", ")), found '\(method)'", at: path + "method")
        }
        var template: PathTemplate?
        if let text = reader.string(object, "path", at: path) {
            if !text.hasPrefix("/") { reader.error("'path' must start with '/', found '\(text)'", at: path + "path") }
            do {
                template = try PathTemplate(parsing: text)
            } catch {
                reader.error("'path' '\(text)' is not a path template: \(error)", at: path + "path")
            }
        }

        var parameters: [Parameter] = []
        if let parametersValue = object["parameters"] {
            if case .object(let parameterObjects) = parametersValue {
                for member in parameterObjects {
                    if let parameter = loadParameter(name: member.key, member.value, at: path + "parameters" + member.key) {
                        parameters.append(parameter)
                    }
                }
            } else {
                reader.error("'parameters' must be an object mapping names to parameters, found \(parametersValue.kind)", at: path + "parameters")
            }
        }

        var headers: [FixedHeader] = []
        if let headersValue = object["headers"] {
            if case .object(let members) = headersValue {
                for member in members {
                    if case .string(let text) = member.value {
                        headers.append(FixedHeader(name: member.key, value: text, location: reader.location(path + "headers" + member.key)))
                    } else {
                        reader.error("header '\(member.key)' must be a string, found \(member.value.kind)", at: path + "headers" + member.key)
                    }
                }
            } else {
                reader.error("'headers' must be an object mapping header names to values, found \(headersValue.kind)", at: path + "headers")
            }
        }

        var requestBody: Schema?
        var requestContentType: String?
        var isMultipart = false
        if let bodyValue = object["requestBody"],
           let body = reader.object(bodyValue, at: path + "requestBody", allowed: Self.requestBodyKeys + ["contentType"], what: "'requestBody'") {
            if let mediaType = body["contentType"]?.stringValue, MediaType.essence(mediaType) == MediaType.multipartFormData {
                (requestBody, isMultipart) = (multipartBody(body, at: path + "requestBody"), true)
            } else if body["contentType"] != nil {
                requestContentType = rawContentType(body, at: path + "requestBody", sent: true)
            } else {
                requestBody = loadSchema(body, at: path + "requestBody")
            }
        }

        let response = object["response"].flatMap { loadSuccess($0, at: path + "response", isAlternative: false) }

        var errors: [ErrorResponse] = []
        if let errorsValue = object["errors"] {
            if case .array(let entries) = errorsValue {
                for (index, entry) in entries.enumerated() {
                    let entryPath = (path + "errors").appending(index: index)
                    guard let entryObject = reader.object(entry, at: entryPath, allowed: ["status", "description", "body"],
                                                          required: ["status"], what: "an error response"),
                          let status = errorStatus(entryObject, at: entryPath)
                    else { continue }
                    // Without `body` the status is documented and its answer has no body to read.
                    var body: Schema?
                    if let bodyValue = entryObject["body"] {
                        guard let bodyObject = reader.object(bodyValue, at: entryPath + "body", allowed: ["ref"], required: ["ref"], what: "'body'"),
                              let loaded = loadSchema(bodyObject, at: entryPath + "body")
                        else { continue }
                        body = loaded
                    }
                    errors.append(ErrorResponse(status: status, description: reader.string(entryObject, "description", at: entryPath),
                                                body: body, location: reader.location(entryPath)))
                }
            } else {
                reader.error("'errors' must be an array, found \(errorsValue.kind)", at: path + "errors")
            }
        }

        var pagination: Pagination?
        if let paginationValue = object["pagination"] {
            pagination = loadPagination(paginationValue, at: path + "pagination", reader: reader)
        }

        var commandLine: CommandLineSettings?
        if let cliValue = object["cli"],
           let cli = reader.object(cliValue, at: path + "cli", allowed: ["command", "positionals"], required: ["command"], what: "'cli'"),
           let command = reader.name(cli, "command", at: path + "cli") {
            commandLine = CommandLineSettings(command: command, positionals: reader.stringArray(cli, "positionals", at: path + "cli") ?? [])
        }

        var examples: [Example] = []
        if let examplesValue = object["examples"] {
            if case .array(let entries) = examplesValue {
                for (index, entry) in entries.enumerated() {
                    if let example = loadExample(entry, at: (path + "examples").appending(index: index)) { examples.append(example) }
                }
            } else {
                reader.error("'examples' must be an array, found \(examplesValue.kind)", at: path + "examples")
            }
        }

        guard let method, let template, let response else { return nil }
        return Operation(
            name: name, method: method, path: template, idempotent: reader.bool(object, "idempotent", at: path),
            envelope: reader.bool(object, "envelope", at: path),
            operationID: reader.string(object, "operationId", at: path),
            summary: reader.string(object, "summary", at: path),
            description: reader.string(object, "description", at: path),
            warning: reader.string(object, "warning", at: path),
            deprecation: reader.deprecation(object, at: path),
            permissions: reader.stringArray(object, "permissions", at: path) ?? [],
            authentication: reader.stringArray(object, "authentication", at: path) ?? [],
            parameters: parameters, headers: headers, requestBody: requestBody, requestContentType: requestContentType, isMultipart: isMultipart, response: response, errors: errors,
            pagination: pagination, commandLine: commandLine, examples: examples, location: reader.location(path)
        )
    }

    /// `response`, or one of its `alternatives`: a 2xx status with a JSON result, no result (an empty answer), or raw content
    /// (`contentType`), which an alternative cannot have.
    private func loadSuccess(_ value: JSONValue, at path: JSONPath, isAlternative: Bool) -> SuccessResponse? {
        guard let object = reader.object(value, at: path, allowed: ["status", "description", "result", "contentType"] + (isAlternative ? [] : ["alternatives", "info"]),
                                         required: ["status"], what: isAlternative ? "an alternative answer" : "'response'"),
              let status = reader.integer(object, "status", at: path, range: 200...299)
        else { return nil }
        // No `result`: an empty answer (204, or a success with nothing to return).
        var result: Schema?
        var resultIsValid = true
        var isNullable = false
        if let resultValue = object["result"] {
            let resultObject = reader.object(resultValue, at: path + "result", allowed: Self.schemaKeys + ["nullable"], what: "'result'")
            result = resultObject.flatMap { loadSchema($0, at: path + "result") }
            isNullable = resultObject.flatMap { reader.bool($0, "nullable", at: path + "result") } ?? false
            refuseConstant(result, in: "a result")
            resultIsValid = result != nil
        }
        var contentType: String?
        if isAlternative, object["contentType"] != nil {
            // The runtime reads raw content apart from JSON, for one status; an alternative is decoded as JSON.
            reader.error("an alternative answer cannot be raw content ('contentType'): only 'response' itself may be; "
                         + "describe the alternative's JSON with 'result', or leave it out for an empty answer", at: reader.keyLocation(path + "contentType"))
            resultIsValid = false
        } else if object["contentType"] != nil {
            contentType = rawContentType(JSONObject(object.filter { !["status", "description", "alternatives", "info"].contains($0.key) }.map { ($0.key, $0.value) }),
                                         at: path, sent: false)
            resultIsValid = resultIsValid && contentType != nil
        }
        var alternatives: [SuccessResponse] = []
        if let alternativesValue = object["alternatives"] {
            if case .array(let entries) = alternativesValue {
                for (index, entry) in entries.enumerated() {
                    if let alternative = loadSuccess(entry, at: (path + "alternatives").appending(index: index), isAlternative: true) {
                        alternatives.append(alternative)
                    }
                }
            } else {
                reader.error("'alternatives' must be an array of answers, found \(alternativesValue.kind)", at: path + "alternatives")
            }
        }
        guard resultIsValid else { return nil }
        return SuccessResponse(status: status, description: reader.string(object, "description", at: path), result: result, isNullable: isNullable,
                               contentType: contentType, alternatives: alternatives, infoModel: reader.string(object, "info", at: path),
                               location: reader.location(path))
    }

    /// A `multipart/form-data` body: `contentType` and `ref`, the object model whose fields are the parts.
    private func multipartBody(_ object: JSONObject, at path: JSONPath) -> Schema? {
        for member in object where !["contentType", "ref"].contains(member.key) {
            reader.error("'\(member.key)' does not apply to a multipart/form-data body, whose parts are the fields of the model 'ref' names",
                         at: reader.keyLocation(path + member.key))
        }
        guard object["ref"] != nil else {
            reader.error("a multipart/form-data body needs 'ref': the object model whose fields are its parts", at: path)
            return nil
        }
        return loadSchema(JSONObject([("ref", object["ref"]!)]), at: path)
    }

    /// `contentType` of a body or an answer that is not JSON: a media type, neither JSON (described by a type) nor
    /// multipart (not supported yet), and nothing else in `object` (raw content has no type); sent content has no wildcard.
    private func rawContentType(_ object: JSONObject, at path: JSONPath, sent: Bool) -> String? {
        guard let mediaType = reader.string(object, "contentType", at: path) else { return nil }
        let what = sent ? "a request body" : "an answer"
        for member in object where member.key != "contentType" {
            reader.error("'\(member.key)' does not apply to \(what) with a 'contentType', which is raw content (\(MediaType.isText(mediaType) ? "text" : "bytes")), not JSON; "
                         + "leave 'contentType' out for a JSON \(sent ? "body" : "result")", at: reader.keyLocation(path + member.key))
        }
        if !MediaType.isValid(mediaType) {
            reader.error("'contentType' must be a media type (type/subtype), found '\(mediaType)'", at: path + "contentType")
        } else if MediaType.isJSON(mediaType) {
            reader.error("'contentType' '\(mediaType)' is JSON, which \(what) describes with \(sent ? "'ref' or 'type'" : "'result'"); leave 'contentType' out",
                         at: path + "contentType")
        } else if MediaType.essence(mediaType).hasPrefix("multipart/") {
            reader.error(sent ? "'contentType' '\(mediaType)': of multipart bodies only multipart/form-data is supported, with 'ref'"
                              : "'contentType' '\(mediaType)': multipart answers are not supported", at: path + "contentType")
        } else if sent, MediaType.essence(mediaType).hasSuffix("/*") {
            reader.error("'contentType' '\(mediaType)' of a request body must name one media type, without '*'", at: path + "contentType")
        } else {
            return mediaType
        }
        return nil
    }

    private func loadParameter(name: String, _ value: JSONValue, at path: JSONPath) -> Parameter? {
        guard let object = reader.object(value, at: path, allowed: Self.parameterKeys + ["nullable"],
                                         required: ["in"], what: "parameter '\(name)'"),
              let placement = reader.choice(object, "in", at: path, among: Parameter.Placement.parameterPlacements),
              let schema = loadSchema(object, at: path)
        else { return nil }
        refuseConstant(schema, in: "parameters")
        if object["nullable"] != nil {
            reader.error("parameter '\(name)' cannot be nullable: a parameter has no way to send null (one not required is left out when nil)",
                         at: reader.keyLocation(path + "nullable"))
        }
        if let element = schema.element, element.isNullable {
            // A query string or a header has no spelling for a null item.
            reader.error("the items of parameter '\(name)' cannot be nullable: a parameter has no way to send null", at: reader.keyLocation(element.location.path + "nullable"))
        }
        let required = reader.bool(object, "required", at: path)
        if placement == .path, required == false {
            reader.error("a path parameter is always required; remove 'required': false", at: path + "required")
        }
        var flag: String?
        if let cliValue = object["cli"], let cli = reader.object(cliValue, at: path + "cli", allowed: ["flag"], required: ["flag"], what: "'cli'") {
            flag = reader.name(cli, "flag", at: path + "cli")
        }
        let listStyle = reader.choice(object, "style", at: path, as: Parameter.ListStyle.self)
        if listStyle != nil, !(placement == .query && schema.isArray) {
            reader.error("'style' applies to array query parameters only; parameter '\(name)' is not one", at: path + "style")
        }
        return Parameter(
            name: name, placement: placement, schema: schema, isRequired: placement == .path || required == true,
            description: reader.string(object, "description", at: path),
            environment: reader.string(object, "environment", at: path), isSensitive: reader.bool(object, "sensitive", at: path) ?? false,
            commandLineFlag: flag, listStyle: listStyle, deprecation: reader.deprecation(object, at: path), location: reader.location(path)
        )
    }

    private func loadExample(_ value: JSONValue, at path: JSONPath) -> Example? {
        guard let object = reader.object(value, at: path, allowed: ["name", "source", "description", "request", "response"],
                                         required: ["name", "request", "response"], what: "an example"),
              let name = reader.string(object, "name", at: path),
              let requestValue = object["request"],
              let request = reader.object(requestValue, at: path + "request", allowed: ["parameters", "body"], what: "an example request"),
              let responseValue = object["response"],
              let response = reader.object(responseValue, at: path + "response", allowed: ["status", "body"],
                                           required: ["status", "body"], what: "an example response"),
              let status = reader.integer(response, "status", at: path + "response", range: 100...599),
              let body = response["body"]
        else { return nil }
        var parameters = JSONObject()
        if let parametersValue = request["parameters"] {
            if case .object(let object) = parametersValue {
                parameters = object
            } else {
                reader.error("'parameters' must be an object, found \(parametersValue.kind)", at: path + "request" + "parameters")
            }
        }
        return Example(name: name, source: reader.string(object, "source", at: path), description: reader.string(object, "description", at: path),
                       parameters: parameters, body: request["body"], responseStatus: status, responseBody: body, location: reader.location(path))
    }
}

/// `pagination`: its keys depend on `style` (`pageNumber` or `cursor`).
private func loadPagination(_ value: JSONValue, at path: JSONPath, reader: SpecReader) -> Pagination? {
    let style = value["style"]?.stringValue
    let (allowed, required): ([String], [String]) = switch style {
    // A cursor is read from the page information: `info`, or the result object `items` is a field of (the validator
    // requires one of them).
    case "cursor": (["style", "cursorParameter", "cursorField", "perPageParameter", "info", "items"], ["style", "cursorParameter", "cursorField"])
    // Page numbers need no page information: without it the list ends on a short or empty page.
    default: (["style", "pageParameter", "perPageParameter", "info", "totalPagesField", "items"], ["style", "pageParameter", "perPageParameter"])
    }
    guard let object = reader.object(value, at: path, allowed: allowed, required: required, what: "'pagination'") else { return nil }
    if let style = reader.string(object, "style", at: path), style != "pageNumber", style != "cursor" {
        reader.error("'style' must be 'pageNumber' or 'cursor', found '\(style)'", at: path + "style")
        return nil
    }
    let info = reader.string(object, "info", at: path)
    let perPage = reader.string(object, "perPageParameter", at: path)
    let paginationStyle: Pagination.Style
    if style == "cursor" {
        guard let parameter = reader.string(object, "cursorParameter", at: path),
              let field = reader.string(object, "cursorField", at: path) else { return nil }
        paginationStyle = .cursor(parameter: parameter, field: field)
    } else {
        guard let page = reader.string(object, "pageParameter", at: path), perPage != nil else { return nil }
        paginationStyle = .pageNumber(pageParameter: page, totalPagesField: reader.string(object, "totalPagesField", at: path))
    }
    return Pagination(style: paginationStyle, perPageParameter: perPage, infoModel: info,
                      itemsField: reader.string(object, "items", at: path), location: reader.location(path))
}
