import APIGenIR
import APIGenSpec

extension Translator {
    /// The method of an operation: the protocol requirement (`body == nil`) or the client's implementation.
    func clientMethod(_ operation: OperationDescription, body: [Statement]?) -> FunctionDeclaration {
        FunctionDeclaration(
            access: body == nil ? nil : .public,
            kind: .function(operation.methodName),
            parameters: methodParameters(operation, withDefaults: false) + [.init(name: "options", type: .requestOptions)],
            isAsync: true, throwsClause: .typed(.clientError), returnType: operation.resultType, body: body,
            documentation: body == nil ? methodDocumentation(operation, includesOptions: true) : nil
        )
    }

    /// The same method without `options`, with optional arguments defaulted.
    func convenienceMethod(_ operation: OperationDescription) -> Declaration {
        let arguments = operation.methodArguments.map { Expression.Argument($0.label, Expression(stringLiteral: $0.name)) }
            + (operation.bodyType == nil ? [] : [.init("body", "body")])
            + [.init("options", "\(TypeName.requestOptions)()")]
        return .function(FunctionDeclaration(
            kind: .function(operation.methodName), parameters: methodParameters(operation, withDefaults: true), isAsync: true,
            throwsClause: .typed(.clientError), returnType: operation.resultType,
            body: [.line("try await \(Expression.call(named: operation.methodName, arguments))")],
            documentation: methodDocumentation(operation, includesOptions: false)
        ))
    }

    /// For a paginated operation: every item of every page, fetched lazily.
    func allPagesMethod(_ operation: OperationDescription) -> Declaration? {
        guard let paging = operation.paging else { return nil }
        let parameters = methodParameters(operation, withDefaults: true).filter { $0.name != paging.page.name }
            + [.init(name: "options", type: .requestOptions, defaultValue: "\(TypeName.requestOptions)()")]
        let arguments = operation.methodArguments.map { argument in
            Expression.Argument(argument.label, Expression(stringLiteral: argument.name == paging.page.name ? "page" : argument.name))
        } + [.init("options", "options")]
        let totalPages: Expression = switch paging.totalPages {
        case nil: "nil"
        case (let member, true)?: "result.info?.\(member)"
        case (let member, false)?: "result.info?.\(member).flatMap { \(TypeName.int)(exactly: $0) }"
        }
        let sequence = TypeName.runtime("PageSequence", [paging.itemType])
        let fetched = Expression.call(TypeName.runtime("PageSequence").member("Fetched"), [.init("items", "result.items"), .init("totalPages", totalPages)])
        return .function(FunctionDeclaration(
            kind: .function(paging.allPagesMethodName), parameters: parameters, returnType: sequence,
            body: [.trailingClosure(
                call: "\(sequence)(pageSize: \(paging.perPage.name) ?? \(paging.defaultPageSize))", signature: "page throws(\(TypeName.clientError))",
                body: [
                    .line("let result = try await \(Expression.call(named: operation.methodName, arguments))"),
                    .line("return \(fetched)"),
                ]
            )],
            documentation: Documentation(
                paragraphs: [
                    "Every item of `\(operation.methodName)` across all pages, fetched page by page as the sequence is iterated.",
                    "The sequence ends after the last page the page information announces or, when the API sends none, on a short or empty page.",
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
                : .init(name: argument.name, type: argument.declaredType, defaultValue: withDefaults ? "nil" : nil)
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
            let calls = valueChecks(schema, value: argument.name, path: "\(TypeName.jsonPath).root + \(literal: argument.parameter.name)")
            guard !calls.isEmpty else { continue }
            checks += argument.parameter.isRequired ? calls : [.ifThen("let \(argument.name)", calls)]
        }
        if operation.bodyType != nil { checks.append("report.check(body, at: .root)") }
        if !checks.isEmpty { body = ["var report = \(TypeName.runtime("ValidationReport"))(mode: .request)"] + checks }

        // The validator guarantees every placeholder has its path parameter.
        let path: [Expression] = operation.operation.path.segments.map { segment in
            switch segment {
            case .literal(let text): ".literal(\(literal: text))"
            case .placeholder(let name): ".parameter(\(operation.argument(named: name)?.name ?? name).queryText)"
            }
        }
        var arguments: [Expression.Argument] = [
            .init("method", .literal(operation.operation.method)),
            .init("path", .array(path)),
        ]
        let queryItems = operation.parameters.filter { $0.parameter.placement == .query }
            .map { argument in Expression("\(TypeName.runtime("QueryItem"))(\(literal: argument.parameter.name), \(argument.name))") }
        if !queryItems.isEmpty { arguments.append(.init("query", .array(queryItems))) }
        if operation.bodyType != nil { arguments.append(.init("body", "body.encodeJSON()")) }
        arguments.append(.init("successStatus", "\(operation.operation.response.status)"))
        if !checks.isEmpty { arguments.append(.init("violations", "report.violations")) }
        body.append(.line("let envelope = try await core.send(\(Expression.call(TypeName.runtime("OperationRequest"), arguments)), options: options)"))

        if let paging = operation.paging {
            let page = Expression.call(operation.resultType, [
                .init("items", "try envelope.decodeResult(as: [\(paging.itemType)].self)"),
                .init("info", "try envelope.decodePageInfo(as: \(paging.infoType).self)"),
            ])
            body.append(.line("return \(page)"))
        } else {
            body.append(.line("return try envelope.decodeResult(as: \(operation.resultType).self)"))
        }
        return body
    }
}
