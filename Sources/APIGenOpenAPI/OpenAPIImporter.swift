import APIGenJSON
import APIGenSpec
import Foundation

/// What `apigen import` needs besides the document.
public struct ImportOptions: Sendable {
    public var selection: ImportSelection
    /// The Swift module the spec describes (its client is `<name>Client`, its protocol `<name>API`),
    /// unless the document says (`x-apigen-module`, written by `apigen export`).
    public var moduleName: String
    /// How the spec's diagnostics name it.
    public var specFileName: String

    public init(selection: ImportSelection = ImportSelection(), moduleName: String, specFileName: String) {
        self.selection = selection
        self.moduleName = moduleName
        self.specFileName = specFileName
    }
}

/// The outcome of an import: the spec (valid: loaded and linted), its text, and every approximation.
public struct ImportResult: Sendable {
    public var spec: Spec
    /// Pretty-printed JSON with a final newline: the bytes to write.
    public var text: String
    public var warnings: [ImportWarning]
    /// The operations imported, by `#/paths/<path>/<method>` pointer; the others were skipped (see `warnings`).
    public var importedOperations: [JSONPath]
    public var skippedOperations: [JSONPath]
}

/// OpenAPI 3.0/3.1 → a spec in apigen's format that reads as if written by hand. One importer
/// imports one document once (it keeps the names it gave).
public final class OpenAPIImporter {
    let document: OpenAPIDocument
    let options: ImportOptions
    /// The document was written by `apigen export`: its `x-apigen-…` members carry our names.
    let isApigenExport: Bool
    /// The document's file name without folders, for model sources.
    let documentName: String
    var warnings: [ImportWarning] = []
    var modelNames: ModelNames
    var componentModels: [String: String] = [:]
    var componentPosition: [String: Int] = [:]
    var shapeModels: [String: String] = [:]
    var enumValues: [String: [JSONValue]] = [:]
    var modelKinds: Set<String> = []
    var models: [String: JSONObject] = [:]
    /// Where each imported union's `oneOf`/`anyOf` is, for warnings.
    var unionPaths: [String: JSONPath] = [:]
    var modelOrder: [(order: (Int, Int), name: String)] = []
    var inlineCount = 0
    /// Schemas being imported (resolved paths), to stop at a schema that contains itself.
    var resolving: [JSONPath] = []
    /// Where each `default` and `example` written came from (see ``addValues(of:at:to:)``).
    var valueSources: [JSONPath] = []
    /// The resolved schemas of `multipart/form-data` bodies: their binary properties become files (see ``fileType(_:at:)``).
    /// Found before any model is imported, so a component that is such a body is read as one wherever it is met first.
    lazy var multipartSchemaPaths: Set<JSONPath> = findMultipartSchemas()

    public init(document: OpenAPIDocument, options: ImportOptions) {
        self.document = document
        self.options = options
        isApigenExport = document.root["x-apigen-module"] != nil
        documentName = URL(fileURLWithPath: document.fileName).lastPathComponent
        let module = Self.moduleSettings(document, options)
        modelNames = ModelNames(reserved: [module["client"]?.stringValue, module["protocol"]?.stringValue, module["name"]?.stringValue]
            .compactMap { $0 }.reduce(into: Set<String>()) { $0.insert($1) })
        for (position, key) in (document.root["components"]?["schemas"]?.objectValue?.keys ?? []).enumerated() {
            componentPosition[key] = position
        }
    }

    func warn(_ cause: String, _ path: JSONPath, _ message: String) {
        warnings.append(ImportWarning(cause: cause, path: path, message: message))
    }

    func reserveModel(_ name: String, order: (Int, Int)) {
        modelOrder.append((order, name))
        models[name] = [:]
    }

    func setModel(_ name: String, _ model: JSONObject) { models[name] = model }

    func nextInlinePosition() -> Int {
        inlineCount += 1
        return inlineCount
    }

