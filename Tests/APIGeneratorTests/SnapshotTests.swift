import APIGenerator
import Foundation
import Testing

/// Small specs that each exercise one feature of the format, and the Swift they generate, stored
/// under `Snapshots/<name>/` (`spec.json` and the generated files) and compared byte for byte.
///
/// Each folder is also a module (`snapshots` in Package.swift), so the test build fails when a snapshot's Swift does
/// not compile, and Tests/SnapshotBehaviourTests uses each (`CompiledSnapshot.all`, and `<name>.swift` for its
/// feature). A new folder goes into all three lists and gets its own `<name>.swift`; tests check each.
/// When a snapshot no longer compiles, the tests cannot run to re-record it: regenerate it with the command line,
/// from its folder, `swift run --package-path ../../../.. apigen generate spec.json --output .`
@Suite("Snapshots")
struct SnapshotTests {
    static let names = [
        "array-bodies", "authentication", "awkward-names", "composition", "constants", "cursor-pagination",
        "deprecation", "empty-answers", "exclusive-bounds", "headers", "hostile-text", "integer-enums", "integer-widths", "maps", "multipart", "multiple-of",
        "no-envelope", "nullable-items", "nullable-update", "object-storage", "open-bodies", "open-enum", "page-numbers", "pagination", "query-arrays",
        "query-constraints", "raw-content", "recursive-models", "required-alternatives", "sensitive-fields", "success-statuses", "union-dispatch", "unions", "unique-items",
        "waiters",
    ]

    static var isRecording: Bool { ProcessInfo.processInfo.environment["APIGEN_RECORD_SNAPSHOTS"] == "1" }

    static let rerecordHint = "Run with APIGEN_RECORD_SNAPSHOTS=1 swift test --filter APIGeneratorTests to re-record"

    @Test(arguments: names)
    func snapshot(_ name: String) throws {
        let folder = PackagePaths.snapshots.appending(path: name)
        let files = try Generator.generate(specAt: folder.appending(path: "spec.json"), displayName: "spec.json")

        if Self.isRecording {
            let report = try OutputWriter.write(files, to: folder)
            let generated = Set(files.map(\.name))
            let stale = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".swift") && !generated.contains($0) }
            for file in stale { try FileManager.default.removeItem(at: folder.appending(path: file)) }
            if !report.written.isEmpty || !stale.isEmpty {
                Issue.record("Recorded snapshot '\(name)': wrote \(report.written), removed \(stale)", severity: .warning)
            }
            return
        }

        let differences = OutputChecker.differences(files, in: folder)
        if !differences.isEmpty {
            let diff = differences.map(\.diff).joined()
            Issue.record("Snapshot '\(name)' differs from what its spec generates:\n\(diff)\n\(Self.rerecordHint)")
        }
    }

    @Test func everySnapshotFolderIsTested() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.snapshots.path).filter { !$0.hasPrefix(".") }
        #expect(folders.sorted() == Self.names)
    }

    /// Package.swift makes each folder of `snapshots` a module, compiled by the test build and used by SnapshotBehaviourTests.
    @Test func everySnapshotFolderIsACompiledModule() throws {
        let manifest = try String(contentsOf: PackagePaths.root.appending(path: "Package.swift"), encoding: .utf8)
        let list = try #require(manifest.firstRange(of: "let snapshots = [").map { manifest[$0.upperBound...] })
        let literal = list[..<(list.firstIndex(of: "]") ?? list.endIndex)]
        let names = literal.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        #expect(names == Self.names)
    }

    @Test func snapshotSpecsPointAtTheSchema() throws {
        for name in Self.names {
            let text = try String(contentsOf: PackagePaths.snapshots.appending(path: "\(name)/spec.json"), encoding: .utf8)
            #expect(text.contains(#""$schema": "../../../../spec/apigen.schema.json""#), "\(name)")
        }
    }
}
