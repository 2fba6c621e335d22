import ArgumentParsing
import Testing

@Suite struct HelpFormatterTests {
    @Test func snapshotWithWrappedText() {
        let help = HelpFormatter.help(for: generate, path: ["generate"], toolName: "apigen", width: 60)
        #expect(help == """
            USAGE: apigen generate <SPEC> [--output <DIR>]
              [--access <LEVEL>]

            Generate Swift source from an API spec.

            Reads the OpenAPI document at SPEC and writes one Swift file
            per tag, replacing files it generated before.
            Existing hand-written files are never touched.

            ARGUMENTS:
              <SPEC>            The spec file (JSON).

            OPTIONS:
              --output <DIR>    The directory that receives the
                                generated files; created when missing.
                                (default: .)
              --access <LEVEL>  Access level of generated declarations.
                                (values: public|package|internal)
              -h, --help        Show help information.

            """)
    }

    @Test func rootListsSubcommands() {
        #expect(HelpFormatter.help(root: apigen, commandPath: ["apigen"]) == """
            USAGE: apigen <subcommand>

            Generate Swift clients from API specs.

            OPTIONS:
              -h, --help  Show help information.

            SUBCOMMANDS:
              generate    Generate Swift source from an API spec.
              check       Fail when generated files are out of date.
              lint        Report problems in a spec.

            Run 'apigen <subcommand> --help' for help on a subcommand.

            """)
    }

    @Test func subcommandShowsGlobalOptionsAndLongLabels() {
        #expect(HelpFormatter.help(root: mcpServers, commandPath: ["mcp-servers", "update"]) == """
            USAGE: mcp-servers update <ID> [<options>]

            Update an MCP server.

            ARGUMENTS:
              <ID>                        The server identifier.

            OPTIONS:
              --name <NAME>               The new name.
              --description <TEXT>        The new description.
              --clear-description         Remove the description.
              --secure-web-gateway <BOOL>
                                          Route the server's traffic through the Secure Web
                                          Gateway. (default: unchanged)
              -h, --help                  Show help information.

            GLOBAL OPTIONS:
              --account-id <ID>           The Cloudflare account.
              --base-url <URL>            The API base URL.
              --max-retries <N>           Retries per request.
              --timeout <SECONDS>         Request timeout.

            """)
    }

    @Test func usageLine() {
        let few = CommandDeclaration(name: "tool", abstract: "", options: [
            OptionDeclaration(name: "tag", kind: .value(placeholder: "TAG"), help: "", isRepeatable: true),
            OptionDeclaration(name: "all", kind: .flag, help: ""),
        ], positionals: [PositionalDeclaration(name: "TARGET", help: "", isOptional: true)])
        #expect(HelpFormatter.help(for: few, path: [], toolName: "tool").hasPrefix(
            "USAGE: tool [<TARGET>] [--tag <TAG> ...] [--all]\n\n"))
        let inherited = [OptionDeclaration(name: "verbose", kind: .flag, help: "")]
        #expect(HelpFormatter.help(for: few, path: ["sub"], toolName: "tool", inheritedOptions: inherited).hasPrefix(
            "USAGE: tool sub [<TARGET>] [--tag <TAG> ...] [--all] [<global-options>]\n\n"))
        #expect(HelpFormatter.help(root: mcpServers, commandPath: ["mcp-servers", "sync"])
            .hasPrefix("USAGE: mcp-servers sync <ID> [<TARGET>] [<options>]\n"))
    }

    @Test("required options are spelled out in USAGE, even when the optional ones fold into [<options>], and noted in OPTIONS")
    func requiredOptions() {
        let output = OptionDeclaration(name: "output", kind: .value(placeholder: "DIR"), help: "Where.", isRequired: true)
        let quiet = OptionDeclaration(name: "quiet", kind: .flag, help: "Quiet.")
        let few = CommandDeclaration(name: "generate", abstract: "", options: [output, quiet],
                                     positionals: [PositionalDeclaration(name: "SPEC", help: "")])
        let help = HelpFormatter.help(for: few, path: ["generate"], toolName: "apigen")
        #expect(help.hasPrefix("USAGE: apigen generate <SPEC> --output <DIR> [--quiet]\n\n"), "\(help)")
        #expect(help.contains("--output <DIR>  Where. (required)"), "\(help)")
        let many = CommandDeclaration(name: "create", abstract: "", options: [output, quiet] + ["a", "b", "c"].map {
            OptionDeclaration(name: $0, kind: .flag, help: "")
        })
        #expect(HelpFormatter.help(for: many, path: ["create"], toolName: "tool").hasPrefix("USAGE: tool create --output <DIR> [<options>]\n"))
        let onlyRequired = CommandDeclaration(name: "create", abstract: "", options: ["a", "b", "c", "d"].map {
            OptionDeclaration(name: $0, kind: .flag, help: "", isRequired: true)
        })
        #expect(HelpFormatter.help(for: onlyRequired, path: ["create"], toolName: "tool").hasPrefix("USAGE: tool create --a --b --c --d\n"))
    }

    @Test func optionNotesAndEmptyHelp() {
        let command = CommandDeclaration(name: "tool", abstract: "Does things.", options: [
            OptionDeclaration(name: "mode", kind: .value(placeholder: "MODE"), help: "Mode.", isRepeatable: true,
                              allowedValues: ["a", "b"], defaultDescription: "a"),
            OptionDeclaration(name: "quiet", kind: .flag, help: ""),
        ])
        let lines = HelpFormatter.help(for: command, path: [], toolName: "tool").split(separator: "\n")
        #expect(lines.contains("  --mode <MODE>  Mode. (values: a|b; default: a; repeatable)"))
        #expect(lines.contains("  --quiet"))
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func unknownPathFallsBackToDeepestCommand() {
        #expect(HelpFormatter.help(root: mcpServers, commandPath: ["mcp-servers", "nope"])
            == HelpFormatter.help(root: mcpServers, commandPath: ["mcp-servers"]))
    }

    @Test func narrowWidthKeepsLongWordsWhole() {
        let command = CommandDeclaration(name: "t", abstract: "a https://example.com/a/very/long/address b")
        let lines = HelpFormatter.help(for: command, path: [], toolName: "t", width: 10).split(separator: "\n")
        #expect(lines[1...3] == ["a", "https://example.com/a/very/long/address", "b"])
    }
}
