import APIGenSpec

/// The models that have something to validate, themselves or in the models they hold.
///
/// Computed once for the whole spec: the models with a constraint of their own (and enums, whose
/// requests refuse unknown values) are marked, then the mark spreads backwards along references,
/// each model visited once. Linear in the size of the spec, and no recursion whose depth the spec
/// decides: a chain of thousands of models that each hold the next is as cheap as a flat one.
struct ValidatedModels: Sendable {
    private let names: Set<String>

    init(spec: Spec) {
        var marked: Set<String> = []
        var pending: [String] = []
        var holders: [String: [String]] = [:]  // model → the models with a field of its type
        for model in spec.models {
            switch model.kind {
            case .enumeration, .union:
                // Requests refuse unknown enum values and unknown union values; a union checks the value it carries.
                if marked.insert(model.name).inserted { pending.append(model.name) }
            case .object(let object):
                var constrained = false
                for schema in object.fields.filter({ !$0.isConstant }).map(\.schema) + (object.additionalFields.map { [$0] } ?? []) {
                    var next: Schema? = schema
                    while let schema = next {
                        if !schema.constraints.isEmpty { constrained = true }
                        switch schema.kind {
                        case .string(let format?) where format.checksString: constrained = true
                        case .reference(let name): holders[name, default: []].append(model.name)
                        default: break
                        }
                        next = schema.element
                    }
                }
                if !object.requiredAlternatives.isEmpty { constrained = true }
                if constrained, marked.insert(model.name).inserted { pending.append(model.name) }
            }
        }
        while let name = pending.popLast() {
            for holder in holders[name] ?? [] where marked.insert(holder).inserted { pending.append(holder) }
        }
        names = marked
    }

    func contains(_ model: String) -> Bool { names.contains(model) }
}
