import APIGenerator
import Foundation
import SpecDrivenTesting
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

    /// Each spec under test lints, and the client compiled from it by the build plugin has exactly
    /// its operations (in order) and its models.
    @Test(arguments: APIUnderTest.all)
    func specLintsAndMatchesItsCompiledClient(_ api: APIUnderTest) throws {
        let spec = try Generator.lint(specAt: api.specURL, displayName: api.specPath)
        #expect(!spec.operations.isEmpty)
        #expect(spec.operations.map(\.name) == api.operationNames)
        #expect(Set(spec.models.map(\.name)) == Set(api.models.keys))
    }
}
