import APIGenSpec

/// Where each model travels: in requests (a body or a parameter refers to it, directly or through
/// other models), in answers (a result or an error body), or both. A change to a field means
/// different things on each side: a new required field breaks senders, not readers.
struct ModelUsage {
    struct Directions: OptionSet {
        let rawValue: Int
        static let request = Directions(rawValue: 1)
        static let response = Directions(rawValue: 2)
    }

    private var directions: [String: Directions] = [:]

    init(_ spec: Spec) {
        var requestRoots: [Schema] = []
        var responseRoots: [Schema] = []
        for operation in spec.operations {
            requestRoots += operation.parameters.map(\.schema)
            if let body = operation.requestBody { requestRoots.append(body) }
            if let result = operation.response.result { responseRoots.append(result) }
            responseRoots += operation.errors.map(\.body)
        }
        mark(requestRoots, .request, in: spec)
        mark(responseRoots, .response, in: spec)
    }

    func directions(of model: String) -> Directions { directions[model] ?? [] }

    /// Marks every model reachable from `roots`, each once (a worklist, not recursion: reference
    /// chains can be as long as the spec).
    private mutating func mark(_ roots: [Schema], _ direction: Directions, in spec: Spec) {
        var pending = roots
        while let schema = pending.popLast() {
            switch schema.kind {
            case .array(let items), .map(values: let items): pending.append(items)
            case .reference(let name):
                guard !directions[name, default: []].contains(direction) else { continue }
                directions[name, default: []].insert(direction)
                if let object = spec.model(named: name)?.objectModel { pending += object.fields.map(\.schema) }
            case .string, .integer, .number, .boolean, .object, .any: continue
            }
        }
    }
}
