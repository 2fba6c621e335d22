import APIGenJSON
import Foundation

/// Stage 1: bytes → ``Spec``. Checks the JSON and the shape of every part (unknown keys, wrong
/// types, missing keys); ``SpecValidator`` then checks how the parts fit together.
public final class SpecLoader {
    /// Far above any real spec (Cloudflare's whole published API, 3,207 operations, imports to
    /// about 11 MiB); anything larger is a mistake or an attack, and is refused before parsing.
    public static let maximumFileSize = 32 * 1024 * 1024
    /// Real specs nest about 10 deep; the limit keeps hostile input from exhausting the stack.
    public static let maximumDepth = 64

    let reader: SpecReader
    /// Each object model's `includes` as written, resolved into its fields once every model is loaded.
    var includeRequests: [String: [IncludeRequest]] = [:]

    /// Strict JSON: duplicate keys are errors, and nesting is bounded.
    static var parseOptions: JSONParseOptions {
        var options = JSONParseOptions.strict
        options.maxDepth = maximumDepth
        return options
    }

    private init(reader: SpecReader) {
        self.reader = reader
    }

    /// Loads the spec at `url`; `displayName` is how diagnostics name the file.
    public static func load(contentsOf url: URL, displayName: String? = nil) throws(SpecError) -> Spec {
        let name = displayName ?? url.path
        let location = SpecLocation(file: name, path: .root, position: nil)
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attributes?[.size] as? Int, size > maximumFileSize {
            throw SpecError(diagnostics: [SpecDiagnostic(location: location, message: "the file is \(size) bytes; a spec may be at most \(maximumFileSize) bytes")])
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SpecError(diagnostics: [SpecDiagnostic(location: location, message: "cannot read the file: \(error.localizedDescription)")])
        }
        return try load(data: data, fileName: name)
    }

    /// Loads a spec from bytes.
    public static func load(data: Data, fileName: String) throws(SpecError) -> Spec {
        guard data.count <= maximumFileSize else {
            throw SpecError(diagnostics: [SpecDiagnostic(location: SpecLocation(file: fileName, path: .root, position: nil),
                                                         message: "the file is \(data.count) bytes; a spec may be at most \(maximumFileSize) bytes")])
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(data, options: parseOptions)
        } catch {
            let location = SpecLocation(file: fileName, path: error.path, position: error.location)
            throw SpecError(diagnostics: [SpecDiagnostic(location: location, message: "invalid JSON: \(error.message)")])
        }
        let loader = SpecLoader(reader: SpecReader(file: fileName))
        let spec = loader.loadDocument(value, source: data)
        if let spec, loader.reader.diagnostics.isEmpty { return spec }
        throw SpecError(diagnostics: loader.reader.diagnostics).resolvingPositions(in: data)
    }

    private func loadDocument(_ value: JSONValue, source: Data) -> Spec? {
        let root = JSONPath.root
        guard let object = reader.object(
            value, at: root,
            allowed: ["$schema", "formatVersion", "info", "module", "server", "envelope", "authentication", "models", "operations", "waiters", "decisions"],
            required: ["formatVersion", "info", "module", "server", "models", "operations"], what: "the spec"
        ) else { return nil }
        if let version = reader.integer(object, "formatVersion", at: root), version != 1 {
            reader.error("'formatVersion' \(version) is not supported; this apigen reads format 1", at: root + "formatVersion")
        }
        let info = loadInfo(object["info"])
        let module = loadModuleSettings(object["module"])
        let server = loadServer(object["server"])
        // No envelope (left out, or null): the whole body of every answer is its result.
        // (JSONValue is ExpressibleByNilLiteral: the absent case is spelled out.)
        let envelopeValue = object["envelope"].flatMap { value in value.isNull ? JSONValue?.none : value }
        let envelope = envelopeValue.flatMap { loadEnvelope($0, requestIDHeader: server?.requestIDHeader) }
        let authentication = loadNamedMembers(object["authentication"], at: root + "authentication", what: "'authentication'", load: loadAuthScheme)
        let models = resolvingIncludes(loadNamedMembers(object["models"], at: root + "models", what: "'models'", load: loadModel))
        let operations = loadNamedMembers(object["operations"], at: root + "operations", what: "'operations'", load: loadOperation)
        let waiters = loadNamedMembers(object["waiters"], at: root + "waiters", what: "'waiters'", load: loadWaiter)
        let decisions = loadDecisions(object["decisions"])
        guard let info, let module, let server, envelopeValue == nil || envelope != nil else { return nil }
        var spec = Spec(formatVersion: 1, info: info, module: module, server: server.settings, envelope: envelope, authentication: authentication,
                    models: models, operations: operations, decisions: decisions, fileName: reader.file, source: source)
        spec.waiters = waiters
        return spec
    }

    private func loadNamedMembers<Item>(_ value: JSONValue?, at path: JSONPath, what: String,
                                        load: (String, JSONValue, JSONPath) -> Item?) -> [Item] {
        guard let value else { return [] }
        guard case .object(let object) = value else {
            reader.error("\(what) must be an object mapping names to definitions, found \(value.kind)", at: path)
            return []
        }
        return object.compactMap { member in load(member.key, member.value, path + member.key) }
    }
}
