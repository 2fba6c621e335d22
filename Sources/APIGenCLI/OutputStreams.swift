#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif
import APIGenRuntime
import Foundation

/// Where a tool writes and asks: the default writers (unbuffered), the confirmation on a terminal, and the JSON format of results.
public enum OutputStreams {
    /// Writes text to standard output as it is (callers end it with a newline).
    public static let standardOutput: @Sendable (String) -> Void = { text in
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes text to standard error as it is.
    public static let standardError: @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Asks `question` on standard error and reads the answer from standard input, when standard
    /// input is a terminal: true for `y` or `yes` (any case), false for anything else or end of input.
    /// nil when standard input is not a terminal: there is no one to ask.
    public static let confirmOnTerminal: @Sendable (String) -> Bool? = { question in
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        standardError(question)
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// A result as printed: sorted keys, pretty-printed, newline-terminated.
    static func json(_ value: JSONValue) -> String {
        let text = JSONSerializer.string(value, options: .init(sortedKeys: true, prettyPrinted: true))
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}
