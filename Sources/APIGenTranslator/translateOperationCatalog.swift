import APIGenIR
import APIGenSpec

extension Translator {
    /// The operations as data (``OperationDescriptor``s), the command-line description built on
    /// them, and the model types by their spec names.
    func translateOperationCatalog() -> [Declaration] {
        let api = "any \(protocolName)"
        let descriptors = spec.operations.map(operationDescriptor)
        let tool = spec.module.commandLineTool ?? SwiftNaming.flagName(spec.module.name)
        let commandLine: Expression = .call("CommandLineDescription", [
            .init("toolName", .literal(tool)),
            .init("abstract", .literal(spec.info.title)),
            .init("version", .literal(spec.module.version)),
            .init("operations", "operations"),
            .init("requestIDHeader", optional(spec.server.requestIDHeader)),
            .init("baseURLEnvironment", optional(spec.server.baseURLEnvironment)),
            .init("defaultBaseURL", "defaultBaseURL"),
            .init("credentialsFromEnvironment", "{ environment throws(APIClientError) in try credentials(fromEnvironment: environment) }"),
            .init("makeConfiguration", "{ baseURL, credentials in defaultConfiguration(baseURL: baseURL, credentials: credentials) }"),
            .init("makeClient", "{ configuration, transport in \(clientName)(configuration: configuration, transport: transport) }"),
        ])
        return [.type(TypeDeclaration(kind: .extension, name: clientName, access: nil, members: [
            .property(PropertyDeclaration(
                isStatic: true, binding: .let, name: "operations", type: "[OperationDescriptor<\(api)>]",
                initialValue: .array(descriptors),
                documentation: Documentation(paragraphs: ["Every operation as data, for generic callers such as the `\(tool)` command-line tool."])
            )),
            .property(PropertyDeclaration(
                isStatic: true, binding: .let, name: "commandLine", type: "CommandLineDescription<\(api)>", initialValue: commandLine,
                documentation: Documentation(paragraphs: ["What the `\(tool)` command-line tool needs to know about this client."])
            )),
            modelRegistry(),
        ]))]
    }

    /// `models`: each model's Swift type under its spec name, so generic callers (tests replaying the
    /// spec's examples) can decode a value the spec describes only by name, e.g. an error body's `ref`.
    private func modelRegistry() -> Declaration {
        let entries = spec.models.map { model -> Expression in "\(literal: model.name): \(names.typeName(model.name)).self" }
        return .property(PropertyDeclaration(
            isStatic: true, binding: .let, name: "models", type: "[String: any JSONModel.Type]",
            initialValue: Expression.array(entries).asDictionaryLiteral,
            documentation: Documentation(paragraphs: ["Every model's type by its name in the spec, for generic callers that decode by the spec's names."])
        ))
    }

