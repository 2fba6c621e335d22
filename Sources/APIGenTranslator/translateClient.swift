import APIGenIR
import APIGenRuntime
import APIGenSpec

extension Translator {
    var clientName: String { spec.module.client }
    var protocolName: String { spec.module.clientProtocol }
    var clientType: TypeName { .local(clientName) }
    var protocolType: TypeName { .local(protocolName) }

    /// The protocol, the client and the credentials' factories; in one file, every operation's methods too
    /// (sharded, each shard's file has its operations': ``translateClientMethods(_:)``).
    func translateClient() -> [Declaration] {
        let hasMethods = !layout.isSharded
        return [
            .type(TypeDeclaration(
                kind: .protocol, name: protocolType, conformances: [.swift("Sendable")],
                documentation: Documentation(
                    paragraphs: [
                        spec.info.title + (spec.info.description.map { ": " + $0 } ?? ""),
                        "\(clientName) implements it over HTTP; conform a fake to it to test code that calls the API without a network.",
                    ],
                    remark: "Generated from \(specFileName), API version \(spec.info.version)."
                ),
                members: operations.map { .function(clientMethod($0, body: nil)) }
            )),
        ] + (hasMethods ? [conveniences(operations, waiters: spec.waiters)]
                        // Sharded, the operations' methods are in their shards; the waiters (few) stay here.
                        : spec.waiters.isEmpty ? [] : [conveniences([], waiters: spec.waiters)]) + [
            .type(TypeDeclaration(
                kind: .struct, name: clientType, conformances: [protocolType],
                documentation: Documentation(paragraphs: [
                    "The \(apiName) over HTTP: each call validates its arguments, sends one request (retrying failures the policy allows), and returns the unwrapped result or throws an `APIClientError`.",
                ]),
                members: clientMembers() + (hasMethods ? operations.map(implementation) : [])
            )),
        ] + (hasMethods ? operations.compactMap(translateAnswerEnum) : []) + (spec.authentication.isEmpty ? [] : [
            .type(TypeDeclaration(kind: .extension, name: .credentials, access: nil, members: spec.authentication.map(credentialFactory))),
        ])
    }

    /// A shard's operations: their convenience methods on the protocol and their implementations in the client.
    func translateClientMethods(_ operations: [OperationDescription]) -> [Declaration] {
        guard !operations.isEmpty else { return [] }
        return [
            conveniences(operations, waiters: []),
            .type(TypeDeclaration(kind: .extension, name: clientType, access: nil, members: operations.map(implementation))),
        ] + operations.compactMap(translateAnswerEnum)
    }

    /// The methods every conformance gets: each operation without `options`, and the `all…` page sequences.
    private func conveniences(_ operations: [OperationDescription], waiters: [Waiter]) -> Declaration {
        .type(TypeDeclaration(
            kind: .extension, name: protocolType, access: nil,
            members: operations.map(convenienceMethod) + operations.compactMap(allPagesMethod) + waiters.compactMap(waiterMethod)
        ))
    }

    private func implementation(_ operation: OperationDescription) -> Declaration {
        .function(clientMethod(operation, body: methodBody(operation)))
    }

