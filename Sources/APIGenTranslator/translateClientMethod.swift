import APIGenIR
import APIGenSpec

extension Translator {
    /// The method of an operation: the protocol requirement (`body == nil`) or the client's implementation.
    func clientMethod(_ operation: Operation, body: [Statement]?) -> FunctionDeclaration {
        FunctionDeclaration(
            access: body == nil ? nil : .public,
            kind: .function(SwiftNaming.memberName(operation.name)),
            parameters: methodParameters(operation, withDefaults: false) + [.init(name: "options", type: "RequestOptions")],
            isAsync: true, throwsType: "APIClientError", returnType: resultType(operation), body: body,
            documentation: body == nil ? methodDocumentation(operation, includesOptions: true) : nil
        )
    }

    /// The same method without `options`, with optional arguments defaulted.
    func convenienceMethod(_ operation: Operation) -> Declaration {
        let parameters = methodParameters(operation, withDefaults: true)
        let arguments = parameters.map { Expression.Argument(NameTable.argumentLabel($0.name), Expression(stringLiteral: $0.name)) }
            + [.init("options", "RequestOptions()")]
        return .function(FunctionDeclaration(
            kind: .function(SwiftNaming.memberName(operation.name)), parameters: parameters, isAsync: true, throwsType: "APIClientError",
            returnType: resultType(operation),
            body: [.line("try await \(Expression.call(SwiftNaming.memberName(operation.name), arguments))")],
            documentation: methodDocumentation(operation, includesOptions: false)
        ))
    }

    /// For a paginated operation: every item of every page, fetched lazily.
    func allPagesMethod(_ operation: Operation) -> Declaration? {
        guard let pagination = operation.pagination, case .array(let items) = operation.response.result.kind else { return nil }
        let parameterNames = names.parameterNames(of: operation)
        let pageName = parameterNames[operation.parameters.firstIndex { $0.name == pagination.pageParameter }!]
        let perPageIndex = operation.parameters.firstIndex { $0.name == pagination.perPageParameter }!
        let perPageName = parameterNames[perPageIndex]
        let parameters = methodParameters(operation, withDefaults: true).filter { $0.name != pageName }
            + [.init(name: "options", type: "RequestOptions", defaultValue: "RequestOptions()")]
        let arguments = methodParameters(operation, withDefaults: false).map { parameter in
            Expression.Argument(NameTable.argumentLabel(parameter.name), Expression(stringLiteral: parameter.name == pageName ? "page" : parameter.name))
        } + [.init("options", "options")]
        let defaultPageSize = operation.parameters[perPageIndex].schema.defaultValue?.numberValue?.intValue ?? 20
        var totalPages: Expression = "nil"
        if let field = pagination.totalPagesField, let info = spec.model(named: pagination.infoModel),
           let index = info.objectModel?.fields.firstIndex(where: { $0.name == field }) {
            let member = names.fieldNames(of: info.name)[index]
            let isInteger = if case .integer = info.objectModel!.fields[index].schema.kind { true } else { false }
            totalPages = isInteger ? "result.info?.\(member)" : "result.info?.\(member).flatMap { Int(exactly: $0) }"
        }
        let fetched = Expression.call("PageSequence.Fetched", [.init("items", "result.items"), .init("totalPages", totalPages)])
        return .function(FunctionDeclaration(
            kind: .function(allPagesMethodName(operation)), parameters: parameters, returnType: "PageSequence<\(swiftType(items))>",
            body: [.trailingClosure(call: "PageSequence(pageSize: \(perPageName) ?? \(defaultPageSize))", signature: "page throws(APIClientError)", body: [
                .line("let result = try await \(Expression.call(SwiftNaming.memberName(operation.name), arguments))"),
                .line("return \(fetched)"),
            ])],
            documentation: Documentation(
                paragraphs: [
                    "Every item of `\(SwiftNaming.memberName(operation.name))` across all pages, fetched page by page as the sequence is iterated.",
                    "The sequence ends after the last page the page information announces or, when the API sends none, on a short or empty page.",
                ],
                remark: remark(operation.location)
            )
        ))
    }

