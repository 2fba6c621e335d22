import APIGenIR
import APIGenRuntime
import APIGenSpec

extension Translator {
    /// The operations as data (``OperationDescriptor``s), the command-line description built on
    /// them, and the model types by their spec names.
    func translateOperationCatalog() -> [Declaration] {
        let api = TypeName.existential(protocolType)
        let descriptors = operations.map(operationDescriptor)
        let tool = spec.module.commandLineTool ?? SwiftNaming.flagName(spec.module.name)
        let commandLine: Expression = .call(TypeName.runtime("CommandLineDescription"), [
            .init("toolName", .literal(tool)),
            .init("abstract", .literal(spec.info.title)),
            .init("version", .literal(spec.module.version)),
            .init("operations", "operations"),
            .init("requestIDHeader", .optionalLiteral(spec.envelope.requestIDHeader)),
            .init("baseURLEnvironment", .optionalLiteral(spec.server.baseURLEnvironment)),
            .init("defaultBaseURL", "defaultBaseURL"),
            .init("credentialsFromEnvironment", "{ environment throws(\(TypeName.clientError)) in try credentials(fromEnvironment: environment) }"),
            .init("makeConfiguration", "{ baseURL, credentials in defaultConfiguration(baseURL: baseURL, credentials: credentials) }"),
            .init("makeClient", "{ configuration, transport in \(clientName)(configuration: configuration, transport: transport) }"),
        ])
        return [.type(TypeDeclaration(kind: .extension, name: clientType, access: nil, members: [
            .property(PropertyDeclaration(
                isStatic: true, binding: .let, name: "operations", type: .array(.runtime("OperationDescriptor", [api])),
                initialValue: .array(descriptors),
                documentation: Documentation(paragraphs: ["Every operation as data, for generic callers such as the `\(tool)` command-line tool."])
            )),
            .property(PropertyDeclaration(
                isStatic: true, binding: .let, name: "commandLine", type: .runtime("CommandLineDescription", [api]), initialValue: commandLine,
                documentation: Documentation(paragraphs: ["What the `\(tool)` command-line tool needs to know about this client."])
            )),
            modelRegistry(),
        ]))]
    }

    /// `models`: each model's Swift type under its spec name, so generic callers (tests replaying the
    /// spec's examples) can decode a value the spec describes only by name, e.g. an error body's `ref`.
    private func modelRegistry() -> Declaration {
        let entries = spec.models.map { model -> Expression in "\(literal: model.name): \(TypeName.local(names.typeName(model.name))).self" }
        return .property(PropertyDeclaration(
            isStatic: true, binding: .let, name: "models", type: .dictionary(key: .string, value: .member(.existential(.runtime("JSONModel")), "Type")),
            initialValue: Expression.array(entries).asDictionaryLiteral,
            documentation: Documentation(paragraphs: ["Every model's type by its name in the spec, for generic callers that decode by the spec's names."])
        ))
    }

    private func operationDescriptor(_ description: OperationDescription) -> Expression {
        let operation = description.operation
        let positionals = operation.commandLine?.positionals ?? []
        let parameters = operation.parameters.map { parameter in
            valueDescriptor(name: parameter.name, flag: SwiftNaming.flagName(parameter.name), placement: parameter.placement,
                            schema: parameter.schema, isRequired: parameter.isRequired, isNullable: false,
                            isPositional: positionals.contains(parameter.name), isSensitive: false,
                            description: parameter.description, environment: parameter.environment)
        }
        var bodyFields: Expression = "nil"
        if case .reference(let name)? = operation.requestBody?.kind, let object = spec.model(named: name)?.objectModel {
            let fields = object.fields.filter { isScalar($0.schema) }.map { field in
                valueDescriptor(name: field.name, flag: field.commandLineFlag ?? SwiftNaming.flagName(field.name), placement: .body,
                                schema: field.schema, isRequired: field.isRequired, isNullable: field.isNullable, isPositional: false,
                                isSensitive: field.isSensitive, description: field.description, environment: nil)
            }
            bodyFields = .array(fields)
        }
        let arguments = invocationArguments(description.methodArguments, bodyType: description.bodyType)
        let resultJSON = description.paging == nil ? "encodeJSON()" : "items.encodeJSON()"
        var fields: [Expression.Argument] = [
            .init("name", .literal(operation.name)),
            .init("command", .literal(description.commandName)),
            .init("summary", .literal(operation.summary ?? operation.name)),
            .init("description", .optionalLiteral(operation.description)),
            .init("warning", .optionalLiteral(operation.warning)),
            .init("method", .literal(operation.method)),
            .init("pathTemplate", .literal(operation.path.text)),
            .init("parameters", .array(parameters)),
            .init("bodyFields", bodyFields),
            .init("invoke", .closure("api, arguments", "try await \(Expression.call("api.\(description.methodName)", arguments)).\(resultJSON)")),
        ]
        if let paging = description.paging {
            // `--all`: the list arguments without the page number.
            let allArguments = invocationArguments(description.methodArguments.filter { $0.name != paging.page.name }, bodyType: description.bodyType)
            fields.append(.init("invokeAll", .closure(
                "api, arguments", "try await \(Expression.call("api.\(paging.allPagesMethodName)", allArguments)).collect().encodeJSON()"
            )))
        }
        return .call(TypeName.runtime("OperationDescriptor"), fields)
    }

    /// The method's arguments taken from a generic call's `arguments`, converted to their types.
    private func invocationArguments(_ methodArguments: [OperationDescription.Argument], bodyType: TypeName?) -> [Expression.Argument] {
        methodArguments.map { argument -> Expression.Argument in
            let accessor = argument.parameter.isRequired ? "required" : "optional"
            return .init(argument.label, "try arguments.\(accessor)(\(literal: argument.parameter.name))")
        }
            + (bodyType.map { [.init("body", "try arguments.body(as: \($0).self)")] } ?? [])
            + [.init("options", "arguments.options")]
    }

    private func valueDescriptor(name: String, flag: String, placement: ValueDescriptor.Placement, schema: Schema, isRequired: Bool, isNullable: Bool,
                                 isPositional: Bool, isSensitive: Bool, description: String?, environment: String?) -> Expression {
        var fields: [Expression.Argument] = [
            .init("name", .literal(name)), .init("flag", .literal(flag)), .init("placement", Expression(stringLiteral: ".\(placement.rawValue)")),
            .init("kind", valueKind(schema)), .init("isRequired", Expression(stringLiteral: "\(isRequired)")),
        ]
        if isNullable { fields.append(.init("isNullable", "true")) }
        if isPositional { fields.append(.init("isPositional", "true")) }
        if isSensitive { fields.append(.init("isSensitive", "true")) }
        if let description { fields.append(.init("description", .literal(description))) }
        if let environment { fields.append(.init("environment", .literal(environment))) }
        if let value = schema.defaultValue { fields.append(.init("defaultValue", .literal(value.description))) }
        return .call(TypeName.runtime("ValueDescriptor"), fields)
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

}