    private func clientMembers() -> [Declaration] {
        // Without an envelope the core reads whole bodies and still needs the request id header.
        var coreArguments: [Expression.Argument] = [.init("configuration", .name("configuration")), .init("transport", .name("transport"))]
        var envelopeProperty: [Declaration] = []
        if let envelope = spec.envelope {
            envelopeProperty = [.property(PropertyDeclaration(
                access: .private, isStatic: true, binding: .let, name: "envelope", type: nil,
                initialValue: .initializer(.runtime("EnvelopeFormat"), [
                    .init("resultField", .string(envelope.resultField)),
                    .init("successField", .optionalString(envelope.successField)),
                    .init("pageInfoField", .optionalString(envelope.pageInfoField)),
                    .init("errorsField", .string(envelope.errorsField)),
                    .init("errorCodeField", .string(envelope.errorCodeField)),
                    .init("errorMessageField", .string(envelope.errorMessageField)),
                    .init("errorPathField", .optionalString(envelope.errorPathField)),
                    .init("requestIDHeader", .optionalString(envelope.requestIDHeader)),
                ])
            ))]
            coreArguments.append(.init("envelope", Expression.name("Self").dot("envelope")))
        } else {
            coreArguments += [.init("envelope", .nil), .init("requestIDHeader", .optionalString(spec.server.requestIDHeader))]
        }
        return [
            .property(PropertyDeclaration(
                isStatic: true, binding: .let, name: "defaultBaseURL", type: .url, initialValue: .forceUnwrap(.initializer(.url, [.init("string", .string(spec.server.baseURL))])),
                documentation: Documentation(paragraphs: ["Where the API is served."])
            )),
            .property(PropertyDeclaration(
                isStatic: true, binding: .let, name: "userAgent", type: .string,
                initialValue: .string("\(spec.module.name)/\(spec.module.version) (apigen)"),
                documentation: Documentation(paragraphs: ["Sent as `User-Agent`: the package and its version."])
            )),
        ] + envelopeProperty + [
            // Sharded, the operations' methods are in other files of the module.
            .property(PropertyDeclaration(access: layout.isSharded ? nil : .private, binding: .let, name: "core", type: .runtime("APIClientCore"))),
            .property(PropertyDeclaration(
                name: "configuration", type: .clientConfiguration, getter: [.expression(Expression.name("core").dot("configuration"))],
                documentation: Documentation(paragraphs: ["The configuration every call starts from."])
            )),
            .function(FunctionDeclaration(
                kind: .initializer,
                parameters: [.init(name: "configuration", type: .clientConfiguration), transportParameter],
                body: [.assignment(target: .name("core"), value: .initializer(.runtime("APIClientCore"), coreArguments))],
                documentation: Documentation(paragraphs: ["A client with a full configuration."], parameters: [
                    ("configuration", "Base URL, credentials, timeout, retries, headers and observer."),
                    ("transport", "How requests are sent; URLSession by default, a fake in tests."),
                ])
            )),
            .function(FunctionDeclaration(
                kind: .initializer,
                parameters: [.init(name: "credentials", type: .credentials), .init(name: "baseURL", type: .url, defaultValue: .name("defaultBaseURL")),
                             transportParameter],
                body: [.expression(Expression.name("self").dot("init").call([
                    .init("configuration", Expression.name("Self").dot("defaultConfiguration").call([
                        .init("baseURL", .name("baseURL")), .init("credentials", .name("credentials")),
                    ])),
                    .init("transport", .name("transport")),
                ]))],
                documentation: Documentation(paragraphs: ["A client with the default configuration: " + defaultConfigurationSummary + "."])
            )),
            .function(FunctionDeclaration(
                kind: .initializer,
                parameters: [.init(name: "environment", type: .dictionary(key: .string, value: .string),
                                   defaultValue: Expression.type(.foundation("ProcessInfo")).dot("processInfo").dot("environment")),
                             transportParameter],
                throwsClause: .typed(.clientError),
                body: environmentInitializerBody(),
                documentation: Documentation(
                    paragraphs: ["A client configured from environment variables: " + environmentSummary() + "."],
                    throwsText: spec.authentication.isEmpty ? "`APIClientError.invalidConfiguration` when the base URL is not a URL."
                        : "`APIClientError.invalidConfiguration` when no credentials are set or the base URL is not a URL."
                )
            )),
            .function(FunctionDeclaration(
                isStatic: true, kind: .function("defaultConfiguration"),
                parameters: [.init(name: "baseURL", type: .url, defaultValue: .name("defaultBaseURL")), .init(name: "credentials", type: .credentials.optional)],
                returnType: .clientConfiguration,
                body: [.expression(.initializer(.clientConfiguration, [
                    .init("baseURL", .name("baseURL")), .init("credentials", .name("credentials")), .init("userAgent", .name("userAgent")),
                ]))],
                documentation: Documentation(paragraphs: ["The default configuration; change its fields before creating a client to tune it."])
            )),
        ] + (spec.authentication.isEmpty ? [] : [
            // An API without authentication needs no credentials: there is nothing to read.
            .function(FunctionDeclaration(
                isStatic: true, kind: .function("credentials"),
                parameters: [.init(label: "fromEnvironment", name: "environment", type: .dictionary(key: .string, value: .string))],
                throwsClause: .typed(.clientError), returnType: .credentials,
                body: credentialsFromEnvironmentBody(),
                documentation: Documentation(paragraphs: ["The first authentication scheme whose variables are all set: " + credentialSummary() + "."])
            )),
        ])
    }

    private func environmentInitializerBody() -> [Statement] {
        var body: [Statement] = []
        var arguments: [Expression.Argument] = []
        if !spec.authentication.isEmpty {
            let credentials = Expression.name("Self").dot("credentials").call([.init("fromEnvironment", .name("environment"))])
            body.append(.constant("credentials", credentials.tried))
            arguments.append(.init("credentials", .name("credentials")))
        }
        if let variable = spec.server.baseURLEnvironment {
            body.append(.declaration(.var, name: "baseURL", type: nil, value: Expression.name("Self").dot("defaultBaseURL")))
            let url = Expression.name("url")
            body.append(.ifThen(environmentValue(variable, boundTo: "text"), [
                .guardElse(conditions: [
                    .optionalBinding("url", value: .initializer(.url, [.init("string", .name("text"))])),
                    .expression(.binary(url.dot("scheme"), .notEqual, .nil)),
                    .expression(.binary(url.dot("host"), .notEqual, .nil)),
                ], body: [
                    .throwStatement(Expression.dot("invalidConfiguration").call([.init(nil, .string(variable + " is not an absolute URL"))])),
                ]),
                .assignment(target: .name("baseURL"), value: url),
            ]))
            arguments.append(.init("baseURL", .name("baseURL")))
        }
        if spec.authentication.isEmpty {
            // An API without authentication needs no credentials.
            arguments = [.init("configuration", Expression.name("Self").dot("defaultConfiguration").call(arguments + [.init("credentials", .nil)]))]
        }
        arguments.append(.init("transport", .name("transport")))
        body.append(.expression(Expression.name("self").dot("init").call(arguments)))
        return body
    }

