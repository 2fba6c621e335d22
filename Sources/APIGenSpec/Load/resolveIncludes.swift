import APIGenJSON

/// `includes`: an object model has the fields of other object models, declared once. The loader
/// resolves them here, so everything after it sees plain object models.
///
/// Order: the included fields first, include by include (each in its model's order), then the
/// model's own `fields`. Conflicts, one rule: a field name is defined once. A name that two
/// includes give, or an include and `fields`, is an error at the second definition; to change an
/// included field, leave it out of the include (`only`) and define it in `fields`.
struct IncludeRequest {
    var model: String
    /// Only these fields (`only`), each with where it is written.
    var only: [(name: String, path: JSONPath)]?
    /// Leave out the read-only fields (a request body made of a resource's writable fields).
    var writable: Bool
    /// Exactly these included fields are required, the others optional (`required`).
    var required: [(name: String, path: JSONPath)]?
    var path: JSONPath
    /// Its place in `includes`.
    var index: Int

    var isWhole: Bool { only == nil && !writable && required == nil }
}

extension SpecLoader {
    /// The keys of an include written as an object (a projection).
    static let includeKeys = ["model", "only", "writable", "required"]

    /// `includes`: an array of model names or `{"model": name, "only": [fields], "writable": true, "required": [fields]}`.
    func loadIncludes(_ value: JSONValue, at path: JSONPath) -> [IncludeRequest] {
        guard case .array(let entries) = value else {
            reader.error("'includes' must be an array of model names or {\"model\": …} objects, found \(value.kind)", at: path)
            return []
        }
        var requests: [IncludeRequest] = []
        for (index, entry) in entries.enumerated() {
            let entryPath = path.appending(index: index)
            switch entry {
            case .string(let model):
                requests.append(IncludeRequest(model: model, only: nil, writable: false, required: nil, path: entryPath, index: index))
            case .object:
                guard let object = reader.object(entry, at: entryPath, allowed: Self.includeKeys,
                                                 required: ["model"], what: "an include"),
                      let model = reader.string(object, "model", at: entryPath)
                else { continue }
                requests.append(IncludeRequest(
                    model: model, only: names(object["only"], "only", at: entryPath),
                    writable: reader.bool(object, "writable", at: entryPath) ?? false,
                    required: names(object["required"], "required", at: entryPath), path: entryPath, index: index
                ))
            default:
                reader.error("an include must be a model name or an object with 'model', found \(entry.kind)", at: entryPath)
            }
        }
        return requests
    }

    /// An array of field names, each with its path.
    private func names(_ value: JSONValue?, _ key: String, at entryPath: JSONPath) -> [(name: String, path: JSONPath)]? {
        guard let value else { return nil }
        let path = entryPath + key
        guard case .array(let elements) = value else {
            reader.error("'\(key)' must be an array of field names, found \(value.kind)", at: path)
            return []
        }
        var names: [(name: String, path: JSONPath)] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let name) = element else {
                reader.error("a field name must be a string, found \(element.kind)", at: path.appending(index: index))
                continue
            }
            names.append((name, path.appending(index: index)))
        }
        return names
    }

    /// The models with every object model's includes resolved into its fields.
    func resolvingIncludes(_ models: [Model]) -> [Model] {
        guard !includeRequests.isEmpty else { return models }
        var resolver = IncludeResolver(reader: reader, requests: includeRequests, models: models)
        return models.map { model in
            guard var object = model.objectModel, includeRequests[model.name] != nil,
                  let resolved = resolver.resolve(model.name) else { return model }
            var result = model
            object.fields = resolved.fields
            object.includes = resolved.includes
            result.kind = .object(object)
            return result
        }
    }
}

/// Resolves includes depth first, each model once; a model met again while it is being resolved is a cycle.
private struct IncludeResolver {
    let reader: SpecReader
    let requests: [String: [IncludeRequest]]
    let models: [String: Model]
    /// nil: the model could not be resolved (its error is already reported).
    var resolved: [String: (fields: [Field], includes: [ObjectModel.Include])?] = [:]
    var resolving: [String] = []

