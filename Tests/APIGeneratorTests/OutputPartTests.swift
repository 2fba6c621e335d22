import APIGenerator
import Foundation
import Testing

/// The client and the command-line catalog split the files between them (the build plugin's names for each part are
/// held to the generator's in `OutputLayoutTests`).
@Suite("Output parts")
struct OutputPartTests {
    @Test func thePartsSplitTheFiles() throws {
        for layout in [OutputLayout(operationCount: 0, modelCount: 0), OutputLayout(operationCount: 2_940, modelCount: 8_551)] {
            let (client, commandLine) = (layout.fileNames(.client), layout.fileNames(.commandLine))
            #expect(layout.fileNames(.all) == client + commandLine)
            #expect(Set(client).isDisjoint(with: commandLine))
        }
        for part in OutputPart.allCases {
            let files = try Generator.generate(specAt: PackagePaths.spec, displayName: "spec/mcp-servers.json", part: part)
            #expect(files.map(\.name) == OutputLayout(operationCount: 0, modelCount: 0).fileNames(part))
        }
    }

    /// With `module.commandLineModule`, the catalog imports the client module; without, it does not.
    @Test func theCatalogImportsTheClientOnlyFromAModuleOfItsOwn() throws {
        let separate = try #require(try Generator.generate(specAt: PackagePaths.spec, part: .commandLine).first)
        #expect(separate.contents.contains("\nimport CloudflareMCP\n"))
        let minimal = try #require(try Generator.generate(specData: Data(SpecFixture.minimal.utf8), fileName: "pets.json", part: .commandLine).first)
        #expect(!minimal.contents.contains("import Pets"))
    }
}