    private func operationDescriptor(_ operation: Operation) -> Expression {
        let parameterNames = names.parameterNames(of: operation)
        let positionals = operation.commandLine?.positionals ?? []
        let parameters = operation.parameters.map { parameter in
            valueDescriptor(name: parameter.name, flag: SwiftNaming.flagName(parameter.name), placement: parameter.placement.rawValue,
                            schema: parameter.schema, isRequired: parameter.isRequired, isNullable: false,
                            isPositional: positionals.contains(parameter.name), isSensitive: false,
                            description: parameter.description, environment: parameter.environment)
        }
        var bodyFields: Expression = "nil"
        if case .reference(let name)? = operation.requestBody?.kind, let object = spec.model(named: name)?.objectModel {
            let fields = object.fields.filter { isScalar($0.schema) }.map { field in
                valueDescriptor(name: field.name, flag: field.commandLineFlag ?? SwiftNaming.flagName(field.name), placement: "body",
                                schema: field.schema, isRequired: field.isRequired, isNullable: field.isNullable, isPositional: false,
                                isSensitive: field.isSensitive, description: field.description, environment: nil)
            }
            bodyFields = .array(fields)
        }
        let arguments = methodParameters(operation, withDefaults: false).map { parameter -> Expression.Argument in
            if parameter.name == "body" { return .init("body", "try arguments.body(as: \(parameter.type).self)") }
            let index = parameterNames.firstIndex(of: parameter.name)!
            let accessor = operation.parameters[index].isRequired ? "required" : "optional"
            return .init(NameTable.argumentLabel(parameter.name), "try arguments.\(accessor)(\(literal: operation.parameters[index].name))")
        } + [.init("options", "arguments.options")]
        let method = SwiftNaming.memberName(operation.name)
        let isPaginated = operation.pagination != nil
        let resultJSON = isPaginated ? "items.encodeJSON()" : "encodeJSON()"
        var fields: [Expression.Argument] = [
            .init("name", .literal(operation.name)),
            .init("command", .literal(operation.commandLine?.command ?? SwiftNaming.flagName(operation.name))),
            .init("summary", .literal(operation.summary ?? operation.name)),
            .init("description", optional(operation.description)),
            .init("warning", optional(operation.warning)),
            .init("method", .literal(operation.method)),
            .init("pathTemplate", .literal(operation.path)),
            .init("parameters", .array(parameters)),
            .init("bodyFields", bodyFields),
            .init("isPaginated", Expression(stringLiteral: "\(isPaginated)")),
            .init("invoke", .closure("api, arguments", "try await \(Expression.call("api.\(method)", arguments)).\(resultJSON)")),
        ]
        if isPaginated {
            let (allName, allArguments) = allPagesCall(operation, arguments)
            fields.append(.init("invokeAll", .closure("api, arguments", "try await \(Expression.call("api.\(allName)", allArguments)).collect().encodeJSON()")))
        }
        return .call("OperationDescriptor", fields)
    }

    /// The `all…` call for `--all`: the list arguments without the page number.
    private func allPagesCall(_ operation: Operation, _ arguments: [Expression.Argument]) -> (name: String, arguments: [Expression.Argument]) {
        let pageName = operation.pagination.flatMap { pagination in
            operation.parameters.firstIndex { $0.name == pagination.pageParameter }.map { names.parameterNames(of: operation)[$0] }
        }
        let filtered = arguments.filter { $0.label != pageName.map(NameTable.argumentLabel) }
        return (allPagesMethodName(operation), filtered)
    }

    private func valueDescriptor(name: String, flag: String, placement: String, schema: Schema, isRequired: Bool, isNullable: Bool,
                                 isPositional: Bool, isSensitive: Bool, description: String?, environment: String?) -> Expression {
        var fields: [Expression.Argument] = [
            .init("name", .literal(name)), .init("flag", .literal(flag)), .init("placement", Expression(stringLiteral: ".\(placement)")),
            .init("kind", valueKind(schema)), .init("isRequired", Expression(stringLiteral: "\(isRequired)")),
        ]
        if isNullable { fields.append(.init("isNullable", "true")) }
        if isPositional { fields.append(.init("isPositional", "true")) }
        if isSensitive { fields.append(.init("isSensitive", "true")) }
        if let description { fields.append(.init("description", .literal(description))) }
        if let environment { fields.append(.init("environment", .literal(environment))) }
        if let value = schema.defaultValue { fields.append(.init("defaultValue", .literal(value.description))) }
        return .call("ValueDescriptor", fields)
    }

    private func valueKind(_ schema: Schema) -> Expression {
        switch schema.kind {
        case .integer: return ".integer"
        case .number: return ".number"
        case .boolean: return ".boolean"
        case .reference(let name):
            let values = spec.model(named: name)?.enumModel?.values.map { Expression.literal($0.value) } ?? []
            return ".enumeration(\(Expression.array(values)))"
        default: return ".string"
        }
    }

    private func isScalar(_ schema: Schema) -> Bool {
        switch schema.kind {
        case .string, .integer, .number, .boolean: true
        case .reference: isEnum(schema)
        case .array, .object, .any: false
        }
    }

    private func optional(_ value: String?) -> Expression {
        value.map { .literal($0) } ?? "nil"
    }
}
