import APIGenCLI
import APIGenRuntime
import Foundation
import Testing

/// Issue 12, item 7: help shows what is required, the constraints and an example, all from the
/// catalog; errors name flags, come all at once and share one prefix; destructive commands ask
/// on a terminal; `--output table`.
@Suite struct CommandLineHelpAndErrorTests {
    @Test func usageSpellsOutRequiredOptionsAndHelpShowsConstraintsAndAnExample() async {
        let outcome = await run(["create", "--help"], environment: [:])
        #expect(outcome.status == 0)
        #expect(outcome.output.hasPrefix("USAGE: fake create --name <NAME> --mode <MODE> [<options>]\n"), "\(outcome.output)")
        for text in ["The name. Give it here or in --body. (required; 1 to 32 characters)",
                     "How it runs. Give it here or in --body. (required; values: fast|safe)",
                     "How many. (1 to 100; default: 1)"] {
            #expect(flat(outcome.output).contains(text), "missing \(text) in\n\(outcome.output)")
        }
        #expect(outcome.output.hasSuffix("EXAMPLES:\n  fake create --name 'my thing' --mode fast\n"))
    }

    @Test func paginatedCommandsShowTheirPageOptionsAndExamples() async {
        let outcome = await run(["list", "--help"], environment: [:])
        for text in ["--all Fetch every page and print the items as they arrive", "--limit <N> Stop after N items", "(implies --all). (at least 1)",
                     "--max-pages <N> Fetch at most N pages", "--output <FORMAT>", "(values: json|table; default: json)"] {
            #expect(flat(outcome.output).contains(text), "missing \(text) in\n\(outcome.output)")
        }
        #expect(outcome.output.hasSuffix("EXAMPLES:\n  fake list\n  fake list --all\n"))
        let remove = await run(["remove", "--help"], environment: [:])
        #expect(remove.output.contains("-y, --yes"))
        #expect(remove.output.contains("EXAMPLES:\n  fake remove <ID>\n"))
    }

