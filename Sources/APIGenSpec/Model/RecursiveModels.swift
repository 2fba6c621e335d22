/// Where models hold themselves by value, and so where the generated Swift needs indirect storage.
///
/// A struct (or an enum's case) holds its fields inline, so a model that holds itself by value, directly or through
/// other models (`Comment.parent`, a union whose variant holds the union), would have no finite size. Arrays and maps
/// hold their elements out of line, so they close no cycle. Each cycle is broken at the field or union variant that
/// closes it in a depth-first walk of the models in spec order: that field is stored in a box (`@Indirect`), that
/// variant is an `indirect case`. Every cycle has such an edge, and only those edges are boxed, so models outside cycles
/// keep plain storage.
public struct RecursiveModels: Sendable {
    /// An edge of the graph: the `member`-th field (of an object model) or variant (of a union model) of `model`.
    public struct Edge: Sendable, Hashable {
        public var model: String
        public var member: Int
    }

    /// The edges that close a cycle, in the order the walk found them.
    public private(set) var closingEdges: [Edge] = []
    private var closing: Set<Edge> = []

    public init(spec: Spec) {
        var edges: [String: [(member: Int, target: String)]] = [:]
        for model in spec.models {
            edges[model.name] = Self.heldByValue(model, in: spec)
        }
        // Depth-first without recursion (a chain of any length costs its size): false while on the current path, true when done.
        var state: [String: Bool] = [:]
        for model in spec.models where state[model.name] == nil {
            var stack: [(model: String, next: Int)] = [(model.name, 0)]
            state[model.name] = false
            while let top = stack.last {
                let held = edges[top.model] ?? []
                guard top.next < held.count else {
                    state[top.model] = true
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = held[top.next]
                switch state[edge.target] {
                case nil:
                    state[edge.target] = false
                    stack.append((edge.target, 0))
                case false?:
                    closingEdges.append(Edge(model: top.model, member: edge.member))
                case true?:
                    break
                }
            }
        }
        closing = Set(closingEdges)
    }

    /// Whether the `index`-th field of object model `model` (stored indirectly), or variant of union model `model`
    /// (an `indirect case`), closes a cycle.
    public func closesCycle(_ index: Int, of model: String) -> Bool { closing.contains(Edge(model: model, member: index)) }

    /// The object and union models `model` holds inline: its fields' (or variants') references, by position.
    private static func heldByValue(_ model: Model, in spec: Spec) -> [(member: Int, target: String)] {
        let schemas: [Schema] = switch model.kind {
        case .object(let object): object.fields.map(\.schema)
        case .union(let union): union.variants.map(\.schema)
        case .enumeration: []
        }
        return schemas.enumerated().compactMap { index, schema in
            guard case .reference(let name) = schema.kind, let target = spec.model(named: name), target.enumModel == nil else { return nil }
            return (index, name)
        }
    }
}
