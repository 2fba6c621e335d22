import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// A large spec's Swift is spread over shards (`OutputLayout`). The build plugin names the files from the spec's JSON
/// before the generator runs; these tests hold the two together and check what the shards promise: a small spec
/// keeps one file of each kind, each model and operation is in the file its name hashes to, and an edit touches only
/// the files that hold what changed.
@Suite("Output layout")
struct OutputLayoutTests {
    /// The plugin cannot link apigen's modules: it compiles the translator's own files, through links.
    @Test func thePluginCompilesTheGeneratorsRule() throws {
        for file in ["OutputLayout.swift", "OutputPart.swift"] {
            let plugin = PackagePaths.root.appending(path: "Plugins/APIGenBuildPlugin/\(file)").resolvingSymlinksInPath()
            let translator = PackagePaths.root.appending(path: "Sources/APIGenTranslator/\(file)").resolvingSymlinksInPath()
            #expect(plugin.path == translator.path, "Plugins/APIGenBuildPlugin/\(file) must link to Sources/APIGenTranslator/\(file)")
        }
    }

    /// What the plugin reads from the JSON is the size the generator loads, and the generator writes exactly the
    /// files the layout names, for every spec the package has and a large one.
    @Test func theGeneratorWritesTheFilesThePluginDeclares() throws {
        let snapshots = try FileManager.default.contentsOfDirectory(at: PackagePaths.snapshots, includingPropertiesForKeys: nil)
            .map { $0.appending(path: "spec.json") }
        var specs = try ([PackagePaths.spec] + snapshots).map { url in (url.lastPathComponent, try Data(contentsOf: url)) }
        specs.append(("large.json", try Self.largeSpec(copies: 300)))
        for (name, data) in specs {
            let layout = try #require(OutputLayout(specJSON: data))
            let spec = try SpecLoader.load(data: data, fileName: name)
            #expect(layout == OutputLayout(operationCount: spec.operations.count, modelCount: spec.models.count), "\(name)")
            for part in OutputPart.allCases {
                #expect(try Generator.generate(spec, part: part).map(\.name) == layout.fileNames(part), "\(name), \(part)")
            }
        }
    }

    @Test func aSmallSpecKeepsOneFileOfEachKind() throws {
        let layout = try #require(OutputLayout(specJSON: Data(contentsOf: PackagePaths.spec)))
        #expect(!layout.isSharded)
        #expect(layout.fileNames(.all) == ["Types.swift", "Validation.swift", "Client.swift", "Operations.swift"])
        #expect(layout.fileNames(.all) == Generator.outputFileNames)
    }

    /// The shard count doubles with the spec, so most growth moves nothing.
    @Test func theShardCountIsAPowerOfTwoThatFitsTheSpec() {
        let limit = OutputLayout.namesPerShard
        #expect(OutputLayout(operationCount: 0, modelCount: limit).shardCount == 1)
        #expect(OutputLayout(operationCount: 1, modelCount: limit).shardCount == 2)
        #expect(OutputLayout(operationCount: limit, modelCount: limit * 2).shardCount == 4)
        #expect(OutputLayout(operationCount: 2_940, modelCount: 8_551).shardCount == 64)
        #expect(OutputLayout(operationCount: 2_940, modelCount: 8_551).shardFileName("Types", 6) == "Types-07.swift")
    }

    /// Every model's type is declared once, in the `Types-` file of the shard its name hashes to, and registered by name
    /// in its `Operations-` file; every operation's method is in its `Client-` file and its descriptor in its
    /// `Operations-` file.
    @Test func eachModelAndOperationIsInTheFileOfItsShard() throws {
        let data = try Self.largeSpec(copies: 300)
        let spec = try SpecLoader.load(data: data, fileName: "large.json")
        let layout = try #require(OutputLayout(specJSON: data))
        let files = try Generator.generate(spec)
        for model in spec.models {
            let declaring = files.filter { $0.contents.contains("public struct \(model.name): ") }.map(\.name)
            #expect(declaring == [layout.shardFileName("Types", layout.shard(of: model.name))], "\(model.name)")
            let registering = files.filter { $0.contents.contains("\"\(model.name)\": \(model.name).self") }.map(\.name)
            #expect(registering == [layout.shardFileName("Operations", layout.shard(of: model.name))], "\(model.name)")
        }
        for operation in spec.operations {
            let methods = files.filter { $0.contents.contains("    public func \(operation.name)(") }.map(\.name)
            #expect(methods == [layout.shardFileName("Client", layout.shard(of: operation.name))], "\(operation.name)")
            let descriptors = files.filter { $0.contents.contains("static var \(operation.name): ") }.map(\.name)
            #expect(descriptors == [layout.shardFileName("Operations", layout.shard(of: operation.name))], "\(operation.name)")
        }
    }

