import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// A spec with an error, at any stage, leaves the output folder exactly as it was.
@Suite("Errors write nothing")
struct NothingWrittenTests {
    /// One broken spec per stage: JSON syntax, shape, cross-checks, examples.
    static let brokenSpecs: [(name: String, text: String)] = [
        ("syntax", String(SpecFixture.minimal.dropLast(3))),
        ("shape", try! SpecFixture.spec([#""required": true}"#: #""required": "yes"}"#])),
        ("cross-check", try! SpecFixture.spec([#"{"ref": "Pet"}"#: #"{"ref": "Pets"}"#])),
        ("example", try! SpecFixture.spec([
            #""result": {"ref": "Pet"}}"#: #""result": {"ref": "Pet"}}, "examples": [{"name": "x", "request": {"parameters": {"id": "p1"}}, "response": {"status": 200, "body": {}}}]"#,
        ])),
    ]

    @Test func generatorThrowsBeforeAnythingIsWritten() throws {
        for (name, text) in Self.brokenSpecs {
            try withTemporaryFolder { folder in
                let output = folder.appending(path: "Generated")
                // The order `apigen generate` uses: generate everything in memory, then write.
                do throws(SpecError) {
                    let files = try Generator.generate(specData: Data(text.utf8), fileName: "\(name).json")
                    Issue.record("the \(name) spec generated")
                    _ = try? OutputWriter.write(files, to: output)
                } catch {
                    #expect(!error.diagnostics.isEmpty)
                }
                #expect(!FileManager.default.fileExists(atPath: output.path), "\(name)")
            }
        }
    }

    @Test(.enabled(if: Apigen.isAvailable, "needs the apigen executable beside the tests"))
    func apigenLeavesTheOutputFolderUntouched() async throws {
        for (name, text) in Self.brokenSpecs {
            try await withTemporaryFolder { folder in
                try Data(text.utf8).write(to: folder.appending(path: "\(name).json"))
                let output = folder.appending(path: "Generated")
                try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
                try Data("// an earlier version\n".utf8).write(to: output.appending(path: "Types.swift"))
                let before = try folderContents(output)

                let result = try await Apigen.run(["generate", "\(name).json", "--output", "Generated"], in: folder)

                #expect(result.status == 1, "\(name)")
                #expect(result.output.isEmpty, "\(name)")
                #expect(result.error.hasPrefix("\(name).json:"), "\(name): \(result.error)")
                #expect(result.error.hasSuffix("1 error in \(name).json; nothing was written.\n"), "\(name): \(result.error)")
                #expect(try folderContents(output) == before, "\(name)")

                // Without an output folder, none is created.
                let fresh = try await Apigen.run(["generate", "\(name).json", "--output", "Fresh"], in: folder)
                #expect(fresh.status == 1)
                #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "Fresh").path), "\(name)")
            }
        }
    }
}
