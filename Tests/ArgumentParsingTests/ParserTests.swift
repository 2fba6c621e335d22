import ArgumentParsing
import Testing

@Suite struct ParsingTests {
    @Test func resolvesSubcommandThenOptionsAndPositionals() throws {
        let parsed = try mcp("update", "abc", "--name", "x")
        #expect(parsed.commandPath == ["mcp-servers", "update"])
        #expect(parsed.positional("ID") == "abc")
        #expect(parsed.value("name") == "x")
        #expect(parsed.has("name"))
        #expect(!parsed.has("description"))
        #expect(parsed.value("description") == nil)
        #expect(!parsed.isHelpRequested)
    }

    @Test func optionsMayPrecedePositionals() throws {
        let parsed = try mcp("update", "--name", "x", "abc")
        #expect(parsed.positional("ID") == "abc")
        #expect(parsed.value("name") == "x")
    }

    @Test func globalOptionsWorkBeforeAndAfterTheSubcommand() throws {
        let parsed = try mcp("--account-id", "acc", "list", "--timeout", "5", "--page", "2")
        #expect(parsed.commandPath == ["mcp-servers", "list"])
        #expect(parsed.value("account-id") == "acc")
        #expect(parsed.value("timeout") == "5")
        #expect(parsed.value("page") == "2")
    }

    @Test func nestedSubcommandsResolve() throws {
        let root = CommandDeclaration(name: "tool", abstract: "", subcommands: [
            CommandDeclaration(name: "servers", abstract: "", subcommands: [
                CommandDeclaration(name: "get", abstract: "", positionals: [PositionalDeclaration(name: "ID", help: "")]),
            ]),
        ])
        let parsed = try ArgumentParser.parse(["servers", "get", "servers"], command: root)
        #expect(parsed.commandPath == ["tool", "servers", "get"])
        #expect(parsed.positional("ID") == "servers")
    }

    @Test func equalsForm() throws {
        let parsed = try mcp("update", "abc", "--name=a=b", "--description=")
        #expect(parsed.value("name") == "a=b")
        #expect(parsed.value("description") == "")
        #expect(parsed.has("description"))
    }

    @Test func valueOptionTakesDashedValuesVerbatim() throws {
        #expect(try mcp("update", "abc", "--description", "-x").value("description") == "-x")
        #expect(try mcp("update", "abc", "--description", "--undeclared").value("description") == "--undeclared")
        #expect(try mcp("update", "abc", "--description=--name").value("description") == "--name")
        #expect(try mcp("list", "--page", "-1").value("page") == "-1")
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try mcp("get", "--", "--name")
        #expect(parsed.positional("ID") == "--name")
        let help = try mcp("get", "--", "-h")
        #expect(!help.isHelpRequested)
        #expect(help.positional("ID") == "-h")
        #expect(try mcp("get", "-").positional("ID") == "-")
    }

    @Test(arguments: [
        ["update", "--help"], ["update", "-h"], ["update", "-h", "--bogus", "--name"],
        ["update", "abc", "--name", "--help"], ["update", "1", "2", "3", "--help"],
    ])
    func helpAnywhereWins(arguments: [String]) throws {
        let parsed = try ArgumentParser.parse(arguments, command: mcpServers)
        #expect(parsed.isHelpRequested)
        #expect(parsed.commandPath == ["mcp-servers", "update"])
    }

    @Test func helpKeepsWhatParsedAndStopsAtUnresolvedCommands() throws {
        let full = try mcp("update", "abc", "--name", "x", "--help")
        #expect(full == ParsedCommand(
            commandPath: ["mcp-servers", "update"], optionValues: ["name": ["x"]], positionals: ["ID": "abc"],
            isHelpRequested: true))
        #expect(try mcp("--help") == ParsedCommand(commandPath: ["mcp-servers"], isHelpRequested: true))
        #expect(try mcp("lst", "-h") == ParsedCommand(commandPath: ["mcp-servers"], isHelpRequested: true))
    }

    @Test func repeatableOptionsKeepEveryValue() throws {
        let parsed = try mcp("list", "--tag", "a", "--tag=b", "--all")
        #expect(parsed.values("tag") == ["a", "b"])
        #expect(parsed.value("tag") == "b")
        #expect(parsed.values("page") == [])
        #expect(parsed.flag("all"))
        #expect(!parsed.flag("tag"))
    }

    @Test func allowedValuesAreAccepted() throws {
        #expect(try mcp("list", "--auth-type", "bearer").value("auth-type") == "bearer")
    }

    @Test func optionalPositionals() throws {
        #expect(try mcp("sync", "abc").positional("TARGET") == nil)
        #expect(try mcp("sync", "abc", "prod").positional("TARGET") == "prod")
    }

    @Test func conflictingOptionsAloneAreFine() throws {
        #expect(try mcp("update", "abc", "--clear-description").flag("clear-description"))
        #expect(try mcp("update", "abc", "--description", "d").value("description") == "d")
    }
}

@Suite struct RepeatablePositionalTests {
    static let lint = CommandDeclaration(name: "tool", abstract: "", subcommands: [
        CommandDeclaration(name: "lint", abstract: "", options: [OptionDeclaration(name: "format", kind: .value(placeholder: "F"), help: "")],
                           positionals: [PositionalDeclaration(name: "SPEC", help: "", isRepeatable: true)]),
    ])

    @Test("the last positional, when repeatable, takes every remaining value, options between them included")
    func takesEveryValue() throws {
        let parsed = try ArgumentParser.parse(["lint", "a.json", "--format", "json", "b.json", "c.json"], command: Self.lint)
        #expect(parsed.positionalValues("SPEC") == ["a.json", "b.json", "c.json"])
        #expect(parsed.positional("SPEC") == "a.json")
        #expect(parsed.value("format") == "json")
        #expect(try ArgumentParser.parse(["lint", "a.json"], command: Self.lint).positionalValues("SPEC") == ["a.json"])
        #expect(throws: UsageError.self) { try ArgumentParser.parse(["lint"], command: Self.lint) }
        #expect(HelpFormatter.help(root: Self.lint, commandPath: ["tool", "lint"]).hasPrefix("USAGE: tool lint <SPEC> ... [--format <F>]\n"))
    }
}
