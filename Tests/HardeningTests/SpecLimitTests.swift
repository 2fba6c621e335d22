import APIGenJSON
import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// A spec over the size limit or nested past the depth limit is refused with a clear, located
/// error: never read whole, never a stack overflow.
@Suite("Generator limits")
struct SpecLimitTests {
    static let fileName = "spec/mcp-servers.json"

    /// The real spec followed by spaces up to `size` bytes (whitespace after the value is valid JSON).
    static func paddedSpec(to size: Int) throws -> Data {
        var data = try Repository.specData()
        data.append(Data(repeating: UInt8(ascii: " "), count: size - data.count))
        return data
    }

    /// The real spec with `nested` levels of arrays (or objects) as an unknown member of the
    /// `result` of createServer's first example, which sits 8 levels deep.
    static func specNesting(_ nested: Int, objects: Bool = false) throws -> Data {
        let text = try String(decoding: Repository.specData(), as: UTF8.self)
        let anchor = #""result": {"# + "\n" + #"                "id": "my-mcp-server","#
        let range = try #require(text.range(of: anchor), "the first documented create example moved")
        let deep = String(decoding: JSONMutator.deepText(depth: nested, objects: objects), as: UTF8.self)
        return Data(text.replacingCharacters(in: range, with: #""result": {"extra": "# + deep + ", \n" + #""id": "my-mcp-server","#).utf8)
    }

    static func onlyDiagnostic(_ body: () throws(SpecError) -> Void) -> SpecDiagnostic? {
        do {
            try body()
            Issue.record("the spec was accepted")
            return nil
        } catch {
            #expect(error.diagnostics.count == 1, "\(error)")
            return error.diagnostics.first
        }
    }

    @Test("a spec of exactly 8 MiB loads; one byte more is refused before parsing, from memory and from a file")
    func sizeLimit() throws {
        let limit = SpecLoader.maximumFileSize
        #expect(limit == 8 * 1024 * 1024)
        let atLimit = try Self.paddedSpec(to: limit)
        let spec = try SpecLoader.load(data: atLimit, fileName: Self.fileName)
        #expect(spec.operations.count == 6)

        let overLimit = try Self.paddedSpec(to: limit + 1)
        let fromMemory = try #require(Self.onlyDiagnostic { () throws(SpecError) in _ = try SpecLoader.load(data: overLimit, fileName: Self.fileName) })
        #expect(fromMemory.message == "the file is 8388609 bytes; a spec may be at most 8388608 bytes")
        #expect(fromMemory.location.file == Self.fileName && fromMemory.location.path == .root)
        #expect(fromMemory.description.hasPrefix("spec/mcp-servers.json: error: the file is 8388609 bytes"))

        let folder = FileManager.default.temporaryDirectory.appending(path: "apigen-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "huge.json")
        try overLimit.write(to: file)
        let fromFile = try #require(Self.onlyDiagnostic { () throws(SpecError) in _ = try Generator.generate(specAt: file, displayName: "huge.json") })
        #expect(fromFile.message == fromMemory.message)
        #expect(fromFile.location.file == "huge.json")
    }

    @Test("nesting of exactly 64 levels generates; 65, 10,000 and 1,000,000 levels are refused at the first level too deep",
          arguments: [false, true])
    func depthLimit(objects: Bool) throws {
        #expect(SpecLoader.maximumDepth == 64)
        // 8 levels down to `result`, plus 56: exactly the limit.
        let files = try Generator.generate(specData: Self.specNesting(56, objects: objects), fileName: Self.fileName)
        #expect(files.count == 4)

        for nested in [57, 10_000, 1_000_000] {
            let data = try Self.specNesting(nested, objects: objects)
            let diagnostic = try #require(Self.onlyDiagnostic { () throws(SpecError) in _ = try Generator.generate(specData: data, fileName: Self.fileName) })
            #expect(diagnostic.message == "invalid JSON: arrays and objects nest deeper than the limit of 64 levels")
            // Located at the 65th opening bracket: on the `"extra"` line, after 56 brackets (or `{"a":` openers).
            let position = try #require(diagnostic.location.position)
            let text = String(decoding: data, as: UTF8.self)
            let extraLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(#""extra": "#) }
            #expect(position.line == extraLine.map { $0 + 1 })
            let lineStart = try #require(text.range(of: #"{"extra": "#)).upperBound
            let expectedOffset = text.utf8.distance(from: text.utf8.startIndex, to: lineStart) + 56 * (objects ? 5 : 1)
            #expect(position.offset == expectedOffset)
            #expect(diagnostic.location.path.pointer.hasPrefix("/operations/createServer/examples/0/response/body/result/extra"))
            #expect(diagnostic.description.contains("spec/mcp-servers.json:\(position.line):\(position.column): error: invalid JSON"))
        }
    }
}
