import Foundation

/// Runs the built `apigen` executable, which `swift test` builds next to the test bundle.
enum Apigen {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The executable, or `nil` when this test run has none beside it (then the tests that need it
    /// are skipped; the same flows are covered through the `Generator` API).
    static let executable: URL? = {
        // On Linux the test bundle is an executable in the products folder; on macOS it is a bundle
        // inside it (`….xctest/Contents/MacOS/…`), so look in each enclosing folder.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appending(path: "apigen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    static var isAvailable: Bool { executable != nil }

    /// Runs the executable on a thread of its own: waiting for a process on the Swift concurrency
    /// pool (two threads on a 2-core machine) would stall every other test meanwhile.
    static func run(_ arguments: [String], in directory: URL) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Swift.Result { try runBlocking(arguments, in: directory) }) }.start()
        }
    }

    private static func runBlocking(_ arguments: [String], in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting, so a large diff cannot fill the pipe and stall the process.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      error: String(decoding: errorData, as: UTF8.self))
    }
}

/// The names and contents of the regular files in `folder`, hidden ones included.
func folderContents(_ folder: URL) throws -> [String: Data] {
    var contents: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        contents[name] = FileManager.default.contents(atPath: folder.appending(path: name).path) ?? Data()
    }
    return contents
}