    init(reader: SpecReader, requests: [String: [IncludeRequest]], models: [Model]) {
        self.reader = reader
        self.requests = requests
        self.models = Dictionary(models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func resolve(_ name: String) -> (fields: [Field], includes: [ObjectModel.Include])? {
        if let done = resolved[name] { return done }
        guard let model = models[name], let object = model.objectModel else { return nil }
        resolving.append(name)
        defer { resolving.removeLast() }
        var fields: [Field] = []
        var includes: [ObjectModel.Include] = []
        /// Where each field name was first defined, for conflicts.
        var definedBy: [String: String] = [:]
        var failed = false
        for request in requests[name] ?? [] {
            let entry = "include \(request.index) of model '\(name)'"
            guard let target = models[request.model] else {
                let suggestion = closest(to: request.model, in: Array(models.keys).sorted()).map { "; did you mean '\($0)'?" } ?? ""
                reader.error("\(entry) names model '\(request.model)', which the spec does not define\(suggestion)", at: request.path)
                failed = true
                continue
            }
            guard target.objectModel != nil else {
                let kind = target.enumModel != nil ? "an enum" : "a union"
                reader.error("\(entry) names '\(request.model)', \(kind) model; only object models can be included", at: request.path)
                failed = true
                continue
            }
            if let start = resolving.firstIndex(of: request.model) {
                let cycle = (resolving[start...] + [request.model]).joined(separator: " → ")
                reader.error("\(entry): the includes form a cycle (\(cycle)); a model cannot include itself", at: request.path)
                failed = true
                continue
            }
            guard let included = resolve(request.model)?.fields else { failed = true; continue }
            guard let projected = project(included, by: request, entry: entry) else { failed = true; continue }
            for field in projected {
                if let first = definedBy[field.name] {
                    reader.error("\(entry) gives field '\(field.name)', which \(first) already gives; a field is defined once (leave it out with 'only')", at: request.path)
                    failed = true
                } else {
                    definedBy[field.name] = "the include of '\(request.model)'"
                    fields.append(field)
                }
            }
            includes.append(ObjectModel.Include(model: request.model, fields: projected.map(\.name), isWhole: request.isWhole,
                                                location: reader.location(request.path)))
        }
        for field in object.fields {
            if let first = definedBy[field.name] {
                reader.error("field '\(field.name)' of model '\(name)' is already defined by \(first); a field is defined once (leave it out of the include with 'only' to define it here)",
                             at: reader.keyLocation(field.location.path))
                failed = true
            } else {
                fields.append(field)
            }
        }
        let result = failed ? nil : (fields: fields, includes: includes)
        resolved[name] = .some(result)
        return result
    }

    /// The fields an include gives: `only` those named, without read-only ones when `writable`, and
    /// required exactly when named in `required` (when given).
    private func project(_ fields: [Field], by request: IncludeRequest, entry: String) -> [Field]? {
        var ok = true
        let available = fields.map(\.name)
        func check(_ names: [(name: String, path: JSONPath)]?, among candidates: [String]) {
            for (name, path) in names ?? [] where !candidates.contains(name) {
                let suggestion = closest(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
                reader.error("\(entry): model '\(request.model)' has no field '\(name)'\(suggestion)", at: path)
                ok = false
            }
        }
        check(request.only, among: available)
        var projected = fields
        if let only = request.only { projected = projected.filter { field in only.contains { $0.name == field.name } } }
        if request.writable {
            for (name, path) in request.only ?? [] where fields.first(where: { $0.name == name })?.isReadOnly == true {
                reader.error("\(entry): field '\(name)' of model '\(request.model)' is read-only, and a writable include leaves it out", at: path)
                ok = false
            }
            projected = projected.filter { !$0.isReadOnly }
        }
        if let required = request.required {
            check(required, among: projected.map(\.name))
            for index in projected.indices { projected[index].isRequired = required.contains { $0.name == projected[index].name } }
        }
        return ok ? projected : nil
    }
}
