import APIGenJSON

/// How a union's decoder tells its variants apart, decided once per union from the spec: the
/// validator reports what makes the decision impossible, the translator generates it, the
/// example checker follows it. Decoding never tries one variant after another.
public enum UnionDispatch: Sendable {
    /// Read the discriminator member (a string) and select the variant its value names.
    case discriminator(field: String, values: [(value: String, variant: Int)])
    /// Select by the JSON kind of the value and, among several object variants, by a member only
    /// one of them has (and requires).
    case shape([ShapeRule])

    /// One row of a shape decision: values of `shape` (with `member`, when set) are `variant`.
    public struct ShapeRule: Sendable {
        public var shape: JSONShape
        public var member: String?
        public var variant: Int
    }

    /// The variant a JSON value selects; `nil` when it selects none (an unknown value).
    public func variant(of value: JSONValue) -> Int? {
        switch self {
        case .discriminator(let field, let values):
            guard case .object(let object) = value, case .string(let name)? = object[field] else { return nil }
            return values.first { $0.value == name }?.variant
        case .shape(let rules):
            return rules.first { rule in
                guard rule.shape.matches(value) else { return false }
                guard let member = rule.member else { return true }
                if case .object(let object) = value { return object[member] != nil } else { return false }
            }?.variant
        }
    }
}

/// The kinds of JSON value a union tells apart (integers and numbers are both numbers).
public enum JSONShape: String, Sendable, CaseIterable {
    case string, number, boolean, array, object

    public func matches(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.string, .string), (.number, .number), (.boolean, .bool), (.array, .array), (.object, .object): true
        default: false
        }
    }
}

/// Something that keeps a union from being decided, and where.
public struct UnionProblem: Sendable {
    public var message: String
    public var location: SpecLocation
}

extension UnionModel {
    /// The decision table and, when it cannot be made, why. Variants that are not a known model
    /// or scalar, or unknown references, are left out of the table (and reported).
    public func dispatch(named name: String, in spec: Spec) -> (dispatch: UnionDispatch, problems: [UnionProblem]) {
        var problems: [UnionProblem] = []
        func problem(_ message: String, _ location: SpecLocation) { problems.append(UnionProblem(message: message, location: location)) }

        var seenModels: Set<String> = []
        var shapes: [JSONShape?] = []
        for (index, variant) in variants.enumerated() {
            let what = "variant \(index) of union '\(name)'"
            let shape: JSONShape?
            switch variant.schema.kind {
            case .string: shape = .string
            case .integer, .number: shape = .number
            case .boolean: shape = .boolean
            case .array: shape = .array
            case .object, .map, .any:
                problem("\(what) is \(variant.schema.category.phrase); a variant is an object or enum model ('ref'), or a string, integer, number, boolean or array", variant.location)
                shape = nil
            case .reference(let model):
                guard seenModels.insert(model).inserted else {
                    problem("\(what): model '\(model)' is already a variant", variant.location)
                    shapes.append(nil)
                    continue
                }
                switch spec.model(named: model)?.kind {
                case .object?: shape = .object
                case .enumeration(let enumeration)?: shape = enumeration.rawType == .integer ? .number : .string
                case .union?:
                    problem("\(what) is the union '\(model)'; list its variants instead", variant.location)
                    shape = nil
                case nil: shape = nil  // reported as an undefined reference
                }
            }
            shapes.append(shape)
        }

        if let discriminator {
            return (discriminated(by: discriminator, named: name, in: spec, problem: problem), problems)
        }
        var rules: [UnionDispatch.ShapeRule] = []
        for shape in JSONShape.allCases {
            let indices = shapes.indices.filter { shapes[$0] == shape }
            guard indices.count > 1 else {
                rules += indices.map { UnionDispatch.ShapeRule(shape: shape, member: nil, variant: $0) }
                continue
            }
            guard shape == .object else {
                let listed = indices.map { "variant \($0)" }.joined(separator: " and ")
                problem("union '\(name)': \(listed) are both JSON \(shape.rawValue)s and cannot be told apart; keep one", variants[indices[1]].location)
                continue
            }
            // Several object variants: each needs a required member no other one has.
            let fields = indices.map { spec.model(named: variants[$0].schema.referencedModel ?? "")?.objectModel?.fields ?? [] }
            for (position, index) in indices.enumerated() {
                let others = Set(fields.indices.filter { $0 != position }.flatMap { fields[$0].map(\.name) })
                if let member = fields[position].first(where: { $0.isRequired && !others.contains($0.name) }) {
                    rules.append(UnionDispatch.ShapeRule(shape: .object, member: member.name, variant: index))
                } else {
                    problem("union '\(name)': variant \(index) ('\(variants[index].schema.referencedModel ?? "")') has no required field that the other object variants lack, so it cannot be told apart from them; give the union a 'discriminator'", variants[index].location)
                }
            }
        }
        return (.shape(rules), problems)
    }

    private func discriminated(by discriminator: Discriminator, named name: String, in spec: Spec,
                               problem: (String, SpecLocation) -> Void) -> UnionDispatch {
        var variantOfModel: [String: Int] = [:]
        for (index, variant) in variants.enumerated() {
            let what = "variant \(index) of union '\(name)'"
            guard let modelName = variant.schema.referencedModel, let model = spec.model(named: modelName) else {
                if variant.schema.referencedModel == nil {
                    problem("\(what) is \(variant.schema.category.phrase); with a discriminator every variant is an object model", variant.location)
                }
                continue
            }
            guard let object = model.objectModel else {
                if model.unionModel == nil { problem("\(what): with a discriminator every variant is an object model; '\(modelName)' is an enum", variant.location) }
                continue
            }
            variantOfModel[modelName] = variantOfModel[modelName] ?? index
            guard let field = object.fields.first(where: { $0.name == discriminator.field }) else {
                problem("\(what): model '\(modelName)' has no field '\(discriminator.field)', the discriminator", variant.location)
                continue
            }
            if !field.schema.isString || !field.isRequired || field.isNullable {
                problem("\(what): the discriminator '\(discriminator.field)' of model '\(modelName)' must be a required, non-nullable string field", field.location)
            }
        }
        var values: [(value: String, variant: Int)] = []
        var mapped: Set<String> = []
        for entry in discriminator.mapping {
            guard let index = variantOfModel[entry.model] else {
                problem("union '\(name)': discriminator value '\(entry.value)' maps to '\(entry.model)', which is not one of its variants", discriminator.location)
                continue
            }
            mapped.insert(entry.model)
            values.append((entry.value, index))
        }
        // A variant no value maps to is selected by its model name, as in OpenAPI.
        for (index, variant) in variants.enumerated() {
            guard let model = variant.schema.referencedModel, variantOfModel[model] == index, !mapped.contains(model) else { continue }
            if values.contains(where: { $0.value == model }) {
                problem("union '\(name)': variant \(index) ('\(model)') has no discriminator value of its own: '\(model)' selects another variant", variant.location)
                continue
            }
            values.append((model, index))
        }
        return .discriminator(field: discriminator.field, values: values)
    }
}

extension Schema {
    /// The model a `ref` names; `nil` for built-in types.
    public var referencedModel: String? {
        if case .reference(let name) = kind { name } else { nil }
    }
}
