import ArgumentParsing

/// An `mcp-servers`-like tool: global options on the root, subcommands with options and positionals.
let mcpServers = CommandDeclaration(
    name: "mcp-servers",
    abstract: "Manage Cloudflare MCP servers.",
    options: [
        OptionDeclaration(name: "account-id", kind: .value(placeholder: "ID"), help: "The Cloudflare account."),
        OptionDeclaration(name: "base-url", kind: .value(placeholder: "URL"), help: "The API base URL."),
        OptionDeclaration(name: "max-retries", kind: .value(placeholder: "N"), help: "Retries per request."),
        OptionDeclaration(name: "timeout", kind: .value(placeholder: "SECONDS"), help: "Request timeout."),
    ],
    subcommands: [
        CommandDeclaration(
            name: "list",
            abstract: "List MCP servers.",
            options: [
                OptionDeclaration(name: "page", kind: .value(placeholder: "N"), help: "Page number."),
                OptionDeclaration(name: "per-page", kind: .value(placeholder: "N"), help: "Page size."),
                OptionDeclaration(name: "tag", kind: .value(placeholder: "TAG"), help: "Filter by tag.", isRepeatable: true),
                OptionDeclaration(name: "all", kind: .flag, help: "Fetch every page."),
                OptionDeclaration(
                    name: "auth-type", kind: .value(placeholder: "TYPE"), help: "Filter by authentication.",
                    allowedValues: ["oauth", "bearer", "unauthenticated"]),
            ]
        ),
        CommandDeclaration(
            name: "get", abstract: "Show one MCP server.",
            positionals: [PositionalDeclaration(name: "ID", help: "The server identifier.")]
        ),
        CommandDeclaration(
            name: "update",
            abstract: "Update an MCP server.",
            options: [
                OptionDeclaration(name: "name", kind: .value(placeholder: "NAME"), help: "The new name."),
                OptionDeclaration(
                    name: "description", kind: .value(placeholder: "TEXT"), help: "The new description.",
                    conflictsWith: ["clear-description"]),
                OptionDeclaration(name: "clear-description", kind: .flag, help: "Remove the description."),
                OptionDeclaration(
                    name: "secure-web-gateway", kind: .value(placeholder: "BOOL"),
                    help: "Route the server's traffic through the Secure Web Gateway.", defaultDescription: "unchanged"),
            ],
            positionals: [PositionalDeclaration(name: "ID", help: "The server identifier.")]
        ),
        CommandDeclaration(
            name: "sync", abstract: "Synchronise tools.",
            positionals: [
                PositionalDeclaration(name: "ID", help: "The server identifier."),
                PositionalDeclaration(name: "TARGET", help: "Where to sync to.", isOptional: true),
            ]
        ),
    ]
)

/// An `apigen`-like tool: subcommands with a SPEC positional and `--output DIR`.
let generate = CommandDeclaration(
    name: "generate",
    abstract: "Generate Swift source from an API spec.",
    discussion: """
        Reads the OpenAPI document at SPEC and writes one Swift file per tag, replacing files it generated before.
        Existing hand-written files are never touched.
        """,
    options: [
        OptionDeclaration(
            name: "output", kind: .value(placeholder: "DIR"),
            help: "The directory that receives the generated files; created when missing.", defaultDescription: "."),
        OptionDeclaration(
            name: "access", kind: .value(placeholder: "LEVEL"), help: "Access level of generated declarations.",
            allowedValues: ["public", "package", "internal"]),
    ],
    positionals: [PositionalDeclaration(name: "SPEC", help: "The spec file (JSON).")]
)

let apigen = CommandDeclaration(
    name: "apigen",
    abstract: "Generate Swift clients from API specs.",
    subcommands: [
        generate,
        CommandDeclaration(name: "check", abstract: "Fail when generated files are out of date."),
        CommandDeclaration(name: "lint", abstract: "Report problems in a spec."),
    ]
)

/// Parses against `mcpServers`.
func mcp(_ arguments: String...) throws(UsageError) -> ParsedCommand {
    try ArgumentParser.parse(arguments, command: mcpServers)
}

/// The error parsing `arguments` against `mcpServers` throws, or nil when it succeeds.
func mcpError(_ arguments: String...) -> UsageError? {
    do {
        _ = try ArgumentParser.parse(arguments, command: mcpServers)
        return nil
    } catch {
        return error
    }
}
