import APIGenJSON
@_spi(Generated) import APIGenRuntime

extension SpecValidator {
    mutating func checkOperationNames() {
        var methods = NameClaims()
        var commands: [String: Operation] = [:]
        for operation in spec.operations {
            claim(SwiftNaming.memberName(operation.name), as: "the method", for: "operation '\(operation.name)'", in: &methods, at: operation.location)
            if let command = operation.commandLine?.command {
                if let earlier = commands[command] {
                    error("operations '\(earlier.name)' and '\(operation.name)' both use the command '\(command)'", at: operation.location)
                }
                commands[command] = operation
            }
        }
    }

    mutating func checkOperation(_ operation: Operation) {
        let what = "operation '\(operation.name)'"
        checkPathTemplate(operation)
        for parameter in operation.parameters {
            checkSchema(parameter.schema, what: "parameter '\(parameter.name)'")
            checkDefaultAndExample(parameter.schema, nullable: false, what: "parameter '\(parameter.name)'")
            switch parameter.schema.kind {
            case .array(let items) where parameter.placement == .query:
                if parameter.environment != nil {
                    error("array parameter '\(parameter.name)' cannot have 'environment': a variable holds one value", at: parameter.location)
                }
                if !isTextValue(items) {
                    error("the items of query parameter '\(parameter.name)' must be strings, integers, numbers, booleans or enums", at: items.location)
                }
            default:
                if !isTextValue(parameter.schema) {
                    error("parameter '\(parameter.name)' must be a string, integer, number, boolean or enum"
                          + (parameter.placement == .query ? ", or an array of them" : ""), at: parameter.schema.location)
                }
            }
        }
        checkHeaderParameters(operation)
        checkFixedHeaders(operation)
        if let body = operation.requestBody {
            checkSchema(body, what: "\(what) request body", files: operation.isMultipart ? .multipartBody : .none)
            checkRequestBody(body, of: operation)
            // (An enum is refused as any body is.)
            if operation.isMultipart, case .reference(let name) = body.kind, spec.model(named: name)?.unionModel != nil {
                error("\(what) request body is multipart/form-data, whose parts are the fields of an object model; '\(name)' is a union", at: body.location)
            }
        }
        for (index, answer) in operation.response.answers.enumerated() {
            guard let result = answer.result else { continue }
            checkSchema(result, what: "\(what) result")
            // RFC 9110: 204 and 205 answers carry no content, so no `result` could ever be decoded.
            if [204, 205].contains(answer.status) {
                error("\(what): status \(answer.status) answers have no body, but \(index == 0 ? "'response'" : "the alternative") describes a result; leave 'result' out for an empty answer",
                      at: result.location)
            }
        }
        if let contentType = operation.response.contentType, [204, 205].contains(operation.response.status) {
            error("\(what): status \(operation.response.status) answers have no body, but 'response' declares '\(contentType)' content; leave 'contentType' out",
                  at: operation.response.location)
        }
        checkAlternatives(of: operation)
        for response in operation.errors {
            if let body = response.body { checkSchema(body, what: "\(what) error \(response.status)") }
            if response.status == .exact(operation.response.status) {
                error("\(what) declares status \(response.status) both as success and as an error", at: response.location)
            }
        }
        var statuses: Set<ErrorStatus> = []
        for response in operation.errors where !statuses.insert(response.status).inserted {
            error("\(what) declares error status \(response.status) twice", at: response.location)
        }
        // Every error status is 4xx or 5xx: with both classes listed, no answer is left for 'default'.
        if let fallback = operation.errors.first(where: { $0.status == .default }),
           ErrorStatus.ranges.values.allSatisfy({ statuses.contains(.range($0)) }) {
            error("\(what): 'default' is unreachable: 4XX and 5XX already describe every error status", at: fallback.location)
        }
        for scheme in operation.authentication where !spec.authentication.contains(where: { $0.name == scheme }) {
            error("\(what) accepts authentication '\(scheme)', which the spec does not define", at: operation.location)
        }
        if operation.envelope == true, spec.envelope == nil {
            error("\(what) sets \"envelope\": true, but the spec has no 'envelope'; leave the key out (answers are read whole)",
                  at: SpecLocation(file: operation.location.file, path: operation.location.path + "envelope"))
        }
        if let info = operation.response.infoModel { checkListInfo(info, of: operation) }
        if let pagination = operation.pagination {
            // Page numbers without page information need no envelope: the list ends on a short or empty page.
            if pagination.infoModel != nil, spec.envelope(of: operation) == nil {
                error("\(what) is paginated, but its answers are not in an envelope, which is where the page information is", at: pagination.location)
            }
            checkPagination(pagination, of: operation)
        }
        if let cli = operation.commandLine {
            for positional in cli.positionals where !operation.pathParameters.contains(where: { $0.name == positional }) {
                error("\(what): command-line positional '\(positional)' is not a path parameter of the operation", at: operation.location)
            }
        }
    }