    /// `listServers` → `allServers`; other names get an `All` suffix.
    func allPagesMethodName(_ operation: Operation) -> String {
        SwiftNaming.memberName(operation.name.hasPrefix("list") ? "all" + operation.name.dropFirst(4) : operation.name + "All")
    }

    /// Path parameters, then query parameters, then the body.
    func methodParameters(_ operation: Operation, withDefaults: Bool) -> [FunctionDeclaration.Parameter] {
        let parameterNames = names.parameterNames(of: operation)
        var ordered: [FunctionDeclaration.Parameter] = []
        for placement in [Parameter.Placement.path, .query] {
            for (parameter, name) in zip(operation.parameters, parameterNames) where parameter.placement == placement {
                let type = swiftType(parameter.schema)
                ordered.append(parameter.isRequired
                    ? .init(name: name, type: type)
                    : .init(name: name, type: type + "?", defaultValue: withDefaults ? "nil" : nil))
            }
        }
        if let body = operation.requestBody { ordered.append(.init(name: "body", type: swiftType(body))) }
        return ordered
    }

    func resultType(_ operation: Operation) -> String {
        if let pagination = operation.pagination, case .array(let items) = operation.response.result.kind {
            return "Page<\(swiftType(items)), \(names.typeName(pagination.infoModel))>"
        }
        return swiftType(operation.response.result)
    }

    /// The client's implementation: validate, describe the request, send, decode.
    func methodBody(_ operation: Operation) -> [Statement] {
        let parameterNames = names.parameterNames(of: operation)
        var body: [Statement] = []
        var checks: [Statement] = []
        for (parameter, name) in zip(operation.parameters, parameterNames) {
            // A path parameter is never empty: an empty segment would address another resource.
            var schema = parameter.schema
            if parameter.placement == .path, schema.isString, schema.constraints.minLength == nil { schema.constraints.minLength = 1 }
            let calls = valueChecks(schema, value: name, path: "JSONPath.root + \(literal: parameter.name)").map(Statement.line)
            guard !calls.isEmpty else { continue }
            checks += parameter.isRequired ? calls : [.block(header: "if let \(name)", body: calls)]
        }
        if operation.requestBody != nil { checks.append("report.check(body, at: .root)") }
        if !checks.isEmpty { body = ["var report = ValidationReport(mode: .request)"] + checks }

        var path: [Expression] = []
        var rest = Substring(operation.path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { path.append(".literal(\(literal: String(rest[..<open])))") }
            let placeholder = String(rest[rest.index(after: open)..<close])
            let index = operation.parameters.firstIndex { $0.name == placeholder && $0.placement == .path }!
            path.append(".parameter(\(parameterNames[index]).queryText)")
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { path.append(".literal(\(literal: String(rest)))") }

        var arguments: [Expression.Argument] = [
            .init("method", .literal(operation.method)),
            .init("path", .array(path)),
        ]
        let queryItems = zip(operation.parameters, parameterNames).filter { $0.0.placement == .query }
            .map { parameter, name in Expression("QueryItem(\(literal: parameter.name), \(name))") }
        if !queryItems.isEmpty { arguments.append(.init("query", .array(queryItems))) }
        if operation.requestBody != nil { arguments.append(.init("body", "body.encodeJSON()")) }
        arguments.append(.init("successStatus", "\(operation.response.status)"))
        if !checks.isEmpty { arguments.append(.init("violations", "report.violations")) }
        body.append(.line("let envelope = try await core.send(\(Expression.call("OperationRequest", arguments)), options: options)"))

        if let pagination = operation.pagination, case .array(let items) = operation.response.result.kind {
            let page = Expression.call("Page", [
                .init("items", "try envelope.decodeResult(as: [\(swiftType(items))].self)"),
                .init("info", "try envelope.decodePageInfo(as: \(names.typeName(pagination.infoModel)).self)"),
            ])
            body.append(.line("return \(page)"))
        } else {
            body.append(.line("return try envelope.decodeResult(as: \(resultType(operation)).self)"))
        }
        return body
    }
}
