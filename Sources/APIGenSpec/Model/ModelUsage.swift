/// Where each model travels: in requests (a body or a parameter refers to it, directly or through
/// other models), in answers (a result or an error body), or both. A change to a field means
/// different things on each side: a new required field breaks senders, not readers; a union that
/// answers carry is open (it keeps a value of no known variant), one only requests carry is not.
public struct ModelUsage: Sendable {
    public struct Directions: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let request = Directions(rawValue: 1)
        public static let response = Directions(rawValue: 2)
    }

    private var directions: [String: Directions] = [:]

    public init(_ spec: Spec) {
        var requestRoots: [Schema] = []
        var responseRoots: [Schema] = []
        for operation in spec.operations {
            requestRoots += operation.parameters.map(\.schema)
            if let body = operation.requestBody { requestRoots.append(body) }
            responseRoots += operation.response.answers.compactMap(\.result)
            responseRoots += operation.errors.compactMap(\.body)
        }
        mark(requestRoots, .request, in: spec)
        mark(responseRoots, .response, in: spec)
    }

    public func directions(of model: String) -> Directions { directions[model] ?? [] }

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
                switch spec.model(named: name)?.kind {
                case .object(let object)?: pending += object.fields.map(\.schema) + (object.additionalFields.map { [$0] } ?? [])
                case .union(let union)?: pending += union.variants.map(\.schema)
                case .enumeration?, nil: break
                }
            case .string, .integer, .number, .boolean, .object, .any, .bytes: continue
            }
        }
    }
}
