import APIGenerator
import Foundation
import Testing

/// The build plugin cannot link apigen's modules, so it spells each part's files itself; they
/// must be exactly the files `apigen generate --part` writes.
@Suite("Output parts")
struct OutputPartTests {
    @Test func thePluginDeclaresEachPartsFiles() throws {
        let plugin = try String(contentsOf: PackagePaths.root.appending(path: "Plugins/APIGenBuildPlugin/APIGenBuildPlugin.swift"), encoding: .utf8)
        for part in OutputPart.allCases {
            let declared = "\"\(part.rawValue)\": [" + part.fileNames.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
            #expect(plugin.contains(declared), "the plugin lacks \(declared)")
        }
    }

    @Test func thePartsSplitTheFiles() throws {
        #expect(OutputPart.all.fileNames == Generator.outputFileNames)
        #expect(Set(OutputPart.client.fileNames).union(OutputPart.commandLine.fileNames) == Set(Generator.outputFileNames))
        #expect(Set(OutputPart.client.fileNames).isDisjoint(with: OutputPart.commandLine.fileNames))
        for part in OutputPart.allCases {
            let files = try Generator.generate(specAt: PackagePaths.spec, displayName: "spec/mcp-servers.json", part: part)
            #expect(files.map(\.name) == part.fileNames)
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
