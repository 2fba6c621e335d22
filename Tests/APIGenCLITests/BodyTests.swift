import APIGenCLI
import APIGenRuntime
import Foundation
import Testing

@Suite struct BodyTests {
    @Test func clearOnlySendsExactlyNull() async throws {
        let outcome = await run(["update", "abc", "--clear-description"])
        #expect(outcome.status == 0)
        let body = try #require(outcome.call?.arguments.body)
        #expect(JSONSerializer.string(body) == #"{"description":null}"#)
    }

    @Test("an update (PUT or PATCH) with nothing to change is a usage error, and nothing is sent")
    func updateWithNothingToChangeIsRefused() async {
        for arguments in [["update", "abc"], ["update", "abc", "--body", "{}"]] {
            let outcome = await run(arguments)
            #expect(outcome.status == 2)
            #expect(outcome.error.hasPrefix("error: nothing to change; give at least one of --name, --description, --secret"), "\(outcome.error)")
            #expect(outcome.error.contains("--body\nRun 'fake update --help' for usage."), "\(outcome.error)")
            #expect(outcome.calls.isEmpty)
        }
    }

    @Test func clearConflictsWithTheValue() async {
        let outcome = await run(["update", "abc", "--description", "x", "--clear-description"])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("options '--description' and '--clear-description' cannot be used together"))
        #expect(outcome.calls.isEmpty)
    }

    @Test func valuesAreConvertedByKind() async {
        let outcome = await run(["update", "abc", "--name", "n", "--enabled", "false", "--count", "3", "--ratio", "0.25", "--mode", "safe"])
        #expect(outcome.status == 0)
        let expected: JSONValue = ["name": "n", "enabled": false, "count": 3, "ratio": 0.25, "mode": "safe"]
        #expect(outcome.call?.arguments.body == expected)
    }

    @Test(arguments: [
        (["--count", "3.5"], "--count: expected a whole number, found '3.5'"),
        (["--ratio", "lots"], "--ratio: expected a number, found 'lots'"),
        (["--enabled", "yes"], "--enabled: expected 'true' or 'false', found 'yes'"),
    ])
    func badValuesExit2(options: [String], message: String) async {
        let outcome = await run(["update", "abc"] + options)
        #expect(outcome.status == 2)
        #expect(outcome.error == "error: \(message)\nRun 'fake update --help' for usage.\n")
        #expect(outcome.calls.isEmpty)
    }

    @Test func flagsOverrideTheBodysMembers() async {
        let outcome = await run([
            "update", "abc", "--body", #"{"name":"old","enabled":false,"extra":{"x":1},"description":"keep"}"#,
            "--name", "new", "--clear-description",
        ])
        #expect(outcome.status == 0)
        let expected: JSONValue = ["name": "new", "enabled": false, "extra": ["x": 1], "description": nil]
        #expect(outcome.call?.arguments.body == expected)
    }

    @Test func bodyFromAFile() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-cli-body-\(UUID().uuidString).json")
        try Data(#"{"name": "from file", "count": 7}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = await run(["update", "abc", "--body", "@\(file.path)", "--count", "8"])
        #expect(outcome.status == 0)
        #expect(outcome.call?.arguments.body == ["name": "from file", "count": 8])
    }

    @Test func unreadableBodyFileExit2() async {
        let outcome = await run(["update", "abc", "--body", "@/nonexistent/body.json"])
        #expect(outcome.status == 2)
        #expect(outcome.error == "error: --body: cannot read '/nonexistent/body.json': no such file or directory\nRun 'fake update --help' for usage.\n")
    }

    @Test func aDirectoryAsBodyFileSaysSo() async {
        let directory = FileManager.default.temporaryDirectory.path
        let outcome = await run(["update", "abc", "--body", "@\(directory)"])
        #expect(outcome.status == 2)
        #expect(outcome.error.hasPrefix("error: --body: cannot read '\(directory)': is a directory\n"), "\(outcome.error)")
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func anUnreadableBodyFileSaysPermissionDenied() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-cli-unreadable-\(UUID().uuidString).json")
        try Data("{}".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        let outcome = await run(["update", "abc", "--body", "@\(file.path)"])
        #expect(outcome.status == 2)
        #expect(outcome.error.hasPrefix("error: --body: cannot read '\(file.path)': permission denied\n"), "\(outcome.error)")
    }

    @Test func malformedBodyExit2WithTheParsersMessage() async {
        let outcome = await run(["update", "abc", "--body", #"{"name": }"#])
        #expect(outcome.status == 2)
        #expect(outcome.error.hasPrefix("error: --body: not valid JSON: 1:10: "), "\(outcome.error)")
        #expect(outcome.error.hasSuffix("Run 'fake update --help' for usage.\n"))
        #expect(outcome.calls.isEmpty)
    }

    @Test func bodyMustBeAnObject() async {
        let outcome = await run(["update", "abc", "--body", "[1, 2]"])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("--body: expected a JSON object, found an array"))
    }

    @Test func operationsWithoutBodyHaveNoBodyOptions() async {
        let outcome = await run(["get", "abc", "--body", "{}"])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("unknown option '--body'"))
    }
}
