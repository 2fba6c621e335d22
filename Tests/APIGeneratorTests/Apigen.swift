import Foundation
import TestSupport

/// Runs the built `apigen` executable, which `swift test` builds next to the test bundle.
enum Apigen {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The executable, or `nil` when this test run has none beside it (then the tests that need it
    /// are skipped; the same flows are covered through the `Generator` API).
    static let executable: URL? = built("apigen")

    /// A product of this package built beside the test bundle, or `nil`.
    static func built(_ name: String) -> URL? {
        // On Linux the test bundle is an executable in the products folder; on macOS it is a bundle
        // inside it (`….xctest/Contents/MacOS/…`), so look in each enclosing folder.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appending(path: name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    static var isAvailable: Bool { executable != nil }

    /// Runs the executable without blocking the concurrency pool.
    static func run(_ arguments: [String], in directory: URL) async throws -> Result {
        let output = try await runProcess(executable!, arguments, in: directory)
        return Result(status: output.status, output: output.standardOutput, error: output.standardError)
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