    /// A new model changes its own shard's files (its type and its shard's part of the model registry), nothing else.
    @Test func aNewModelMovesNoOther() throws {
        let before = try Generator.generate(specData: Self.largeSpec(copies: 300), fileName: "large.json")
        let after = try Generator.generate(specData: Self.largeSpec(copies: 300, extraModel: "Kennel"), fileName: "large.json")
        let layout = OutputLayout(operationCount: 301, modelCount: 302)
        #expect(before.map(\.name) == after.map(\.name))
        let shard = layout.shard(of: "Kennel")
        #expect(Set(Self.changedFiles(before, after)) == [layout.shardFileName("Types", shard), layout.shardFileName("Operations", shard)])
    }

    /// An operation's description is in its documentation (the protocol's requirement, its shard's methods) and its
    /// descriptor: an edit rewrites those files only, so an incremental build recompiles only them.
    @Test func anEditedDescriptionTouchesOnlyTheFilesOfItsOperation() throws {
        let edited = "getPet7"
        let before = try Generator.generate(specData: Self.largeSpec(copies: 300), fileName: "large.json")
        let after = try Generator.generate(specData: Self.largeSpec(copies: 300, describing: edited), fileName: "large.json")
        let layout = OutputLayout(operationCount: 301, modelCount: 301)
        let shard = layout.shard(of: edited)
        #expect(Set(Self.changedFiles(before, after)) == ["Client.swift", layout.shardFileName("Client", shard), layout.shardFileName("Operations", shard)])
    }

    /// When the spec shrinks back to one file of each kind, writing its part removes the shards it no longer has, and
    /// nothing else: not the other part's files, not a file of the user's.
    @Test func writingAPartRemovesItsStaleShards() throws {
        try withTemporaryFolder { folder in
            let large = try Generator.generate(specData: Self.largeSpec(copies: 300), fileName: "large.json")
            _ = try OutputWriter.write(large, to: folder)
            try Data("struct Mine {}\n".utf8).write(to: folder.appending(path: "Types-Mine.swift"))
            let small = try Generator.generate(specData: Data(SpecFixture.minimal.utf8), fileName: "pets.json", part: .client)
            let report = try OutputWriter.write(small, to: folder, part: .client)
            let layout = OutputLayout(operationCount: 301, modelCount: 301)
            #expect(Set(report.removed) == Set(layout.fileNames(.client)).subtracting(small.map(\.name)))
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(Set(left) == Set(small.map(\.name) + layout.fileNames(.commandLine) + ["Types-Mine.swift"]))
        }
    }

    /// A part's files in either layout are recognised as that part's, and no other part's.
    @Test func theFileNamesOfEachPartAreRecognised() {
        let layouts = [OutputLayout(operationCount: 0, modelCount: 0), OutputLayout(operationCount: 2_940, modelCount: 8_551)]
        let names = Set(layouts.flatMap { $0.fileNames(.all) })
        for part in OutputPart.allCases {
            let partsNames = Set(layouts.flatMap { $0.fileNames(part) })
            for name in names {
                #expect(OutputLayout.isFileName(name, of: part) == partsNames.contains(name), "\(name), \(part)")
            }
        }
        #expect(!OutputLayout.isFileName("Types-.swift", of: .client))
        #expect(!OutputLayout.isFileName("Types-Mine.swift", of: .client))
    }

    private static func changedFiles(_ before: [GeneratedFile], _ after: [GeneratedFile]) -> [String] {
        zip(before, after).filter { $0.contents != $1.contents }.map { before, _ in before.name }
    }

    /// The minimal spec with `copies` more models (`Pet1`…) and operations (`getPet1`…, each reading its own model);
    /// optionally one more model, or a description on one operation.
    static func largeSpec(copies: Int, extraModel: String? = nil, describing described: String? = nil) throws -> Data {
        var spec = try #require(try JSONSerialization.jsonObject(with: Data(SpecFixture.minimal.utf8)) as? [String: Any])
        var models = try #require(spec["models"] as? [String: Any])
        var operations = try #require(spec["operations"] as? [String: Any])
        let model = try #require(models["Pet"] as? [String: Any])
        let operation = try #require(operations["getPet"] as? [String: Any])
        for copy in 1...copies {
            models["Pet\(copy)"] = model
            var copied = operation
            copied["path"] = "/pets/\(copy)/{id}"
            copied["response"] = ["status": 200, "result": ["ref": "Pet\(copy)"]]
            if "getPet\(copy)" == described { copied["description"] = "Reads one pet of the kennel." }
            operations["getPet\(copy)"] = copied
        }
        if let extraModel { models[extraModel] = model }
        spec["models"] = models
        spec["operations"] = operations
        return try JSONSerialization.data(withJSONObject: spec, options: [.sortedKeys])
    }
}
