import APIGenIR
import APIGenParallel
import APIGenSpec

/// Stage 3: a validated ``Spec`` → Swift declarations (``SourceFile``s). Decides names, types and
/// what code does; knows nothing about layout or escaping, which the renderer owns.
public struct Translator: Sendable {
    /// The files of a spec small enough for one file of each kind (see ``OutputLayout``).
    public static let outputFileNames = OutputLayout(operationCount: 0, modelCount: 0).fileNames(.all)

    let spec: Spec
    /// The spec's file name without folders, so output does not depend on where the spec lives.
    let specFileName: String
    let names: NameTable
    let validatedModels: ValidatedModels
    /// Where each model travels; a union that answers carry is open (`unknown(JSONValue)`).
    let usage: ModelUsage
    /// How each union's decoder tells its variants apart, decided once (the spec is valid, so every union is decided).
    let unionDispatches: [String: UnionDispatch]
    /// The fields and union variants that close a cycle of models, stored indirectly.
    let recursion: RecursiveModels
    /// The models sent as `multipart/form-data` bodies, which generate their parts (`multipartParts()`).
    let multipartBodies: Set<String>
    /// Each operation's Swift facts, in spec order; set once in `init`.
    private(set) var operations: [OperationDescription] = []
    /// How the output is spread over files, from the spec's size.
    public let layout: OutputLayout

    public init(spec: Spec) {
        self.spec = spec
        self.specFileName = spec.fileName.split(separator: "/").last.map(String.init) ?? spec.fileName
        let unionDispatches: [String: UnionDispatch] = spec.models.reduce(into: [:]) { dispatches, model in
            if let union = model.unionModel { dispatches[model.name] = union.dispatch(named: model.name, in: spec).dispatch }
        }
        self.unionDispatches = unionDispatches
        self.names = NameTable(spec: spec, unionDispatches: unionDispatches)
        self.validatedModels = ValidatedModels(spec: spec)
        self.usage = ModelUsage(spec)
        self.recursion = RecursiveModels(spec: spec)
        self.multipartBodies = spec.multipartBodyModels
        self.layout = OutputLayout(operationCount: spec.operations.count, modelCount: spec.models.count)
        self.operations = spec.operations.map(describe)
    }

    /// The files of `part`, in the order `layout` names them. Types and validation are made of one group a
    /// model, translated when the renderer asks for it; the other files are translated here, concurrently. Each
    /// piece depends only on the spec and the names, so the result is the same whatever the scheduling.
    public func translate(_ part: OutputPart = .all) -> [SourceFile] {
        let makers = layout.isSharded ? shardedFiles() : singleFiles()
        return layout.fileNames(part).map { name in makers[name]! }.concurrentMap { $0() }
    }

    private typealias FileMaker = @Sendable () -> SourceFile

    /// One file of each kind.
    private func singleFiles() -> [String: FileMaker] {
        let models = spec.models
        return [
            "Types.swift": { file("Types.swift", declarations: DeclarationGroups(count: models.count) { translateModel(models[$0]) }) },
            "Validation.swift": { file("Validation.swift", declarations: translateValidation(models)) },
            "Client.swift": { file("Client.swift", imports: clientImports, declarations: DeclarationGroups(translateClient())) },
            "Operations.swift": { file("Operations.swift", imports: catalogImports, declarations: DeclarationGroups(translateOperationCatalog())) },
        ]
    }

    /// `Client.swift` and `Operations.swift` declare what the whole API shares; each shard's files hold the models
    /// and operations whose names hash to it, in spec order.
    private func shardedFiles() -> [String: FileMaker] {
        var modelShards = Array(repeating: [Model](), count: layout.shardCount)
        for model in spec.models { modelShards[layout.shard(of: model.name)].append(model) }
        var operationShards = Array(repeating: [OperationDescription](), count: layout.shardCount)
        for operation in operations { operationShards[layout.shard(of: operation.operation.name)].append(operation) }
        var makers: [String: FileMaker] = [
            "Client.swift": { file("Client.swift", imports: clientImports, declarations: DeclarationGroups(translateClient())) },
            "Operations.swift": { file("Operations.swift", imports: catalogImports, declarations: DeclarationGroups(translateOperationCatalog())) },
        ]
        for shard in 0..<layout.shardCount {
            let (models, operations) = (modelShards[shard], operationShards[shard])
            let names = ["Types", "Validation", "Client", "Operations"].map { layout.shardFileName($0, shard) }
            makers[names[0]] = { file(names[0], declarations: DeclarationGroups(count: models.count) { translateModel(models[$0]) }) }
            makers[names[1]] = { file(names[1], declarations: translateValidation(models)) }
            makers[names[2]] = { file(names[2], imports: clientImports, declarations: DeclarationGroups(translateClientMethods(operations))) }
            makers[names[3]] = { file(names[3], imports: catalogImports, declarations: DeclarationGroups(translateOperationDescriptors(shard: shard, operations, models))) }
        }
        return makers
    }

    private var clientImports: [Import] { [Self.runtimeImport, Import("Foundation")] + RuntimeExports.imports(holdsFiles: !multipartBodies.isEmpty) }

    /// In a module of its own, the catalog reaches the client through an import.
    private var catalogImports: [Import] {
        [Self.runtimeImport, Import("Foundation")] + (spec.module.commandLineModule == nil ? [] : [Import(spec.module.name)])
    }

    /// Generated code reaches the runtime's plumbing (`requireField`, the request builder) as SPI.
    /// The SPI under which the runtime offers what generated code needs and apps should not see.
    static let runtimeSPI = "Generated"
    static let runtimeImport = Import(TypeName.runtimeModule, spi: runtimeSPI)

    private func file(_ name: String, imports: [Import] = [runtimeImport], declarations: DeclarationGroups) -> SourceFile {
        SourceFile(
            name: name,
            header: [
                "Generated by apigen from \(specFileName). Do not edit: change the spec and regenerate",
                "(the build plugin does at build time; for a checked-in copy: apigen generate SPEC --output DIR).",
            ],
            imports: imports, declarations: declarations
        )
    }

    /// `Generated from #/models/MCPServer.` The spec's file is named once, in each file's header:
    /// renaming it must not rewrite every doc comment.
    func remark(_ location: SpecLocation) -> String {
        "Generated from `#\(location.path.pointer)`."
    }
}