    /// A request body is an object or union model, an array or a map (of anything they hold), a free-form object or any
    /// JSON value; a model sent, as the body or as its items or values, has no read-only fields.
    private mutating func checkRequestBody(_ body: Schema, of operation: Operation) {
        let what = "operation '\(operation.name)'"
        let sent: Schema
        switch body.kind {
        case .reference:
            sent = body
        case .array(let elements), .map(let elements):
            sent = elements  // an array or a map of enum values is one like any other
            if case .reference(let name) = elements.kind, spec.model(named: name)?.enumModel != nil { return }
        case .object, .any:
            return
        case .string, .integer, .number, .boolean, .bytes:
            error("\(what) request body must refer to an object or union model, or be an array, a map, an object or any JSON value; "
                  + "\(body.category.phrase) is none of these", at: body.location)
            return
        }
        guard case .reference(let name) = sent.kind, let model = spec.model(named: name) else { return }
        switch model.kind {
        case .object(let object):
            for field in object.fields where field.isReadOnly {
                error("\(what) sends model '\(name)', whose field '\(field.name)' is readOnly; request bodies cannot hold read-only fields", at: field.location)
            }
        case .union: break
        case .enumeration:
            error("\(what) request body must refer to an object or union model; '\(name)' is an enum", at: body.location)
        }
    }

    /// An operation's fixed headers: HTTP token names, each once and not also a header parameter, none that would
    /// replace the credentials or the content type, values a header line can hold.
    private mutating func checkFixedHeaders(_ operation: Operation) {
        var seen = Set(operation.headerParameters.map { $0.name.lowercased() })
        for header in operation.headers {
            let what = "operation '\(operation.name)': header '\(header.name)'"
            checkHeaderName(header.name, what: what, at: header.location, seen: &seen, twice: "is given twice, or is also a header parameter")
            if !RequestSafety.isValidValue(header.value) {
                error("\(what) has a value with a line break, NUL or other control character, which a header cannot hold", at: header.location)
            }
        }
    }

    /// Whether a parameter (or an array parameter's item) can be sent as text: a string (a `date-time` as its
    /// RFC 3339 text), an integer, a number, a boolean or an enum.
    private func isTextValue(_ schema: Schema) -> Bool {
        switch schema.kind {
        case .string, .integer, .number, .boolean: true
        case .reference(let name): spec.model(named: name)?.enumModel != nil
        case .array, .map, .object, .any, .bytes: false
        }
    }

    /// Header parameters: names that are HTTP tokens, each once, none that would replace the
    /// credentials or the content type; text defaults and examples a header line can hold;
    /// `sensitive` only on string header parameters.
    private mutating func checkHeaderParameters(_ operation: Operation) {
        var seen: Set<String> = []
        for parameter in operation.parameters {
            let what = "parameter '\(parameter.name)'"
            guard parameter.placement == .header else {
                if parameter.isSensitive {
                    error("only header parameters can be sensitive; \(what) is sent in the \(parameter.placement), which descriptions show", at: parameter.location)
                }
                continue
            }
            if parameter.isSensitive, !parameter.schema.isString {
                error("only string parameters can be sensitive; header \(what) is not a string", at: parameter.location)
            }
            checkHeaderName(parameter.name, what: "header \(what)", at: parameter.location, seen: &seen, twice: "is declared twice")
            for (key, value) in [("default", parameter.schema.defaultValue), ("example", parameter.schema.example)] {
                if case .string(let text)? = value, !RequestSafety.isValidValue(text) {
                    error("the \(key) of header \(what) contains a line break, NUL or other control character, which a header cannot hold",
                          at: parameter.location)
                }
            }
        }
    }

