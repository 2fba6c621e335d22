import APIGenIR
import APIGenRuntime
import APIGenSpec

extension Translator {
    /// The method of an operation: the protocol requirement (`body == nil`) or the client's implementation.
    ///
    /// A deprecated operation's requirement and all-pages method are documented as deprecated but not marked: the
    /// operation catalog calls them, and a generated module must build without warnings. The client's method and the
    /// convenience method, which callers use, are marked.
    func clientMethod(_ operation: OperationDescription, body: [Statement]?) -> FunctionDeclaration {
        FunctionDeclaration(
            access: body == nil ? nil : .public,
            kind: .function(operation.methodName),
            parameters: methodParameters(operation, withDefaults: false) + [.init(name: "options", type: .requestOptions)],
            isAsync: true, throwsClause: .typed(.clientError), returnType: operation.resultType, body: body,
            documentation: body == nil ? methodDocumentation(operation, includesOptions: true) : nil,
            deprecated: body == nil ? nil : deprecated(operation.operation.deprecation)
        )
    }

    /// The same method without `options`, with optional arguments defaulted.
    func convenienceMethod(_ operation: OperationDescription) -> Declaration {
        let arguments = operation.methodArguments.map { Expression.Argument($0.label, .name($0.name)) }
            + (operation.bodyType == nil ? [] : [.init("body", .name("body"))])
            + [.init("options", .initializer(.requestOptions))]
        return .function(FunctionDeclaration(
            kind: .function(operation.methodName), parameters: methodParameters(operation, withDefaults: true), isAsync: true,
            throwsClause: .typed(.clientError), returnType: operation.resultType,
            body: [.expression(Expression.name(operation.methodName).call(arguments).triedAwaited)],
            documentation: methodDocumentation(operation, includesOptions: false), deprecated: deprecated(operation.operation.deprecation)
        ))
    }

    /// For a paginated operation: every item of every page, fetched lazily.
    func allPagesMethod(_ operation: OperationDescription) -> Declaration? {
        guard let paging = operation.paging else { return nil }
        let parameters = methodParameters(operation, withDefaults: true).filter { $0.name != paging.page.name }
            + [.init(name: "options", type: .requestOptions, defaultValue: .initializer(.requestOptions))]
        // The closure's parameter: the page number or the cursor the sequence asks for.
        let asked = if case .cursor = paging.style { "cursor" } else { "page" }
        let arguments = operation.methodArguments.map { argument in
            Expression.Argument(argument.label, .name(argument.name == paging.page.name ? asked : argument.name))
        } + [.init("options", .name("options"))]
        let result = Expression.name("result")
        let sequence = TypeName.runtime("PageSequence", [paging.itemType])
        let call: Expression
        let fetched: Expression
        let ending: String
        switch paging.style {
        case .pageNumber(let perPage, let defaultPageSize, let totalPages):
            let total: Expression = switch totalPages {
            case nil: .nil
            case (let member, true)?: result.dot("info").optionallyChained.dot(member)
            case (let member, false)?:
                result.dot("info").optionallyChained.dot(member).dot("flatMap").call(trailingClosure: .init(
                    body: .initializer(.int, [.init("exactly", .name("$0"))])
                ))
            }
            // A required page size is always given; an optional one defaults to the API's.
            let pageSize: Expression = perPage.parameter.isRequired ? .name(perPage.name) : .binary(.name(perPage.name), .nilCoalescing, .integer(defaultPageSize))
            call = .initializer(sequence, [.init("pageSize", pageSize)])
            fetched = .initializer(TypeName.runtime("PageSequence").member("Fetched"), [.init("items", result.dot("items")), .init("totalPages", total)])
            ending = paging.hasInfo
                ? "The sequence ends after the last page the page information announces or, when the API sends none, on a short or empty page."
                : "The API sends no page information: the sequence ends on a short or empty page."
        case .cursor:
            call = .initializer(sequence, [])
            fetched = .initializer(TypeName.runtime("PageSequence").member("Fetched"), [
                .init("items", result.dot("items")), .init("nextCursor", result.dot("nextCursor")),
            ])
            ending = "Each page's next cursor asks for the following page; the sequence ends on a page without one (absent or empty), "
                + "and throws `APIClientError.repeatedCursor` when the API gives a cursor it already followed."
        }
        return .function(FunctionDeclaration(
            kind: .function(paging.allPagesMethodName), parameters: parameters, returnType: sequence,
            body: [.trailingClosure(
                call: call,
                parameters: [asked], throwsClause: .typed(.clientError),
                body: [
                    .constant("result", Expression.name(operation.methodName).call(arguments).triedAwaited),
                    .returnStatement(fetched),
                ]
            )],
            documentation: Documentation(
                paragraphs: [
                    "Every item of `\(operation.methodName)` across all pages, fetched page by page as the sequence is iterated.",
                    ending,
                    deprecationNote(operation.operation.deprecation),
                ],
                remark: remark(operation.operation.location)
            )
        ))
    }