    /// Imports the selected operations (and, when everything is selected, every model of `components/schemas`).
    /// Throws when the result is not a valid spec (a bug of the importer, reported with the spec's diagnostics).
    public func run() throws(OpenAPIError) -> ImportResult {
        let root = document.root
        let info = importInfo()
        let module = Self.moduleSettings(document, options)
        let server = importServer()
        if options.selection.selectsEverything {
            for key in root["components"]?["schemas"]?.objectValue?.keys ?? [] {
                _ = componentModel(reference: "#/components/schemas/" + JSONPath.escapePointerToken(key))
            }
        }
        var envelope = importEnvelope()
        var (operations, imported, skipped, schemes) = importOperations(envelope: envelope)
        // No operation answers in the guessed envelope: the API has none.
        if root["x-apigen-envelope"] == JSONValue?.none, !operations.isEmpty, operations.members.allSatisfy({ $0.value["envelope"] == false }) {
            envelope = [:]
            for name in operations.keys {
                guard var operation = operations[name]?.objectValue else { continue }
                operation["envelope"] = nil
                operations[name] = .object(operation)
            }
        }
        var spec: JSONObject = ["formatVersion": 1, "info": .object(info), "module": .object(module), "server": .object(server)]
        if !envelope.isEmpty { spec["envelope"] = .object(envelope) }
        spec["authentication"] = .object(schemes)
        var modelsObject = JSONObject()
        for entry in modelOrder.sorted(by: { $0.order < $1.order }) { modelsObject[entry.name] = .object(models[entry.name] ?? [:]) }
        spec["models"] = .object(modelsObject)
        spec["operations"] = .object(operations)
        if let waiters = root["x-apigen-waiters"] { spec["waiters"] = waiters }
        if let decisions = root["x-apigen-decisions"] { spec["decisions"] = decisions }
        _ = replaceUnionsWithoutVariants(in: &spec, imported: &imported, skipped: &skipped)
        let valueSources = takeValueSources(from: &spec)
        var text = JSONSerializer.string(.object(spec), options: .init(prettyPrinted: true)) + "\n"
        var loaded: Spec
        do throws(SpecError) {
            loaded = try SpecLoader.load(data: Data(text.utf8), fileName: options.specFileName)
            if replaceUndecidableUnions(in: &spec, loaded: loaded, imported: &imported, skipped: &skipped) {
                text = JSONSerializer.string(.object(spec), options: .init(prettyPrinted: true)) + "\n"
                loaded = try SpecLoader.load(data: Data(text.utf8), fileName: options.specFileName)
            }
            if leaveOutRefusedValues(in: &spec, loaded: loaded, sources: valueSources) {
                text = JSONSerializer.string(.object(spec), options: .init(prettyPrinted: true)) + "\n"
                loaded = try SpecLoader.load(data: Data(text.utf8), fileName: options.specFileName)
            }
            try SpecValidator.validate(loaded)
        } catch {
            throw OpenAPIError(path: .root, message: "the imported spec is not valid (an importer bug; please report it):\n\(error.description)")
        }
        return ImportResult(spec: loaded, text: text, warnings: warnings, importedOperations: imported, skippedOperations: skipped)
    }

    private func importInfo() -> JSONObject {
        let info = document.root["info"]?.objectValue ?? [:]
        var result: JSONObject = ["title": .string(info["title"]?.stringValue ?? documentName),
                                  "version": .string(info["version"]?.stringValue ?? "0")]
        if let description = info["description"]?.stringValue, !description.isEmpty { result["description"] = .string(description) }
        result["sources"] = info["x-apigen-sources"] ?? .array([.string(documentName)])
        return result
    }

    static func moduleSettings(_ document: OpenAPIDocument, _ options: ImportOptions) -> JSONObject {
        if let module = document.root["x-apigen-module"]?.objectValue { return module }
        let name = ModelNames.typeName(options.moduleName)
        return ["name": .string(name), "version": "0.1.0", "client": .string(name + "Client"), "protocol": .string(name + "API")]
    }

    private func importServer() -> JSONObject {
        var server: JSONObject = [:]
        let path = JSONPath.root + "servers"
        if var url = document.root["servers"]?[0]?["url"]?.stringValue {
            for variable in document.root["servers"]?[0]?["variables"]?.objectValue ?? [:] {
                url = url.replacingOccurrences(of: "{\(variable.key)}", with: variable.value["default"]?.stringValue ?? "")
            }
            if url.hasPrefix("https://") || url.hasPrefix("http://") {
                server["baseURL"] = .string(url)
            } else {
                warn("server", path + "0", "the server URL '\(url)' is not absolute; written as https://api.example.com\(url.hasPrefix("/") ? url : "")")
                server["baseURL"] = .string("https://api.example.com" + (url.hasPrefix("/") ? url : ""))
            }
        } else {
            warn("server", path, "no server URL; written as https://api.example.com")
            server["baseURL"] = "https://api.example.com"
        }
        for member in document.root["x-apigen-server"]?.objectValue ?? [:] { server[member.key] = member.value }
        return server
    }
}
