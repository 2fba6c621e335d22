@testable import APIGenSpec
@testable import APIGenTranslator
import Foundation
import Testing

/// The type names a model may not take are the runtime's and those generated code spells out;
/// both are read from the sources here, so the list cannot go stale as the runtime grows.
@Suite("Reserved type names")
struct ReservedNamesTests {
    /// A top-level public declaration of the runtime modules: its kind, name and whether it is SPI.
    struct RuntimeDeclaration: Hashable {
        var kind: String
        var name: String
        var isSPI: Bool
    }

    /// `public struct Name`, `@_spi(Generated) public enum Name`, … at the top level of the runtime modules' sources.
    static func runtimeDeclarations() throws -> Set<RuntimeDeclaration> {
        var declarations: Set<RuntimeDeclaration> = []
        for module in ["APIGenRuntime", "APIGenJSON"] {
            let folder = PackagePaths.root.appending(path: "Sources/\(module)")
            let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            for case let file as URL in files where file.pathExtension == "swift" {
                let text = try String(contentsOf: file, encoding: .utf8)
                for line in text.split(separator: "\n") {
                    var words = line.split(separator: " ", omittingEmptySubsequences: false)[...]
                    let isSPI = words.first?.hasPrefix("@_spi(") == true
                    if isSPI { words = words.dropFirst() }
                    guard words.first == "public" else { continue }
                    words = words.dropFirst()
                    if words.first == "final" { words = words.dropFirst() }
                    guard let kind = words.first, ["struct", "enum", "protocol", "class", "actor", "typealias"].contains(kind),
                          let nameWord = words.dropFirst().first
                    else { continue }
                    let name = String(nameWord.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                    declarations.insert(RuntimeDeclaration(kind: String(kind), name: name, isSPI: isSPI))
                }
            }
        }
        return declarations
    }

    static func publicRuntimeTypes() throws -> Set<String> { Set(try runtimeDeclarations().map(\.name)) }

    /// Every identifier in the checked-in generated files and the snapshots.
    static func generatedIdentifiers() throws -> Set<String> {
        var identifiers: Set<String> = []
        var folders = [PackagePaths.generated]
        folders += try FileManager.default.contentsOfDirectory(atPath: PackagePaths.snapshots.path).map { PackagePaths.snapshots.appending(path: $0) }
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
                for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }) { identifiers.insert(String(word)) }
            }
        }
        return identifiers
    }

    @Test func everyPublicRuntimeTypeIsReserved() throws {
        let runtime = try Self.publicRuntimeTypes()
        #expect(runtime.count > 30, "the source scan found too little: \(runtime.sorted())")
        #expect(runtime.subtracting(SwiftNaming.runtimeTypeNames).sorted() == [], "add these to runtimeTypeNames")
        #expect(SwiftNaming.runtimeTypeNames.subtracting(runtime).sorted() == [], "the runtime no longer declares these")
    }

    @Test func everyOtherReservedNameIsUsedByGeneratedCode() throws {
        let others = SwiftNaming.reservedTypeNames.subtracting(SwiftNaming.runtimeTypeNames).subtracting(SwiftNaming.moduleNames)
        let unused = others.subtracting(try Self.generatedIdentifiers()).sorted()
        #expect(unused == [], "generated code no longer uses these")
    }

    /// What `import CloudflareMCP` re-exports is the runtime's own public, non-SPI declarations, by their kind.
    @Test func reExportedRuntimeSymbolsExist() throws {
        let declarations = try Self.runtimeDeclarations()
        let symbols = RuntimeExports.symbols + [RuntimeExports.files]
        for symbol in symbols {
            #expect(declarations.contains(.init(kind: symbol.kind.rawValue, name: symbol.name, isSPI: false)), "\(symbol)")
        }
        #expect(Set(symbols.map(\.name)).count == symbols.count)
    }
}