    /// A header's name: an HTTP token, not one the client sets itself, not in `seen` (compared without case).
    private mutating func checkHeaderName(_ name: String, what: String, at location: SpecLocation, seen: inout Set<String>, twice: String) {
        if !RequestSafety.isToken(name) {
            error("\(what) is not an HTTP header name (letters, digits and !#$%&'*+-.^_`|~)", at: location)
        }
        if let owner = protectedHeaderOwner(name) {
            error("\(what) would replace \(owner); the client sets that header itself", at: location)
        }
        if !seen.insert(name.lowercased()).inserted {
            error("\(what) \(twice) (header names are compared without case)", at: location)
        }
    }

    /// What sets header `name` in every request that would carry it (see ``Parameter/protectedHeaderOwner(_:credentialHeaders:)``).
    func protectedHeaderOwner(_ name: String) -> String? {
        Parameter.protectedHeaderOwner(name, credentialHeaders: spec.authentication.flatMap { scheme in scheme.headerNames.map { (scheme.name, $0) } })
    }

    private mutating func checkPathTemplate(_ operation: Operation) {
        let what = "operation '\(operation.name)'"
        let placeholders = operation.path.placeholders
        var seen: Set<String> = []
        for name in placeholders {
            if !seen.insert(name).inserted { error("\(what): path placeholder {\(name)} appears twice", at: operation.location) }
            if !operation.pathParameters.contains(where: { $0.name == name }) {
                error("\(what): path placeholder {\(name)} has no path parameter; add \"\(name)\": {\"in\": \"path\", \"type\": \"string\"} to 'parameters'", at: operation.location)
            }
        }
        for parameter in operation.pathParameters where !placeholders.contains(parameter.name) {
            error("path parameter '\(parameter.name)' does not appear in the path '\(operation.path)' as {\(parameter.name)}", at: parameter.location)
        }
    }

    private mutating func checkPagination(_ pagination: Pagination, of operation: Operation) {
        let integers = [pagination.pageParameter, pagination.perPageParameter].compactMap(\.self)
        for name in integers {
            guard let parameter = operation.queryParameters.first(where: { $0.name == name }) else {
                error("pagination names '\(name)', which is not a query parameter of operation '\(operation.name)'", at: pagination.location)
                continue
            }
            if case .integer = parameter.schema.kind {} else {
                error("pagination parameter '\(name)' must be an integer", at: parameter.location)
            }
        }
        if case .cursor(let name, _) = pagination.style {
            if let parameter = operation.queryParameters.first(where: { $0.name == name }) {
                if case .string = parameter.schema.kind {} else {
                    error("pagination cursor parameter '\(name)' must be a string", at: parameter.location)
                }
                if parameter.isRequired {
                    error("pagination cursor parameter '\(name)' must be optional: the first page is asked for without a cursor", at: parameter.location)
                }
            } else {
                error("pagination names the cursor parameter '\(name)', which is not a query parameter of operation '\(operation.name)'", at: pagination.location)
            }
        }
        let at = { (key: String) in SpecLocation(file: pagination.location.file, path: pagination.location.path + key) }
        if let itemsField = pagination.itemsField {
            checkPagedItems(itemsField, of: operation, at: at("items"))
        } else if case .array? = operation.response.result?.kind {} else {
            error("a paginated operation's result must be an array, or an object model whose array field 'items' names",
                  at: operation.response.result?.location ?? operation.response.location)
        }
        guard let infoModel = operation.pageInformationModel else {
            // A page count, or a cursor, is read from the page information.
            if let total = pagination.totalPagesField {
                error("pagination 'totalPagesField' names '\(total)', a field of the page information, but there is no 'info'; "
                      + "name the page information's model in 'info', or leave 'totalPagesField' out (the list then ends on a short or empty page)",
                      at: at("totalPagesField"))
            }
            if let cursor = pagination.cursorField, pagination.itemsField == nil {
                error("pagination 'cursorField' names '\(cursor)', a field of the page information, but there is neither 'info' (the "
                      + "envelope's page information) nor 'items' (the result is then an object holding the items and the cursor)",
                      at: pagination.location)
            }
            return
        }
        // The result object as the page information was checked with `items`.
        let isResult = pagination.infoModel == nil
        guard let info = spec.model(named: infoModel) else {
            if !isResult { error("pagination info model '\(infoModel)' is not defined", at: pagination.location) }
            return
        }
        guard let fields = info.objectModel?.fields else {
            if !isResult { error("pagination info model '\(infoModel)' must be an object model", at: pagination.location) }
            return
        }
        let what = isResult ? "pagination result model '\(infoModel)' (the page information without 'info')" : "pagination info model '\(infoModel)'"
        switch pagination.style {
        case .pageNumber(_, let total?):
            guard let field = fields.first(where: { $0.name == total }) else {
                error("\(what) has no field '\(total)'", at: pagination.location)
                return
            }
            switch field.schema.kind {
            case .integer, .number: break
            default: error("pagination field '\(total)' must be an integer or a number", at: field.location)
            }
        case .pageNumber(_, nil):
            break
        case .cursor(_, let cursor):
            guard let field = fields.first(where: { $0.name == cursor }) else {
                error("\(what) has no cursor field '\(cursor)'", at: pagination.location)
                return
            }
            if case .string = field.schema.kind {} else {
                error("pagination cursor field '\(cursor)' must be a string", at: field.location)
            }
            if field.isNullable && !field.isRequired {
                error("pagination cursor field '\(cursor)' may be absent or null, but not both: its absence already ends the list", at: field.location)
            }
        }
    }

