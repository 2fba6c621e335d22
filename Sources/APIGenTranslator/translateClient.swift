import APIGenIR
import APIGenRuntime
import APIGenSpec

extension Translator {
    var clientName: String { spec.module.client }
    var protocolName: String { spec.module.clientProtocol }
    var clientType: TypeName { .local(clientName) }
    var protocolType: TypeName { .local(protocolName) }

    func translateClient() -> [Declaration] {
        [
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
            .type(TypeDeclaration(
                kind: .extension, name: protocolType, access: nil,
                members: operations.map(convenienceMethod) + operations.compactMap(allPagesMethod)
            )),
            .type(TypeDeclaration(
                kind: .struct, name: clientType, conformances: [protocolType],
                documentation: Documentation(paragraphs: [
                    "The \(spec.info.title) API over HTTP: each call validates its arguments, sends one request (retrying failures the policy allows), and returns the unwrapped result or throws an `APIClientError`.",
                ]),
                members: clientMembers() + operations.map { .function(clientMethod($0, body: methodBody($0))) }
            )),
        ] + (spec.authentication.isEmpty ? [] : [
            .type(TypeDeclaration(kind: .extension, name: .credentials, access: nil, members: spec.authentication.map(credentialFactory))),
        ])
    }

    private func clientMembers() -> [Declaration] {
        let envelope = spec.envelope
        let envelopeArguments: Expression = .call(TypeName.runtime("EnvelopeFormat"), [
            .init("resultField", .literal(envelope.resultField)),
            .init("successField", .optionalLiteral(envelope.successField)),
            .init("pageInfoField", .optionalLiteral(envelope.pageInfoField)),
            .init("errorsField", .literal(envelope.errorsField)),
            .init("errorCodeField", .literal(envelope.errorCodeField)),
            .init("errorMessageField", .literal(envelope.errorMessageField)),
            .init("errorPathField", .optionalLiteral(envelope.errorPathField)),
            .init("requestIDHeader", .optionalLiteral(envelope.requestIDHeader)),
        ])
        return [
            .property(PropertyDeclaration(
                isStatic: true, binding: .let, name: "defaultBaseURL", type: .url, initialValue: "\(TypeName.url)(string: \(literal: spec.server.baseURL))!",
                documentation: Documentation(paragraphs: ["Where the API is served."])
            )),
            .property(PropertyDeclaration(
                isStatic: true, binding: .let, name: "userAgent", type: .string,
                initialValue: .literal("\(spec.module.name)/\(spec.module.version) (apigen)"),
                documentation: Documentation(paragraphs: ["Sent as `User-Agent`: the package and its version."])
            )),
            .property(PropertyDeclaration(
                access: .private, isStatic: true, binding: .let, name: "envelope", type: nil, initialValue: envelopeArguments
            )),
            .property(PropertyDeclaration(access: .private, binding: .let, name: "core", type: .runtime("APIClientCore"))),
            .property(PropertyDeclaration(
                name: "configuration", type: .clientConfiguration, getter: ["core.configuration"],
                documentation: Documentation(paragraphs: ["The configuration every call starts from."])
            )),
            .function(FunctionDeclaration(
                kind: .initializer,
                parameters: [.init(name: "configuration", type: .clientConfiguration), transportParameter],
                body: ["core = \(TypeName.runtime("APIClientCore"))(configuration: configuration, transport: transport, envelope: Self.envelope)"],
                documentation: Documentation(paragraphs: ["A client with a full configuration."], parameters: [
                    ("configuration", "Base URL, credentials, timeout, retries, headers and observer."),
                    ("transport", "How requests are sent; URLSession by default, a fake in tests."),
                ])
            )),
            .function(FunctionDeclaration(
                kind: .initializer,
                parameters: [.init(name: "credentials", type: .credentials), .init(name: "baseURL", type: .url, defaultValue: "defaultBaseURL"),
                             transportParameter],
                body: [.line(.call("self.init", [
                    .init("configuration", "Self.defaultConfiguration(baseURL: baseURL, credentials: credentials)"), .init("transport", "transport"),
                ]))],
                documentation: Documentation(paragraphs: ["A client with the default configuration: " + defaultConfigurationSummary + "."])
            )),
            .function(FunctionDeclaration(
                kind: .initializer,
                parameters: [.init(name: "environment", type: .dictionary(key: .string, value: .string),
                                   defaultValue: "\(TypeName.foundation("ProcessInfo")).processInfo.environment"),
                             transportParameter],
                throwsClause: .typed(.clientError),
                body: environmentInitializerBody(),
                documentation: Documentation(
                    paragraphs: ["A client configured from environment variables: " + environmentSummary() + "."],
                    throwsText: "`APIClientError.invalidConfiguration` when no credentials are set or the base URL is not a URL."
                )
            )),
            .function(FunctionDeclaration(
                isStatic: true, kind: .function("defaultConfiguration"),
                parameters: [.init(name: "baseURL", type: .url, defaultValue: "defaultBaseURL"), .init(name: "credentials", type: .credentials.optional)],
                returnType: .clientConfiguration,
                body: ["\(TypeName.clientConfiguration)(baseURL: baseURL, credentials: credentials, userAgent: userAgent)"],
                documentation: Documentation(paragraphs: ["The default configuration; change its fields before creating a client to tune it."])
            )),
            .function(FunctionDeclaration(
                isStatic: true, kind: .function("credentials"),
                parameters: [.init(label: "fromEnvironment", name: "environment", type: .dictionary(key: .string, value: .string))],
                throwsClause: .typed(.clientError), returnType: .credentials,
                body: credentialsFromEnvironmentBody(),
                documentation: Documentation(paragraphs: ["The first authentication scheme whose variables are all set: " + credentialSummary() + "."])
            )),
        ]
    }

