import APIGenIR
import APIGenRuntime
import APIGenSpec

extension Translator {
    /// The operations as data (``OperationDescriptor``s), the command-line description built on
    /// them, and the model types by their spec names. Sharded, `operations` lists the descriptors that
    /// each shard's file declares in `OperationDescriptors` (``translateOperationDescriptors(_:)``).
    func translateOperationCatalog() -> [Declaration] {
        let api = TypeName.existential(protocolType)
        let descriptors = layout.isSharded
            ? operations.map { Expression.type(descriptorNamespace).dot(SwiftNaming.escapedMember($0.methodName)) }
            : operations.map(operationDescriptor)
        let tool = spec.module.commandLineTool ?? SwiftNaming.flagName(spec.module.name)
        let commandLine: Expression = .initializer(.runtime("CommandLineDescription"), [
            .init("toolName", .string(tool)),
            .init("abstract", .string(spec.info.title)),
            .init("version", .string(spec.module.version)),
            .init("operations", .name("operations")),
        ] + (spec.waiters.isEmpty ? [] : [.init("waiters", .array(spec.waiters.map(waiterDescriptor)))]) + [
            .init("requestIDHeader", .optionalString(spec.server.requestIDHeader)),
            .init("baseURLEnvironment", .optionalString(spec.server.baseURLEnvironment)),
            .init("defaultBaseURL", .name("defaultBaseURL")),
            .init("credentialEnvironment", .array(environmentSchemes.map { scheme in .array(scheme.credentials.compactMap(\.environment).map(Expression.string)) })),
            .init("credentialsFromEnvironment", spec.authentication.isEmpty ? .nil : .closure(.init(
                parameters: ["environment"], throwsClause: .typed(.clientError),
                body: Expression.name("credentials").call([.init("fromEnvironment", .name("environment"))]).tried
            ))),
            .init("makeConfiguration", .closure(.init(
                parameters: ["baseURL", "credentials"],
                body: Expression.name("defaultConfiguration").call([.init("baseURL", .name("baseURL")), .init("credentials", .name("credentials"))])
            ))),
            .init("makeClient", .closure(.init(
                parameters: ["configuration", "transport"],
                body: .initializer(clientType, [.init("configuration", .name("configuration")), .init("transport", .name("transport"))])
            ))),
        ])
        let namespaces: [Declaration] = layout.isSharded ? [
            namespace(Self.descriptorNamespaceName, "Each operation's descriptor under its method's name, in the `Operations-` file of its shard."),
            namespace(Self.registryNamespaceName, "Each shard's models by their names in the spec, in the `Operations-` file of the shard."),
        ] : []
        return [.type(TypeDeclaration(kind: .extension, name: clientType, access: nil, members: namespaces + [
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

    /// A shard's operation descriptors, one property each in the client's `OperationDescriptors`, and its part of the
    /// model registry.
    func translateOperationDescriptors(shard: Int, _ operations: [OperationDescription], _ models: [Model]) -> [Declaration] {
        let type = TypeName.runtime("OperationDescriptor", [.existential(protocolType)])
        let descriptors: [Declaration] = operations.isEmpty ? [] : [.type(TypeDeclaration(
            kind: .extension, name: descriptorNamespace, access: nil, members: operations.map { operation in
                // Computed, so that an edit to the operation leaves the file's interface as it was: the files that use
                // it (`operations`) are not recompiled. `operations` reads each once.
                .property(PropertyDeclaration(
                    access: nil, isStatic: true, name: SwiftNaming.escapedMember(operation.methodName), type: type,
                    getter: [.expression(operationDescriptor(operation))]
                ))
            }
        ))]
        return descriptors + [.type(TypeDeclaration(kind: .extension, name: registryNamespace, access: nil, members: [
            .property(PropertyDeclaration(access: nil, isStatic: true, name: Self.registryShardName(shard), type: Self.registryType,
                                          getter: [.expression(registryEntries(models))])),
        ]))]
    }

    private static let descriptorNamespaceName = "OperationDescriptors"
    private var descriptorNamespace: TypeName { .member(clientType, Self.descriptorNamespaceName) }
    private static let registryNamespaceName = "ModelRegistry"
    private var registryNamespace: TypeName { .member(clientType, Self.registryNamespaceName) }
    private static func registryShardName(_ shard: Int) -> String { "shard\(shard + 1)" }
    private static let registryType = TypeName.dictionary(key: .string, value: .member(.existential(.runtime("JSONModel")), "Type"))

    /// An internal caseless enum of the client, whose members the shards' files declare.
    private func namespace(_ name: String, _ documentation: String) -> Declaration {
        .type(TypeDeclaration(kind: .enum, name: .local(name), access: nil, documentation: Documentation(paragraphs: [documentation]), members: []))
    }

    /// `["Name": Name.self, …]`
    private func registryEntries(_ models: [Model]) -> Expression {
        .dictionary(models.map { model in Expression.DictionaryElement(.string(model.name), .metatype(.local(names.typeName(model.name)))) })
    }

    /// `models`: each model's Swift type under its spec name, so generic callers (tests replaying the
    /// spec's examples) can decode a value the spec describes only by name, e.g. an error body's `ref`.
    /// Sharded, it is the union of the shards' registries: one literal of thousands of entries costs the type checker
    /// minutes and gigabytes.
    private func modelRegistry() -> Declaration {
        let shards = (0..<layout.shardCount).map { Expression.type(registryNamespace).dot(Self.registryShardName($0)) }
        return .property(PropertyDeclaration(
            isStatic: true, binding: .let, name: "models", type: Self.registryType,
            initialValue: layout.isSharded ? Expression.runtimeFunction("modelRegistry").call([.init(nil, .array(shards))]) : registryEntries(spec.models),
            documentation: Documentation(paragraphs: ["Every model's type by its name in the spec, for generic callers that decode by the spec's names."])
        ))
    }

    private func operationDescriptor(_ description: OperationDescription) -> Expression {
        let operation = description.operation
        let positionals = operation.commandLine?.positionals ?? []
        let parameters = operation.parameters.map { parameter in
            valueDescriptor(name: parameter.name, flag: parameter.commandLineFlag ?? SwiftNaming.flagName(parameter.name), placement: parameter.placement,
                            schema: parameter.schema, isRequired: parameter.isRequired, isNullable: false,
                            isPositional: positionals.contains(parameter.name), isSensitive: parameter.isSensitive,
                            description: parameter.description, environment: parameter.environment, deprecation: parameter.deprecation)
        }
        var bodyFields: Expression = .nil
        if case .reference(let name)? = operation.requestBody?.kind, let model = spec.model(named: name) {
            // A union body has no options of its own: it is given whole in `--body`.
            // A multipart body's files are options too, each read from a file.
            let fields = (model.objectModel?.fields ?? []).filter { isScalar($0.schema) || operation.isMultipart && $0.schema.holdsFile }.map { field in
                valueDescriptor(name: field.name, flag: field.commandLineFlag ?? SwiftNaming.flagName(field.name), placement: .body,
                                schema: field.schema, isRequired: field.isRequired, isNullable: field.isNullable, isPositional: false,
                                isSensitive: field.isSensitive, description: field.description, environment: nil, deprecation: field.deprecation)
            }
            bodyFields = .array(fields)
        }
        // An array, a map, a free-form object, any JSON value or raw content has no options of its own either: it is
        // given whole in `--body` (an object's or a map's members, which the tool takes as for a model).
        var bodyKind: Expression?
        switch operation.requestBody?.kind {
        case .array?: bodyKind = .dot("array")
        case .any?: bodyKind = .dot("anyJSON")
        case .map?, .object?: bodyFields = .array([])
        default: break
        }
        if operation.isMultipart { bodyKind = .dot("multipart") }
        if let mediaType = operation.requestContentType {
            bodyKind = Expression.dot("content").call([.init("mediaType", .string(mediaType))])
        }
        if bodyKind != nil, !operation.isMultipart { bodyFields = .array([]) }
        let arguments = invocationArguments(description.methodArguments, body: bodyArgument(description))
        let api = Expression.name("api")
        var result = api.dot(description.methodName).call(arguments)
        if description.paging != nil || description.listPage != nil { result = result.dot("items") }
        // An empty answer has no JSON of its own: the tool gets `null`.
        let json = if description.resultType == nil {
            Expression.runtimeFunction("noContent").call([.init(nil, result)])
        } else if operation.response.contentType != nil {
            Expression.runtimeFunction("contentJSON").call([.init(nil, result)])
        } else {
            result.dot("encodeJSON").call()
        }
        var fields: [Expression.Argument] = [
            .init("name", .string(operation.name)),
            .init("command", .string(description.commandName)),
            .init("summary", .string(operation.summary ?? operation.name)),
            .init("description", .optionalString(operation.description)),
            .init("warning", .optionalString(operation.warning)),
            .init("method", .string(operation.method)),
            .init("pathTemplate", .string(operation.path.text)),
            .init("parameters", .array(parameters)),
            .init("bodyFields", bodyFields),
        ] + (bodyKind.map { [.init("bodyKind", $0)] } ?? []) + (operation.response.contentType.map { [.init("resultContentType", .string($0))] } ?? []) + [
            .init("invoke", .closure(.init(parameters: ["api", "arguments"], body: json.triedAwaited))),
        ]
        if let paging = description.paging {
            // `--all`: the list arguments without the page number; the items as JSON, page by page.
            let allArguments = invocationArguments(description.methodArguments.filter { $0.name != paging.page.name }, body: bodyArgument(description))
            let all = api.dot(paging.allPagesMethodName).call(allArguments).dot("jsonItems").call()
            fields.append(.init("allItems", .closure(.init(parameters: ["api", "arguments"], body: all))))
        }
        if let deprecation = operation.deprecation { fields.append(.init("deprecation", deprecationExpression(deprecation))) }
        return .initializer(.runtime("OperationDescriptor"), fields)
    }

    /// The method's arguments taken from a generic call's `arguments`, converted to their types.
    /// The body taken from a generic call's `arguments`: JSON decoded as the body's type, or raw content as text or bytes.
    private func bodyArgument(_ description: OperationDescription) -> Expression? {
        let arguments = Expression.name("arguments")
        if let mediaType = description.operation.requestContentType {
            return MediaType.isText(mediaType) ? arguments.dot("contentText").call().tried : arguments.dot("contentBytes").call()
        }
        return description.bodyType.map { arguments.dot("body").call([.init("as", .metatype($0))]).tried }
    }

    private func invocationArguments(_ methodArguments: [OperationDescription.Argument], body: Expression?) -> [Expression.Argument] {
        methodArguments.map { argument -> Expression.Argument in
            let accessor = argument.parameter.isRequired ? "required" : "optional"
            return .init(argument.label, Expression.name("arguments").dot(accessor).call([.init(nil, .string(argument.parameter.name))]).tried)
        }
            + (body.map { [.init("body", $0)] } ?? [])
            + [.init("options", Expression.name("arguments").dot("options"))]
    }

    private func valueDescriptor(name: String, flag: String, placement: ValueDescriptor.Placement, schema: Schema, isRequired: Bool, isNullable: Bool,
                                 isPositional: Bool, isSensitive: Bool, description: String?, environment: String?,
                                 deprecation: Deprecation?) -> Expression {
        // An array parameter is a repeated option of its items' kind.
        var itemSchema = schema
        if case .array(let items) = schema.kind { itemSchema = items }
        var fields: [Expression.Argument] = [
            .init("name", .string(name)), .init("flag", .string(flag)), .init("placement", .dot(placement.rawValue)),
            .init("kind", valueKind(itemSchema)), .init("isRequired", .boolean(isRequired)),
        ]
        if isNullable { fields.append(.init("isNullable", .boolean(true))) }
        if schema.isArray { fields.append(.init("isRepeatable", .boolean(true))) }
        if isPositional { fields.append(.init("isPositional", .boolean(true))) }
        if isSensitive { fields.append(.init("isSensitive", .boolean(true))) }
        if let description { fields.append(.init("description", .string(description))) }
        if let environment { fields.append(.init("environment", .string(environment))) }
        if let value = schema.defaultValue { fields.append(.init("defaultValue", .string(value.description))) }
        let constraints = constraintWords(schema)
        if !constraints.isEmpty { fields.append(.init("constraints", .array(constraints.map(Expression.string)))) }
        if let example = schema.example, !isSensitive { fields.append(.init("example", .string(commandLineText(example)))) }
        if let deprecation { fields.append(.init("deprecation", deprecationExpression(deprecation))) }
        // The JSON value as a literal (`false`, `2`, `"job"`): a constant is a boolean, a whole number or a string.
        if let constant = schema.constraints.constant { fields.append(.init("constant", constantLiteral(constant))) }
        return .initializer(.runtime("ValueDescriptor"), fields)
    }

    /// `Deprecation(message: "…")`, or `Deprecation()` without a message.
    private func deprecationExpression(_ deprecation: Deprecation) -> Expression {
        .initializer(.runtime("Deprecation"), deprecation.message.map { [.init("message", .string($0))] } ?? [])
    }

    /// A JSON value as a command line gives it: a string without quotes, anything else as JSON.
    private func commandLineText(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return value.description
    }

    private func valueKind(_ schema: Schema) -> Expression {
        switch schema.kind {
        case .integer: return .dot("integer")
        case .number: return .dot("number")
        case .boolean: return .dot("boolean")
        case .bytes: return .dot("file")
        case .reference(let name):
            guard let enumeration = spec.model(named: name)?.enumModel else { return .dot("string") }
            let kind = enumeration.rawType == .integer ? "integerEnumeration" : "enumeration"
            return Expression.dot(kind).call([.init(nil, .array(enumeration.values.map { Self.literal($0.value) }))])
        default: return .dot("string")
        }
    }

    private func isScalar(_ schema: Schema) -> Bool {
        switch schema.kind {
        case .string, .integer, .number, .boolean: true
        case .reference: isEnum(schema)
        case .array, .map, .object, .any, .bytes: false
        }
    }

}