    /// Path parameters, then query parameters, then the body.
    func methodParameters(_ operation: OperationDescription, withDefaults: Bool) -> [FunctionDeclaration.Parameter] {
        var ordered: [FunctionDeclaration.Parameter] = operation.methodArguments.map { argument in
            argument.parameter.isRequired
                ? .init(name: argument.name, type: argument.declaredType)
                : .init(name: argument.name, type: argument.declaredType, defaultValue: withDefaults ? .nil : nil)
        }
        if let body = operation.bodyType { ordered.append(.init(name: "body", type: body)) }
        return ordered
    }

    /// The client's implementation: validate, describe the request, send, decode.
    func methodBody(_ operation: OperationDescription) -> [Statement] {
        var body: [Statement] = []
        var checks: [Statement] = []
        for argument in operation.parameters {
            // A path parameter is never empty: an empty segment would address another resource.
            var schema = argument.parameter.schema
            if argument.parameter.placement == .path, schema.isString, schema.constraints.minLength == nil { schema.constraints.minLength = 1 }
            let path = Expression.type(.jsonPath).dot("root") + .string(argument.parameter.name)
            let calls = valueChecks(schema, value: .name(argument.name), path: path, isSensitive: argument.parameter.isSensitive)
            guard !calls.isEmpty else { continue }
            checks += argument.parameter.isRequired ? calls : [.ifThen([.optionalBinding(argument.name, value: nil)], calls)]
        }
        if let requestBody = operation.operation.requestBody {
            if case .reference = requestBody.kind {
                // A body model is always `Validatable`, constrained or not.
                checks.append(.expression(Self.report.dot("check").call([.init(nil, .name("body")), .init("at", .dot("root"))])))
            } else {
                // An array or a map: its count and each element, at `[3].name` or `key.name` (nothing to check in a free-form
                // object or any JSON value).
                checks += valueChecks(requestBody, value: .name("body"), path: Expression.type(.jsonPath).dot("root"))
            }
        }
        if !checks.isEmpty {
            body = [.declaration(.var, name: "report", type: nil, value: .initializer(.runtime("ValidationReport"), [.init("mode", .dot("request"))]))]
                + checks
        }

        // The validator guarantees every placeholder has its path parameter.
        let path: [Expression] = operation.operation.path.segments.map { segment in
            switch segment {
            case .literal(let text): Expression.dot("literal").call([.init(nil, .string(text))])
            case .placeholder(let name):
                Expression.dot("parameter").call([.init(nil, Expression.name(operation.argument(named: name)?.name ?? name).dot("queryText"))])
            }
        }
        var arguments: [Expression.Argument] = [
            .init("method", .string(operation.operation.method)),
            .init("path", .array(path)),
        ]
        let queryItems = operation.parameters.filter { $0.parameter.placement == .query }
            .map { argument in
                var fields: [Expression.Argument] = [.init(nil, .string(argument.parameter.name)), .init(nil, .name(argument.name))]
                // Only the spec's own word: without it the runtime's default (repeated).
                if let style = argument.parameter.listStyle { fields.append(.init("style", .dot(style.rawValue))) }
                return Expression.initializer(.runtime("QueryItem"), fields)
            }
        if !queryItems.isEmpty { arguments.append(.init("query", .array(queryItems))) }
        // The operation's fixed headers, then its header parameters.
        let fixedHeaders = operation.operation.headers.map { header in
            Expression.initializer(.runtime("HeaderItem"), [.init(nil, .string(header.name)), .init(nil, .string(header.value))])
        }
        let headerItems = fixedHeaders + operation.parameters.filter { $0.parameter.placement == .header }.map { argument in
            Expression.initializer(.runtime("HeaderItem"), [.init(nil, .string(argument.parameter.name)), .init(nil, .name(argument.name))]
                + (argument.parameter.isSensitive ? [.init("isSensitive", .boolean(true))] : []))
        }
        if !headerItems.isEmpty { arguments.append(.init("headers", .array(headerItems))) }
        if let mediaType = operation.operation.requestContentType {
            let content = TypeName.runtime("OperationRequest").member("Content")
            arguments.append(.init("content", .initializer(content, [.init(nil, .name("body")), .init("mediaType", .string(mediaType))])))
        } else if operation.operation.isMultipart {
            // The parts, encoded once by the runtime under a boundary it draws.
            let content = TypeName.runtime("OperationRequest").member("Content")
            arguments.append(.init("content", .initializer(content, [.init("multipart", Expression.name("body").dot("multipartParts").call())])))
        } else if operation.bodyType != nil {
            arguments.append(.init("body", Expression.name("body").dot("encodeJSON").call()))
        }
        if let mediaType = operation.operation.response.contentType { arguments.append(.init("resultContentType", .string(mediaType))) }
        arguments.append(.init("successStatus", .integer(operation.operation.response.status)))
        let response = operation.operation.response
        if response.result == nil, response.contentType == nil { arguments.append(.init("expectsResult", .boolean(false))) }
        if response.isNullable { arguments.append(.init("resultMayBeAbsent", .boolean(true))) }
        if !response.alternatives.isEmpty { arguments.append(.init("alternatives", .array(response.alternatives.map(successAnswer)))) }
        // Only the spec's own word: without it the runtime goes by the method.
        if let idempotent = operation.operation.idempotent { arguments.append(.init("idempotent", .boolean(idempotent))) }
        // In an API with an envelope, an operation whose whole body is its result (without one, the core knows).
        if spec.envelope != nil, spec.envelope(of: operation.operation) == nil { arguments.append(.init("enveloped", .boolean(false))) }
        if !checks.isEmpty { arguments.append(.init("violations", Self.report.dot("violations"))) }
        body.append(.constant("request", .initializer(.runtime("OperationRequest"), arguments)))
        if let mediaType = operation.operation.response.contentType {
            // Raw content: no envelope to unwrap, nothing to decode.
            let receive = MediaType.isText(mediaType) ? "receiveText" : "receiveContent"
            body.append(.returnStatement(Expression.name("core").dot(receive).call([.init(nil, .name("request")), .init("options", .name("options"))]).triedAwaited))
            return body
        }
        let send = Expression.name("core").dot("send").call([.init(nil, .name("request")), .init("options", .name("options"))])
        body.append(.constant("envelope", send.triedAwaited))

        let envelope = Expression.name("envelope")
        guard let resultType = operation.resultType else {
            // An empty answer: the send checks the status and any envelope; there is nothing to decode.
            body[body.count - 1] = .assignment(target: .name("_"), value: send.triedAwaited)
            return body
        }
        if let answerEnum = operation.answerEnum {
            body.append(answerSwitch(answerEnum))
        } else if let paging = operation.paging {
            body += pageStatements(paging, resultType: resultType, envelope: envelope, operation: operation)
        } else if let list = operation.listPage {
            // One page holding the whole list, with the envelope's page information.
            body.append(.returnStatement(.initializer(resultType, [
                .init("items", arrayResult(list.item, envelope: envelope, isNullable: operation.operation.response.isNullable)),
                .init("info", pageInformation(list.info, envelope: envelope)),
            ])))
        } else {
            body.append(.returnStatement(envelope.dot("decodeResult").call([.init("as", .metatype(resultType))]).tried))
        }
        return body
    }