    private func environmentInitializerBody() -> [Statement] {
        var body: [Statement] = ["let credentials = try Self.credentials(fromEnvironment: environment)"]
        if let variable = spec.server.baseURLEnvironment {
            body.append("var baseURL = Self.defaultBaseURL")
            body.append(.ifThen("let text = environment[\(literal: variable)], !text.isEmpty", [
                .guardElse(condition: "let url = \(TypeName.url)(string: text), url.scheme != nil, url.host != nil", body: [
                    .line("throw .invalidConfiguration(\(literal: variable + " is not an absolute URL"))"),
                ]),
                "baseURL = url",
            ]))
            body.append("self.init(credentials: credentials, baseURL: baseURL, transport: transport)")
        } else {
            body.append("self.init(credentials: credentials, transport: transport)")
        }
        return body
    }

    private func credentialsFromEnvironmentBody() -> [Statement] {
        var body: [Statement] = []
        for scheme in spec.authentication where scheme.credentials.allSatisfy({ $0.environment != nil }) {
            let arguments = names.credentialNames(of: scheme)
            let bindings = zip(arguments, scheme.credentials).map { name, credential in
                Expression("let \(name) = environment[\(literal: credential.environment!)], !\(name).isEmpty")
            }
            body.append(.ifThen(join(bindings), [.line("return .\(names.factoryName(of: scheme))(\(factoryArguments(scheme, arguments)))")]))
        }
        body.append(.line("throw .invalidConfiguration(\(literal: "no credentials in the environment: set " + credentialSummary()))"))
        return body
    }

    private func factoryArguments(_ scheme: AuthScheme, _ names: [String]) -> String {
        if scheme.kind == .bearer { return names[0] }
        return names.map { "\($0): \($0)" }.joined(separator: ", ")
    }

    private func credentialSummary() -> String {
        spec.authentication.map { scheme in
            scheme.credentials.compactMap(\.environment).joined(separator: " and ")
        }.filter { !$0.isEmpty }.joined(separator: ", or ")
    }

    private func environmentSummary() -> String {
        var text = "credentials from " + credentialSummary()
        if let variable = spec.server.baseURLEnvironment { text += "; the base URL from \(variable) when set" }
        return text
    }

    private func credentialFactory(_ scheme: AuthScheme) -> Declaration {
        let arguments = names.credentialNames(of: scheme)
        let parameters: [FunctionDeclaration.Parameter] = scheme.kind == .bearer
            ? [.init(label: "_", name: arguments[0], type: .string)]
            : arguments.map { .init(name: $0, type: .string) }
        let headers: [Expression] = scheme.kind == .bearer
            ? ["\(literal: "Authorization"): \(literal: "Bearer ") + \(arguments[0])"]
            : zip(scheme.credentials, arguments).map { credential, name in "\(literal: credential.header ?? credential.name): \(name)" }
        return .function(FunctionDeclaration(
            isStatic: true, kind: .function(names.factoryName(of: scheme)), parameters: parameters, returnType: .credentials,
            body: [.line(.call(TypeName.credentials, [.init("scheme", .literal(scheme.name)), .init("headers", Expression.array(headers).asDictionaryLiteral)]))],
            documentation: Documentation(
                paragraphs: [scheme.description ?? ""],
                parameters: zip(arguments, scheme.credentials).map { ($0, $1.description ?? $1.name) },
                remark: remark(scheme.location)
            )
        ))
    }

    /// `transport: any HTTPTransport = URLSessionTransport()`
    private var transportParameter: FunctionDeclaration.Parameter {
        .init(name: "transport", type: .existential(.runtime("HTTPTransport")), defaultValue: "\(TypeName.runtime("URLSessionTransport"))()")
    }

    /// What the runtime's defaults are, read from the runtime rather than restated.
    private var defaultConfigurationSummary: String {
        let seconds = ClientConfiguration.defaultTimeout.components.seconds
        let retries = RetryPolicy.standard.maxRetries
        return "\(seconds) s timeout per attempt, \(retries) \(retries == 1 ? "retry" : "retries")"
    }
}
