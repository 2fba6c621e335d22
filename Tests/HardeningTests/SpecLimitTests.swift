import APIGenJSON
import APIGenSpec
import APIGenerator
import Foundation
import SpecDrivenTesting
import Testing

/// A spec over the size limit or nested past the depth limit is refused with a clear, located
/// error: never read whole, never a stack overflow.
@Suite("Generator limits")
struct SpecLimitTests {
    /// A spec under test followed by spaces up to `size` bytes (whitespace after the value is valid JSON).
    static func paddedSpec(_ api: APIUnderTest, to size: Int) throws -> Data {
        var data = try Data(contentsOf: api.specURL)
        data.append(Data(repeating: UInt8(ascii: " "), count: size - data.count))
        return data
    }

    /// Where `specNesting` puts its deep value: the `result` of the first documented success
    /// example with an object result, 8 levels deep (root, operations, the operation, examples,
    /// the example, response, body, result).
    static func deepestAnchor(_ api: APIUnderTest) throws -> JSONPath {
        let resultField = try #require(api.spec.envelope).resultField
        for operation in api.spec.operations {
            for (index, example) in operation.examples.enumerated()
            where example.responseStatus == operation.response.status && example.responseBody[resultField]?.objectValue != nil {
                return (JSONPath.root + "operations" + operation.name + "examples").appending(index: index) + "response" + "body" + resultField
            }
        }
        throw AnchorMissing()
    }

    struct AnchorMissing: Error {}

    /// The spec pretty-printed with `nested` levels of arrays (or objects) as the value of an
    /// unknown member `extra` of the `deepestAnchor` object.
    static func specNesting(_ api: APIUnderTest, _ nested: Int, objects: Bool = false) throws -> Data {
        let placeholder = "__deep_value__"
        var spec = try JSONParser.parse(Data(contentsOf: api.specURL))
        JSONMutator.set(.string(placeholder), at: try deepestAnchor(api).appending("extra").components, in: &spec)
        let text = JSONSerializer.string(spec, options: .init(prettyPrinted: true))
        let deep = String(decoding: JSONMutator.deepText(depth: nested, objects: objects), as: UTF8.self)
        return Data(text.replacingOccurrences(of: "\"\(placeholder)\"", with: deep).utf8)
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

    @Test("a spec of exactly the size limit (32 MiB) loads; one byte more is refused before parsing, from memory and from a file",
          arguments: APIUnderTest.all)
    func sizeLimit(_ api: APIUnderTest) throws {
        let limit = SpecLoader.maximumFileSize
        #expect(limit == 32 * 1024 * 1024)
        let atLimit = try Self.paddedSpec(api, to: limit)
        let spec = try SpecLoader.load(data: atLimit, fileName: api.specPath)
        #expect(spec.operations.map(\.name) == api.spec.operations.map(\.name))
        #expect(spec.operations.count == api.operationNames.count)

        let overLimit = try Self.paddedSpec(api, to: limit + 1)
        let fromMemory = try #require(Self.onlyDiagnostic { () throws(SpecError) in _ = try SpecLoader.load(data: overLimit, fileName: api.specPath) })
        #expect(fromMemory.message == "the file is 33554433 bytes; a spec may be at most 33554432 bytes")
        #expect(fromMemory.location.file == api.specPath && fromMemory.location.path == .root)
        #expect(fromMemory.description.hasPrefix("\(api.specPath): error: the file is 33554433 bytes"))

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
          arguments: APIUnderTest.all, [false, true])
    func depthLimit(_ api: APIUnderTest, objects: Bool) throws {
        #expect(SpecLoader.maximumDepth == 64)
        let anchor = try Self.deepestAnchor(api)
        #expect(anchor.components.count == 7, "the anchor object sits 8 levels deep")
        // 8 levels down to the anchor, plus 56: exactly the limit.
        let files = try Generator.generate(specData: Self.specNesting(api, 56, objects: objects), fileName: api.specPath)
        #expect(files.count == 4)

        for nested in [57, 10_000, 1_000_000] {
            let data = try Self.specNesting(api, nested, objects: objects)
            let diagnostic = try #require(Self.onlyDiagnostic { () throws(SpecError) in _ = try Generator.generate(specData: data, fileName: api.specPath) })
            #expect(diagnostic.message == "invalid JSON: arrays and objects nest deeper than the limit of 64 levels")
            // Located at the 65th opening bracket: on the `"extra"` line, after 56 brackets (or `{"a":` openers).
            let position = try #require(diagnostic.location.position)
            let text = String(decoding: data, as: UTF8.self)
            let extraLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(#""extra": "#) }
            #expect(position.line == extraLine.map { $0 + 1 })
            let valueStart = try #require(text.range(of: #""extra": "#)).upperBound
            let expectedOffset = text.utf8.distance(from: text.utf8.startIndex, to: valueStart) + 56 * (objects ? 5 : 1)
            #expect(position.offset == expectedOffset)
            #expect(diagnostic.location.path.pointer.hasPrefix(anchor.pointer + "/extra"))
            #expect(diagnostic.description.contains("\(api.specPath):\(position.line):\(position.column): error: invalid JSON"))
        }
    }
}