    @Test func everyMissingRequiredOptionIsNamedAtOnce() async {
        let none = await run(["create"])
        #expect(none.status == 2)
        #expect(none.error == "error: missing --name, --mode (or give them in --body)\nRun 'fake create --help' for usage.\n")
        let one = await run(["create", "--body", #"{"name":"from body"}"#])
        #expect(one.error.hasPrefix("error: missing --mode (or give it in --body)\n"), "\(one.error)")
        let given = await run(["create", "--body", #"{"name":"from body"}"#, "--mode", "fast"])
        #expect(given.status == 0)
        #expect(given.call?.arguments.body == ["name": "from body", "mode": "fast"])
        #expect(none.calls.isEmpty && one.calls.isEmpty)
    }

    @Test func anEnumerationErrorNamesTheFlagAndTheAllowedValues() async {
        let outcome = await run(["create", "--name", "n", "--mode", "turbo"])
        #expect(outcome.status == 2)
        #expect(outcome.error.hasPrefix("error: invalid value 'turbo' for '--mode'; expected one of: fast, safe\n"), "\(outcome.error)")
        #expect(outcome.calls.isEmpty)
    }

    /// Parser errors, checks after parsing, configuration, API answers, no answer: one prefix.
    @Test(arguments: [
        (["list", "--per-pag", "2"], Fake.environment),
        (["create"], Fake.environment),
        (["get", "abc"], ["FAKE_ACCOUNT_ID": "acc"]),
        (["list"], ["FAKE_TOKEN": "t"]),
        (["list", "--limit", "0"], Fake.environment),
        (["get", "abc", "--output", "yaml"], Fake.environment),
        (["update", "abc", "--body", "@/nonexistent"], Fake.environment),
        (["get", "abc"], Fake.environment),
    ])
    func everyErrorHasTheSamePrefix(arguments: [String], environment: [String: String]) async {
        let outcome = await run(arguments, environment: environment) { _, _ in
            throw APIClientError.api(APIError(status: 404, messages: [.init(code: 7, message: "Not Found")]))
        }
        #expect(outcome.status != 0)
        #expect(outcome.error.hasPrefix("error: "), "\(outcome.error)")
        #expect(!outcome.error.contains("fake list:") && !outcome.error.contains("fake get:"))
    }

    @Test func aDestructiveCommandAsksAndDoesNothingUnlessYes() async {
        let questions = LockedQuestions()
        for answer in [false, true] {
            let outcome = await run(["remove", "abc"], confirm: { questions.ask($0, answer) })
            #expect(outcome.status == 0)
            #expect(outcome.calls.map(\.operation) == (answer ? ["delete"] : []))
            #expect(outcome.error == (answer ? "" : "Not confirmed; nothing was sent.\n"))
        }
        #expect(questions.asked == ["Delete a thing (abc)? [y/N] ", "Delete a thing (abc)? [y/N] "])
        // No one to ask (standard input is not a terminal): scripts go on.
        #expect(await run(["remove", "abc"], confirm: { _ in nil }).calls.count == 1)
        // --yes and -y skip the question; commands that are not DELETE never ask.
        for arguments in [["remove", "abc", "--yes"], ["remove", "-y", "abc"], ["get", "abc"]] {
            let outcome = await run(arguments, confirm: { questions.ask($0, false) })
            #expect(outcome.calls.count == 1, "\(arguments)")
        }
        #expect(questions.asked.count == 2)
        #expect(await run(["get", "abc", "--yes"]).status == 2)
    }

    @Test func tableOutputAlignsTheScalarFieldsEscaped() async {
        let one = await run(["get", "abc", "--output", "table"])
        #expect(one.status == 0)
        #expect(one.output == "ID   NAME\nabc  thing\n")
        let items: JSONValue = [["id": "a", "name": "first\u{1B}[31m", "count": 3, "tags": ["x"]], ["id": "bb", "enabled": true, "count": nil]]
        let list = await run(["list", "--output", "table"]) { _, _ in items }
        #expect(list.output == """
            COUNT  ID  NAME             ENABLED
            3      a   first\\u{1B}[31m
                   bb                   true

            """)
        let all = await run(["list", "--all", "--output", "table"]) { _, _ in items }
        #expect(all.output == list.output)
        #expect(await run(["list", "--output", "table"]) { _, _ in [] }.output == "")
    }

    @Test func allPrintsTheSameArrayAsTheSerializer() async {
        let items: JSONValue = [["id": "a", "nested": ["x": [1, 2]]], ["id": "b"]]
        #expect(await run(["list", "--all"]) { _, _ in items }.output == pretty(items))
        #expect(await run(["list", "--all"]) { _, _ in [] }.output == pretty([]))
    }

    @Test func limitAndMaxPagesImplyAll() async {
        let items: JSONValue = [["id": "a"], ["id": "b"], ["id": "c"]]
        let limited = await run(["list", "--limit", "2"]) { _, _ in items }
        #expect(limited.call?.operation == "listAll")
        #expect(limited.output == pretty([["id": "a"], ["id": "b"]]))
        let pages = await run(["list", "--max-pages", "1"]) { _, _ in items }
        #expect(pages.output == pretty(items))
        let bad = await run(["list", "--max-pages", "-1"])
        #expect(bad.error.hasPrefix("error: --max-pages: expected a whole number of at least 1, found '-1'\n"), "\(bad.error)")
    }
}

/// Help text with its line breaks and runs of spaces as single spaces, to find wrapped sentences in.
func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// The questions a confirmation was asked.
final class LockedQuestions: @unchecked Sendable {
    private let lock = NSLock()
    private var questions: [String] = []

    var asked: [String] { lock.withLock { questions } }

    func ask(_ question: String, _ answer: Bool) -> Bool {
        lock.withLock { questions.append(question) }
        return answer
    }
}
