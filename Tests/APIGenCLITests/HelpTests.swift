import APIGenCLI
import APIGenRuntime
import ArgumentParsing
import Testing

@Suite struct HelpTests {
    @Test func rootHelpListsCommandsGlobalsAndVariables() async {
        let outcome = await run(["--help"], environment: [:])
        #expect(outcome.status == 0)
        #expect(outcome.error == "")
        for text in ["USAGE: fake <subcommand>", "Manage fake things.", "list", "update", "get", "List things.",
                     "--account-id <ID>", "(or FAKE_ACCOUNT_ID)", "(or FAKE_BASE_URL)", "https://api.example.com/v1",
                     "--max-retries <N>", "default: 2", "--timeout <SECONDS>", "default: 60", "--version",
                     "Credentials are read from the environment."] {
            #expect(outcome.output.contains(text), "missing \(text)")
        }
    }

    @Test func helpIsTheFormattersForTheCommandTree() async {
        let recorder = Recorder()
        let tool = makeTool(recorder, environment: [:])
        #expect(await tool.run(["update", "-h"]) == 0)
        #expect(recorder.output == HelpFormatter.help(root: tool.command, commandPath: ["fake", "update"]))
    }

    @Test func listHelpShowsValuesDefaultsAndAll() async {
        let outcome = await run(["list", "--help"], environment: [:])
        #expect(outcome.status == 0)
        for text in ["--order <ORDER>", "values: asc|desc", "--per-page <N>", "default: 20", "--all", "GET /accounts/{account_id}/things",
                     "GLOBAL OPTIONS:", "(or FAKE_ACCOUNT_ID)"] {
            #expect(outcome.output.contains(text), "missing \(text)")
        }
    }

    @Test func updateHelpShowsBodyOptions() async {
        let outcome = await run(["update", "--help", "--count", "not checked"], environment: [:])
        #expect(outcome.status == 0)
        for text in ["<ID>", "The thing's identifier.", "--mode <MODE>", "values: fast|safe", "--clear-description", "--enabled <true|false>",
                     "--body <JSON|@FILE>", "Warning: Changing the secret", "PATCH /accounts/{account_id}/things/{id}"] {
            #expect(outcome.output.contains(text), "missing \(text)")
        }
        #expect(!outcome.output.contains("--all"))
    }

    @Test(arguments: [["--version"], ["get", "abc", "--version"], ["--version", "--timeout", "3"]])
    func version(arguments: [String]) async {
        let outcome = await run(arguments, environment: [:])
        #expect(outcome.status == 0)
        #expect(outcome.output == "fake 1.2.3\n")
        #expect(outcome.calls.isEmpty)
    }
}
