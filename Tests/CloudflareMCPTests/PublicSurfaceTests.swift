import Foundation
import Testing

/// What an app that imports `CloudflareMCP` (without the runtime's SPI) can name: the models'
/// JSON API, but not the runtime's plumbing. Checked by type-checking small files against the
/// modules this test run was built with.
@Suite("Public surface")
struct PublicSurfaceTests {
    /// Where SwiftPM put the modules of this build: next to the test executable (on Linux the
    /// executable is the bundle; on macOS it sits inside `….xctest/Contents/MacOS`).
    private static var modules: URL? {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/", directory.pathExtension != "" || !FileManager.default.fileExists(atPath: directory.appending(path: "Modules").path) {
            directory.deleteLastPathComponent()
        }
        directory.append(path: "Modules")
        return FileManager.default.fileExists(atPath: directory.appending(path: "CloudflareMCP.swiftmodule").path) ? directory : nil
    }

    private static func typecheck(_ source: String) throws -> (status: Int32, errors: [String]) {
        let file = FileManager.default.temporaryDirectory.appending(path: "surface-\(UUID().uuidString).swift")
        try Data(source.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-typecheck", "-I", modules!.path, file.path]
        let output = Pipe()
        process.standardError = output
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text.split(separator: "\n").filter { $0.contains("error:") }.map(String.init))
    }

    @Test(.enabled(if: modules != nil, "the build's Modules folder is not next to the test bundle"))
    func appsSeeTheModelsJSONAPI() throws {
        let result = try Self.typecheck("""
            import CloudflareMCP
            func use(_ server: MCPServer, _ page: Page<MCPServer, ResultInfo>) throws {
                let json: JSONValue = server.encodeJSON()
                _ = try MCPServer(json: json)
                _ = try MCPServer(json: json, at: .root)
                _ = page.items.count
            }
            """)
        #expect(result.status == 0, "\(result.errors)")
    }

    /// Each line names one piece of plumbing; each must fail to type-check on its own.
    @Test(.enabled(if: modules != nil, "the build's Modules folder is not next to the test bundle"))
    func appsDoNotSeeTheRuntimesPlumbing() throws {
        let plumbing = [
            #"_ = "text".encodeJSON()"#,
            "_ = 1.encodeJSON()",
            "_ = true.encodeJSON()",
            "_ = [1.5].encodeJSON()",
            "_ = try Swift.String(json: .null, at: .root)",
            "let _: (any JSONCodable)? = nil",
            #"_ = try requireField(Swift.Int?.none, "x", at: .root)"#,
            "_ = Timestamp(Date()).encodeJSON()",
        ]
        let result = try Self.typecheck("import CloudflareMCP\nimport Foundation\nfunc f() throws {\n" + plumbing.joined(separator: "\n") + "\n}\n")
        #expect(result.status != 0)
        for (index, line) in plumbing.enumerated() {
            let lineNumber = index + 4
            #expect(result.errors.contains { $0.contains(":\(lineNumber):") }, "visible to apps: \(line)")
        }
    }
}
