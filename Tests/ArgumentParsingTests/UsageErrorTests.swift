import ArgumentParsing
import Testing

@Suite struct UsageErrorTests {
    let update = ["mcp-servers", "update"]
    let list = ["mcp-servers", "list"]

    @Test func descriptionHasCommandPathAndHint() {
        let error = mcpError("list", "--per-pag", "5")
        #expect(error == UsageError(.unknownOption("--per-pag", suggestion: "--per-page"), commandPath: list))
        #expect(error?.description == """
            mcp-servers list: unknown option '--per-pag'; did you mean '--per-page'?
            Run 'mcp-servers list --help' for usage.
            """)
        #expect(error?.hint == "Run 'mcp-servers list --help' for usage.")
        #expect(UsageError(.unexpectedArgument("x"), commandPath: []).description == "unexpected argument 'x'")
    }

    @Test func unknownOptionSuggestions() {
        #expect(mcpError("list", "--pag=2")?.kind == .unknownOption("--pag", suggestion: "--page"))
        #expect(mcpError("list", "-per-page", "2")?.kind == .unknownOption("-per-page", suggestion: "--per-page"))
        #expect(mcpError("list", "--acount-id", "a")?.kind == .unknownOption("--acount-id", suggestion: "--account-id"))
        #expect(mcpError("list", "--hepl")?.kind == .unknownOption("--hepl", suggestion: "--help"))
        #expect(mcpError("list", "--per-apge", "1")?.kind == .unknownOption("--per-apge", suggestion: "--per-page"))
        #expect(mcpError("list", "--pages", "1")?.kind == .unknownOption("--pages", suggestion: "--page"))
        #expect(mcpError("list", "--zzz")?.kind == .unknownOption("--zzz", suggestion: nil))
        #expect(mcpError("list", "--xy")?.kind == .unknownOption("--xy", suggestion: nil))
        // Short names allow only one edit: `--name` (an `update` option) is two edits from `--page`.
        #expect(mcpError("list", "--name", "x")?.kind == .unknownOption("--name", suggestion: nil))
        #expect(mcpError("list", "-x")?.message == "unknown option '-x'")
    }

    @Test func messages() {
        let cases: [(UsageError?, String)] = [
            (mcpError("lst"), "mcp-servers: unknown command 'lst'; available commands: list, get, update, sync"),
            (mcpError(), "mcp-servers: missing command; available commands: list, get, update, sync"),
            (mcpError("--account-id", "a"), "mcp-servers: missing command; available commands: list, get, update, sync"),
            (mcpError("update", "abc", "--description", "--name", "x"), "mcp-servers update: missing value for '--description'"),
            (mcpError("update", "abc", "--name"), "mcp-servers update: missing value for '--name'"),
            (mcpError("update", "abc", "--name", "--"), "mcp-servers update: missing value for '--name'"),
            (mcpError("list", "--all=yes"), "mcp-servers list: option '--all' does not take a value (found 'yes')"),
            (mcpError("update", "abc", "--name", "a", "--name=b"), "mcp-servers update: option '--name' given more than once"),
            (mcpError("list", "--all", "--all"), "mcp-servers list: option '--all' given more than once"),
            (mcpError("update", "--name", "x"), "mcp-servers update: missing argument <ID>"),
            (mcpError("get", "a", "b"), "mcp-servers get: unexpected argument 'b'"),
            (mcpError("list", "extra"), "mcp-servers list: unexpected argument 'extra'"),
            (mcpError("list", "--auth-type", "basic"),
             "mcp-servers list: invalid value 'basic' for '--auth-type'; expected one of: oauth, bearer, unauthenticated"),
            (mcpError("update", "abc", "--clear-description", "--description", "d"),
             "mcp-servers update: options '--clear-description' and '--description' cannot be used together"),
            (.invalid(option: "page", message: "expected a whole number, found 'x'", commandPath: list),
             "mcp-servers list: --page: expected a whole number, found 'x'"),
        ]
        for (error, message) in cases {
            let path = message.prefix { $0 != ":" }
            #expect(error?.description == "\(message)\nRun '\(path) --help' for usage.")
        }
    }

    @Test func kinds() {
        #expect(mcpError("lst")?.kind == .unknownCommand("lst", available: ["list", "get", "update", "sync"]))
        #expect(mcpError("list", "--all=")?.kind == .unexpectedValue(option: "all", value: ""))
        #expect(mcpError("update", "abc", "--description", "d", "--clear-description")?.kind
            == .conflictingOptions("description", "clear-description"))
        #expect(mcpError("sync")?.kind == .missingPositional("ID"))
        #expect(mcpError("list", "--auth-type=OAUTH")?.kind
            == .invalidValue(option: "auth-type", value: "OAUTH", allowed: ["oauth", "bearer", "unauthenticated"]))
    }

    @Test func firstProblemInCommandLineOrderWins() {
        #expect(mcpError("update", "--bogus", "--name")?.kind == .unknownOption("--bogus", suggestion: nil))
        #expect(mcpError("update", "--name", "a", "--name", "b", "--bogus")?.kind == .duplicateOption("name"))
        // Conflicts are checked before missing positionals.
        #expect(mcpError("update", "--description", "d", "--clear-description")?.kind
            == .conflictingOptions("description", "clear-description"))
    }
}
