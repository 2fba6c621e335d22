@testable import APIGenSpec
import Foundation
import Testing

/// The type names a model may not take are the runtime's and those generated code spells out;
/// both are read from the sources here, so the list cannot go stale as the runtime grows.
@Suite("Reserved type names")
struct ReservedNamesTests {
    /// `public struct Name`, `public enum Name`, … at the top level of the runtime modules' sources.
    static func publicRuntimeTypes() throws -> Set<String> {
        var names: Set<String> = []
        for module in ["APIGenRuntime", "APIGenJSON"] {
            let folder = PackagePaths.root.appending(path: "Sources/\(module)")
            let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            for case let file as URL in files where file.pathExtension == "swift" {
                let text = try String(contentsOf: file, encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("public ") {
                    let words = line.split(separator: " ")
                    guard words.first == "public", words.count >= 3 else { continue }
                    let kind = words[1] == "final" && words.count >= 4 ? words[2] : words[1]
                    guard ["struct", "enum", "protocol", "class", "actor", "typealias"].contains(kind) else { continue }
                    let nameWord = words[1] == "final" ? words[3] : words[2]
                    names.insert(String(nameWord.prefix { $0.isLetter || $0.isNumber || $0 == "_" }))
                }
            }
        }
        return names
    }

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
}