    /// Decoding a page: its items (the result, or its `items` member), its page information (the envelope's, the result
    /// object, or none) and, for cursors, the next cursor read from that information.
    private func pageStatements(_ paging: OperationDescription.Paging, resultType: TypeName, envelope: Expression,
                                operation: OperationDescription) -> [Statement] {
        var statements: [Statement] = []
        let items: Expression
        // A null result (a nullable one) is a page without items, information or cursor.
        let isNullable = operation.operation.response.isNullable
        let result = isNullable ? Expression.name("result").optionallyChained : .name("result")
        if let (member, storage) = paging.itemsMember, case .reference(let model)? = operation.operation.response.result?.kind {
            let resultType = TypeName.local(names.typeName(model))
            statements.append(.constant("result", envelope.dot("decodeResult").call([.init("as", .metatype(isNullable ? resultType.optional : resultType))]).tried))
            // A page without its items member (or with `null`) has none.
            items = switch storage {
            case .required where !isNullable: result.dot(member)
            case .required, .requiredNullable, .optional: .binary(result.dot(member), .nilCoalescing, .array([]))
            case .optionalNullable: .binary(result.dot(member).dot("value"), .nilCoalescing, .array([]))
            }
        } else {
            items = arrayResult(paging.itemType, envelope: envelope, isNullable: isNullable)
        }
        var info: Expression = switch paging.infoSource {
        case .none: .nil
        case .envelope: pageInformation(paging.infoType, envelope: envelope)
        case .result: .name("result")
        }
        guard case .cursor(let member) = paging.style else {
            statements.append(.returnStatement(.initializer(resultType, [.init("items", items), .init("info", info)])))
            return statements
        }
        let cursor: Expression
        if case .envelope = paging.infoSource {
            // Decoded once, for the page and for its cursor.
            statements.append(.constant("info", info))
            info = .name("info")
            cursor = info.optionallyChained.dot(member)
        } else {
            cursor = result.dot(member)
        }
        statements.append(.returnStatement(.initializer(resultType, [.init("items", items), .init("info", info), .init("nextCursor", cursor)])))
        return statements
    }

