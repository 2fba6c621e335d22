import APIGenCLI
import APIGenRuntime
import Foundation
import Testing

/// Secret options and `--body` read from any readable file: regular files, and pipes such as
/// process substitution's `/dev/fd/N` (which `@-` and `/dev/stdin` are too when piped).
@Suite struct ArgumentFileTests {
    /// A pipe holding `text`, closed for writing, named as process substitution names it.
    static func pipe(holding text: String) throws -> (path: String, pipe: Pipe) {
        let pipe = Pipe()
        try pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try pipe.fileHandleForWriting.close()
        return ("/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)", pipe)
    }

    @Test func aSecretOptionReadsAPipe() async throws {
        let (path, pipe) = try Self.pipe(holding: "s3cr3t-from-pipe\n")
        let outcome = await run(["update", "abc", "--secret", "@\(path)"])
        withExtendedLifetime(pipe) {}
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(outcome.call?.arguments.body?["secret"] == "s3cr3t-from-pipe")
    }

    @Test func aSecretOptionReadsAFileWithoutItsFinalLineBreak() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString)")
        try Data("s3cr3t-from-file\r\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = await run(["update", "abc", "--secret", "@\(file.path)"])
        #expect(outcome.call?.arguments.body?["secret"] == "s3cr3t-from-file")
    }

    @Test func aSecretReadFromAFileIsStillRedacted() async throws {
        let (path, pipe) = try Self.pipe(holding: "s3cr3t-from-pipe")
        let outcome = await run(["update", "abc", "--secret", "@\(path)"]) { _, _ in
            throw APIClientError.api(APIError(status: 400, messages: [.init(code: 1, message: "bad s3cr3t-from-pipe")]))
        }
        withExtendedLifetime(pipe) {}
        #expect(outcome.status == 1)
        #expect(!outcome.error.contains("s3cr3t-from-pipe"), "\(outcome.error)")
    }

    @Test func theBodyReadsAPipe() async throws {
        let (path, pipe) = try Self.pipe(holding: #"{"name": "from a pipe"}"#)
        let outcome = await run(["update", "abc", "--body", "@\(path)"])
        withExtendedLifetime(pipe) {}
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(outcome.call?.arguments.body?["name"] == "from a pipe")
    }

    @Test func standardInputCannotServeTwoOptions() async {
        let outcome = await run(["update", "abc", "--secret", "@-", "--body", "@-"])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("cannot both read standard input"), "\(outcome.error)")
    }

    @Test func helpSaysToPreferAFileForSecrets() async {
        let outcome = await run(["update", "--help"])
        let words = outcome.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("--secret <SECRET> The shared secret. Secret: prefer @FILE or @- (standard input)"), "\(outcome.output)")
        #expect(words.contains("read from a file (@path) or from standard input (@-)"))
    }
}
