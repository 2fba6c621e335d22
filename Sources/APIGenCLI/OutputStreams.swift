import APIGenRuntime
import Foundation

/// Where a tool writes: the default writers (unbuffered) and the JSON format of results.
public enum OutputStreams {
    /// Writes text to standard output as it is (callers end it with a newline).
    public static let standardOutput: @Sendable (String) -> Void = { text in
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes text to standard error as it is.
    public static let standardError: @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// A result as printed: sorted keys, pretty-printed, newline-terminated.
    static func json(_ value: JSONValue) -> String {
        let text = JSONSerializer.string(value, options: .init(sortedKeys: true, prettyPrinted: true))
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}