    /// The result as an array of `item`; a null (nullable) result is no items.
    private func arrayResult(_ item: TypeName, envelope: Expression, isNullable: Bool) -> Expression {
        guard isNullable else { return envelope.dot("decodeResult").call([.init("as", .metatype(.array(item)))]).tried }
        return .binary(envelope.dot("decodeResult").call([.init("as", .metatype(TypeName.array(item).optional))]).tried, .nilCoalescing, .array([]))
    }

    /// The envelope's page information, decoded as `info`.
    private func pageInformation(_ info: TypeName, envelope: Expression) -> Expression {
        envelope.dot("decodePageInfo").call([.init("as", .metatype(info))]).tried
    }

    /// `SuccessAnswer(status: 204, expectsResult: false)`: an alternative status and what its answer carries.
    private func successAnswer(_ alternative: SuccessResponse) -> Expression {
        var fields: [Expression.Argument] = [.init("status", .integer(alternative.status))]
        if alternative.result == nil { fields.append(.init("expectsResult", .boolean(false))) }
        if alternative.isNullable { fields.append(.init("resultMayBeAbsent", .boolean(true))) }
        return .initializer(.runtime("SuccessAnswer"), fields)
    }

    /// The case of the status that came, its result decoded once as its own type. The core accepts only the documented
    /// statuses, so the primary one is the `default`.
    private func answerSwitch(_ answerEnum: OperationDescription.AnswerEnum) -> Statement {
        let envelope = Expression.name("envelope")
        let value = { (answer: OperationDescription.AnswerEnum.Case) -> Statement in
            guard let payload = answer.payload else { return .returnStatement(.dot(answer.name)) }
            let decoded = envelope.dot("decodeResult").call([.init("as", .metatype(payload))])
            return .returnStatement(Expression.dot(answer.name).call([.init(nil, decoded)]).tried)
        }
        let alternatives = answerEnum.cases.dropFirst().map { answer in
            SwitchCase(patterns: [.value(.integer(answer.answer.status))], body: [value(answer)])
        }
        return .switchStatement(subject: envelope.dot("status"), cases: alternatives + [SwitchCase(patterns: nil, body: [value(answerEnum.cases[0])])])
    }
}
