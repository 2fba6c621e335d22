import ArgumentParsing
import Testing

@Suite struct ValueHelperTests {
    func parsed(_ values: [String: String]) -> ParsedCommand {
        ParsedCommand(commandPath: ["mcp-servers", "list"], optionValues: values.mapValues { [$0] })
    }

    /// The message of the `UsageError` that `body` throws, or nil when it returns.
    func message(_ body: () throws -> Any?) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return (error as? UsageError)?.message ?? "not a UsageError: \(error)"
        }
    }

    @Test func int() throws {
        let command = parsed(["page": "3", "bad": "x", "big": "500", "neg": "-2"])
        #expect(try command.int("page") == 3)
        #expect(try command.int("page", range: 1...10) == 3)
        #expect(try command.int("neg") == -2)
        #expect(try command.int("absent", range: 1...10) == nil)
        #expect(message { try command.int("bad") } == "--bad: expected a whole number, found 'x'")
        #expect(message { try command.int("big", range: 1...100) } == "--big: expected a whole number between 1 and 100, found '500'")
        #expect(message { try command.int("page", range: 5...9) } == "--page: expected a whole number between 5 and 9, found '3'")
        do {
            _ = try command.int("bad")
            Issue.record("expected an error")
        } catch {
            #expect(error == .invalid(option: "bad", message: "expected a whole number, found 'x'", commandPath: ["mcp-servers", "list"]))
        }
    }

    @Test func double() throws {
        let command = parsed(["timeout": "2.5", "whole": "30", "bad": "soon", "inf": "inf", "big": "7200"])
        #expect(try command.double("timeout") == 2.5)
        #expect(try command.double("whole", range: 0...3600) == 30)
        #expect(try command.double("absent") == nil)
        #expect(message { try command.double("bad") } == "--bad: expected a number, found 'soon'")
        #expect(message { try command.double("inf") } == "--inf: expected a number, found 'inf'")
        #expect(message { try command.double("big", range: 0...3600) } == "--big: expected a number between 0 and 3600, found '7200'")
        #expect(message { try command.double("big", range: 0.5...1.5) } == "--big: expected a number between 0.5 and 1.5, found '7200'")
    }

    @Test func bool() throws {
        let command = parsed(["on": "true", "off": "false", "bad": "yes", "upper": "TRUE"])
        #expect(try command.bool("on") == true)
        #expect(try command.bool("off") == false)
        #expect(try command.bool("absent") == nil)
        #expect(message { try command.bool("bad") } == "--bad: expected 'true' or 'false', found 'yes'")
        #expect(message { try command.bool("upper") } == "--upper: expected 'true' or 'false', found 'TRUE'")
    }

    @Test func helpersReadParsedValues() throws {
        let command = try mcp("update", "abc", "--secure-web-gateway", "true", "--max-retries=4")
        #expect(try command.bool("secure-web-gateway") == true)
        #expect(try command.int("max-retries", range: 0...10) == 4)
        #expect(command.invalid("name", "must not be empty").description
            == "mcp-servers update: --name: must not be empty\nRun 'mcp-servers update --help' for usage.")
    }
}