    /// `let name = environment["VARIABLE"], !name.isEmpty`
    private func environmentValue(_ variable: String, boundTo name: String) -> [Condition] {
        [
            .optionalBinding(name, value: Expression.name("environment").subscripted(.string(variable))),
            .expression(.not(Expression.name(name).dot("isEmpty"))),
        ]
    }

    private func credentialsFromEnvironmentBody() -> [Statement] {
        var body: [Statement] = []
        for scheme in environmentSchemes {
            let arguments = names.credentialNames(of: scheme)
            let conditions = zip(arguments, scheme.credentials).flatMap { name, credential in environmentValue(credential.environment!, boundTo: name) }
            let factory = Expression.dot(names.factoryName(of: scheme)).call(factoryArguments(scheme, arguments))
            body.append(.ifThen(conditions, [.returnStatement(factory)]))
        }
        body.append(.throwStatement(Expression.dot("invalidConfiguration").call([
            .init(nil, .string("no credentials in the environment: set " + credentialSummary())),
        ])))
        return body
    }

    private func factoryArguments(_ scheme: AuthScheme, _ names: [String]) -> [Expression.Argument] {
        if scheme.kind == .bearer { return [.init(nil, .name(names[0]))] }
        return names.map { .init(NameTable.argumentLabel($0), .name($0)) }
    }

    private func credentialSummary() -> String {
        environmentSchemes.map { scheme in scheme.credentials.compactMap(\.environment).joined(separator: " and ") }.joined(separator: ", or ")
    }

    private func environmentSummary() -> String {
        var text = spec.authentication.isEmpty ? "no credentials (the API has no authentication)" : "credentials from " + credentialSummary()
        if let variable = spec.server.baseURLEnvironment { text += "; the base URL from \(variable) when set" }
        return text
    }

    private func credentialFactory(_ scheme: AuthScheme) -> Declaration {
        let arguments = names.credentialNames(of: scheme)
        let parameters: [FunctionDeclaration.Parameter] = scheme.kind == .bearer
            ? [.init(label: "_", name: arguments[0], type: .string)]
            : arguments.map { .init(name: $0, type: .string) }
        let headers: [Expression.DictionaryElement] = scheme.kind == .bearer
            ? [.init(.string(scheme.headerNames[0]), .string("Bearer ") + .name(arguments[0]))]
            : zip(scheme.headerNames, arguments).map { header, name in .init(.string(header), .name(name)) }
        return .function(FunctionDeclaration(
            isStatic: true, kind: .function(names.factoryName(of: scheme)), parameters: parameters, returnType: .credentials,
            body: [.expression(.initializer(.credentials, [.init("scheme", .string(scheme.name)), .init("headers", .dictionary(headers))]))],
            documentation: Documentation(
                paragraphs: [scheme.description ?? ""],
                parameters: zip(arguments, scheme.credentials).map { ($0, $1.description ?? $1.name) },
                remark: remark(scheme.location)
            )
        ))
    }

    /// `transport: any HTTPTransport = URLSessionTransport()`
    private var transportParameter: FunctionDeclaration.Parameter {
        .init(name: "transport", type: .existential(.runtime("HTTPTransport")), defaultValue: .initializer(.runtime("URLSessionTransport")))
    }

    /// What the runtime's defaults are, read from the runtime rather than restated.
    private var defaultConfigurationSummary: String {
        let seconds = ClientConfiguration.defaultTimeout.components.seconds
        let retries = RetryPolicy.standard.maxRetries
        return "\(seconds) s timeout per attempt, \(retries) \(retries == 1 ? "retry" : "retries")"
    }
}

extension Translator {
    /// The authentication schemes a client can take from the environment: every variable named.
    var environmentSchemes: [AuthScheme] {
        spec.authentication.filter { scheme in scheme.credentials.allSatisfy { $0.environment != nil } }
    }

    /// "The Todo API", not "The Todo API API", for titles that already say it.
    var apiName: String {
        let title = spec.info.title
        return title == "API" || title.hasSuffix(" API") ? title : title + " API"
    }
}
