import ArgumentParsing

/// The exit statuses of a generated command-line tool.
enum ExitStatus {
    /// The call succeeded; its result is on standard output.
    static let success: Int32 = 0
    /// The API answered with an error.
    static let apiError: Int32 = 1
    /// The command line (or the environment it reads) cannot be used; nothing was sent.
    static let usage: Int32 = 2
    /// The request breaks the spec's constraints; nothing was sent.
    static let invalidRequest: Int32 = 3
    /// No usable answer: timeout, connection failure, unexpected or undecodable response.
    static let noAnswer: Int32 = 4
    /// A `wait-…` command saw the polled field reach a value the spec calls a failure.
    static let waitFailed: Int32 = 5
    /// A `wait-…` command's `--wait-timeout` passed before a success or failure value.
    static let waitTimedOut: Int32 = 6
}

/// Why a run ends without a result: the exit status and the text for standard error.
struct Failure: Error {
    /// What starts every error the tool prints (the run adds it, so no message spells it).
    static let prefix = "error: "

    var status: Int32
    /// One or more lines, without the prefix and the final newline.
    var message: String

    /// The message as printed: the prefix, the message, a newline.
    var printed: String { Self.prefix + message + "\n" }

    init(status: Int32, message: String) {
        self.status = status
        self.message = message
    }
}

extension Failure {
    /// A usage error from the parser: its message, then the hint.
    init(usage error: UsageError) {
        self = .usage(error.message, commandPath: error.commandPath)
    }

    /// A usage error found after parsing, about the command at `commandPath`: the message, then the hint.
    static func usage(_ message: String, commandPath: [String]) -> Failure {
        Failure(status: ExitStatus.usage, message: "\(message)\n" + hint(commandPath))
    }

    /// `Run 'tool command --help' for usage.`
    static func hint(_ commandPath: [String]) -> String {
        "Run '\(commandPath.joined(separator: " ")) --help' for usage."
    }
}
