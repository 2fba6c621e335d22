import APIGenerator
import Foundation
import Testing

/// The checked-in `Generated/` must be exactly what `spec/mcp-servers.json` generates.
@Suite("Generated/ is current")
struct GoldenTests {
    @Test func generatedFolderMatchesTheSpec() throws {
        let files = try Generator.generate(specAt: PackagePaths.spec, displayName: "spec/mcp-servers.json")
        #expect(files.map(\.name) == Generator.outputFileNames)
        let differences = OutputChecker.differences(files, in: PackagePaths.generated)
        if !differences.isEmpty {
            Issue.record("""
                \(differences.map(\.diff).joined())
                Generated/ is out of date. Run: swift run apigen generate spec/mcp-servers.json --output Generated
                """)
        }
    }

    @Test func theRealSpecLints() throws {
        let spec = try Generator.lint(specAt: PackagePaths.spec, displayName: "spec/mcp-servers.json")
        #expect(spec.operations.map(\.name) == ["listServers", "createServer", "getServer", "updateServer", "deleteServer", "syncServer"])
    }
}