    /// `items`: an array field of the result, which is then an object model.
    private mutating func checkPagedItems(_ itemsField: String, of operation: Operation, at location: SpecLocation) {
        guard case .reference(let name)? = operation.response.result?.kind, let object = spec.model(named: name)?.objectModel else {
            error("pagination 'items' names a field of the result, but the result is not an object model", at: location)
            return
        }
        guard let field = object.fields.first(where: { $0.name == itemsField }) else {
            error("pagination 'items' names '\(itemsField)', which is not a field of the result model '\(name)'"
                  + (closest(to: itemsField, in: object.fields.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""), at: location)
            return
        }
        if case .array = field.schema.kind {} else {
            error("pagination 'items' names '\(itemsField)', which must be an array field of '\(name)'", at: field.location)
        }
        // A page holds its items and one page information: beside the envelope's, the result's other fields would be lost.
        let others = object.fields.map(\.name).filter { $0 != itemsField }
        if operation.pagination?.infoModel != nil, !others.isEmpty {
            error("pagination has 'info', so a page holds the items and the envelope's page information, and the result's other fields ("
                  + others.map { "'\($0)'" }.joined(separator: ", ") + ") would be lost; leave 'info' out to make the result object the page information",
                  at: location)
        }
    }

    /// `response.info`: the page information beside a list that is not paginated, an object model in the envelope.
    private mutating func checkListInfo(_ info: String, of operation: Operation) {
        let location = SpecLocation(file: operation.response.location.file, path: operation.response.location.path + "info")
        let what = "operation '\(operation.name)'"
        if operation.pagination != nil {
            error("\(what): 'response.info' is for lists that are not paginated; a paginated operation names its page information in 'pagination.info'", at: location)
        }
        if case .array? = operation.response.result?.kind {} else {
            error("\(what): 'response.info' needs an array result, the list the page information describes", at: location)
        }
        if !operation.response.alternatives.isEmpty {
            error("\(what): 'response.info' cannot go with 'alternatives': the list is one answer's", at: location)
        }
        let envelope = spec.envelope(of: operation)
        if envelope?.pageInfoField == nil {
            error("\(what): 'response.info' is read from the envelope's 'pageInfoField', which "
                  + (envelope == nil ? "its answers are not in" : "the envelope does not name"), at: location)
        }
        guard let model = spec.model(named: info) else {
            error("\(what): 'response.info' names '\(info)', which the spec does not define"
                  + (closest(to: info, in: spec.models.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""), at: location)
            return
        }
        if model.objectModel == nil { error("\(what): 'response.info' names '\(info)', which must be an object model", at: location) }
    }
}
