import APIGenJSON

/// How a union's decoder tells its variants apart, decided once per union from the spec: the
/// validator reports what makes the decision impossible, the translator generates it, the
/// example checker follows it. Decoding never tries one variant after another.
public enum UnionDispatch: Sendable {
    /// Read the discriminator member (a string) and select the variant its value names.
    case discriminator(field: String, values: [(value: String, variant: Int)])
    /// Select by the JSON kind of the value and, among several variants of one kind, by what the value shows:
    /// the rules in order, the first that matches.
    case shape([ShapeRule])

    /// One row of a shape decision: values of `shape` that pass `test` are `variant`.
    public struct ShapeRule: Sendable {
        public var shape: JSONShape
        public var test: Test
        public var variant: Int
    }

    /// What a value of the rule's shape must show beyond its kind.
    public enum Test: Sendable, Equatable {
        /// Nothing: every value of the kind (the only variant of its kind, or the one left when the others are told apart).
        case any
        /// An object with one of these members (those that mark the variant among the object variants).
        case hasMember([String])
        /// One of these values (an enum variant among variants of its kind).
        case isOneOf([EnumValue])
        /// A whole number that `Int` holds (an integer variant beside a number variant).
        case isWholeNumber
    }

    /// The variant a JSON value selects; `nil` when it selects none (an unknown value).
    public func variant(of value: JSONValue) -> Int? {
        switch self {
        case .discriminator(let field, let values):
            guard case .object(let object) = value, case .string(let name)? = object[field] else { return nil }
            return values.first { $0.value == name }?.variant
        case .shape(let rules):
            return rules.first { $0.shape.matches(value) && $0.test.passes(value) }?.variant
        }
    }
}

extension UnionDispatch.Test {
    public func passes(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.any, _): true
        case (.hasMember(let members), .object(let object)): members.contains { object[$0] != nil }
        case (.isOneOf(let values), _): EnumValue(json: value).map(values.contains) ?? false
        case (.isWholeNumber, .number(let number)): number.intValue != nil
        default: false
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
public struct UnionProblem: Error, Sendable {
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
            // A map or any object has no members of its own: beside object models it can only be the default.
            case .object, .map: shape = .object
            case .any, .bytes:
                problem("\(what) is \(variant.schema.category.phrase); a variant is an object or enum model ('ref'), or a string, integer, number, boolean, array, map or object", variant.location)
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
                rules += indices.map { UnionDispatch.ShapeRule(shape: shape, test: .any, variant: $0) }
                continue
            }
            switch shape {
            case .object:
                rules += objectRules(indices, named: name, in: spec, problem: problem)
            case .string, .number:
                rules += scalarRules(indices, shape: shape, named: name, in: spec, problem: problem)
            case .boolean, .array:
                problem("union '\(name)': \(Self.listing(indices)) JSON \(shape.rawValue)s and cannot be told apart; keep one", variants[indices[1]].location)
            }
        }
        return (.shape(rules), problems)
    }

    /// Several object variants, told apart by members. A variant is marked by the members no other object variant
    /// declares (any one of them present selects it; a variant with a required one comes first, as its mark is always
    /// there), else by the members only it requires. One variant may have no mark: it is the default, selected by an
    /// object showing no other variant's mark.
    private func objectRules(_ indices: [Int], named name: String, in spec: Spec,
                             problem: (String, SpecLocation) -> Void) -> [UnionDispatch.ShapeRule] {
        let fields = indices.map { spec.model(named: variants[$0].schema.referencedModel ?? "")?.objectModel?.fields ?? [] }
        var requiredOwn: [UnionDispatch.ShapeRule] = [], optionalOwn: [UnionDispatch.ShapeRule] = [], onlyRequired: [UnionDispatch.ShapeRule] = []
        var unmarked: [Int] = []
        for (position, index) in indices.enumerated() {
            let others = fields.indices.filter { $0 != position }
            let declaredElsewhere = Set(others.flatMap { fields[$0].map(\.name) })
            let requiredElsewhere = Set(others.flatMap { fields[$0].filter(\.isRequired).map(\.name) })
            let own = fields[position].filter { !declaredElsewhere.contains($0.name) }
            if let required = own.first(where: \.isRequired) {
                requiredOwn.append(.init(shape: .object, test: .hasMember([required.name]), variant: index))
            } else if !own.isEmpty {
                optionalOwn.append(.init(shape: .object, test: .hasMember(own.map(\.name)), variant: index))
            } else if let required = fields[position].first(where: { $0.isRequired && !requiredElsewhere.contains($0.name) }) {
                onlyRequired.append(.init(shape: .object, test: .hasMember([required.name]), variant: index))
            } else {
                unmarked.append(index)
            }
        }
        if unmarked.count > 1 {
            let named = unmarked.prefix(3).map { "variant \($0) (\(variants[$0].schema.referencedModel.map { "'\($0)'" } ?? variants[$0].schema.category.phrase))" }
            let listed = named.joined(separator: " and ") + (unmarked.count > 3 ? " and \(unmarked.count - 3) more" : "")
            problem("union '\(name)': \(listed) have no member that no other object variant declares or requires, so they cannot be told apart (one such variant is the default); give the union a 'discriminator'", variants[unmarked[1]].location)
        }
        let fallback = unmarked.first.map { [UnionDispatch.ShapeRule(shape: .object, test: .any, variant: $0)] } ?? []
        return requiredOwn + optionalOwn + onlyRequired + fallback
    }

    /// Several string or number variants: enum variants by their values (which no two may share), then at most one
    /// plain variant of each type; among numbers an integer takes the whole numbers before a number takes the rest.
    private func scalarRules(_ indices: [Int], shape: JSONShape, named name: String, in spec: Spec,
                             problem: (String, SpecLocation) -> Void) -> [UnionDispatch.ShapeRule] {
        var rules: [UnionDispatch.ShapeRule] = []
        var owner: [EnumValue: Int] = [:]
        var integers: [Int] = [], numbers: [Int] = [], strings: [Int] = []
        for index in indices {
            switch variants[index].schema.kind {
            case .reference(let model):
                let values = spec.model(named: model)?.enumModel?.values.map(\.value) ?? []
                for value in values {
                    if let other = owner[value] {
                        problem("union '\(name)': variant \(other) and variant \(index) both allow \(JSONSerializer.string(value.json)), so it cannot tell them apart", variants[index].location)
                    }
                    owner[value] = owner[value] ?? index
                }
                rules.append(.init(shape: shape, test: .isOneOf(values), variant: index))
            case .integer: integers.append(index)
            case .number: numbers.append(index)
            default: strings.append(index)
            }
        }
        for (plain, type) in [(strings, "string"), (integers, "integer"), (numbers, "number")] where plain.count > 1 {
            problem("union '\(name)': \(Self.listing(plain)) plain \(type)s and cannot be told apart; keep one (or make them enum models)", variants[plain[1]].location)
        }
        if let integer = integers.first {
            rules.append(.init(shape: shape, test: numbers.isEmpty ? .any : .isWholeNumber, variant: integer))
        }
        if let plain = (strings.first ?? numbers.first) {
            rules.append(.init(shape: shape, test: .any, variant: plain))
        }
        return rules
    }

    /// "variant 0 and variant 1 are both", "variant 0, variant 1 and variant 2 are all".
    private static func listing(_ indices: [Int]) -> String {
        let names = indices.map { "variant \($0)" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last! + (indices.count == 2 ? " are both" : " are all")
    }

    private func discriminated(by discriminator: Discriminator, named name: String, in spec: Spec,
                               problem: (String, SpecLocation) -> Void) -> UnionDispatch {
        var variantOfModel: [String: Int] = [:]
        // The values a variant's discriminator member can hold: nil for any string.
        var fixedValues: [Int: [String]] = [:]
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
            guard let member = field.discriminatorMember(in: spec) else {
                problem("\(what): the discriminator '\(discriminator.field)' of model '\(modelName)' must be a non-nullable string field (a plain string, a string constant or a string enum)", field.location)
                continue
            }
            fixedValues[index] = member.fixedValues
        }
        var values: [(value: String, variant: Int)] = []
        var mapped: Set<String> = []
        for entry in discriminator.mapping {
            guard let index = variantOfModel[entry.model] else {
                problem("union '\(name)': discriminator value '\(entry.value)' maps to '\(entry.model)', which is not one of its variants", discriminator.location)
                continue
            }
            if let allowed = fixedValues[index], !allowed.contains(entry.value) {
                problem("union '\(name)': discriminator value '\(entry.value)' maps to '\(entry.model)', whose '\(discriminator.field)' is never '\(entry.value)' (it is \(allowed.map { "'\($0)'" }.joined(separator: " or ")))", discriminator.location)
            }
            mapped.insert(entry.model)
            values.append((entry.value, index))
        }
        // A variant no value maps to is selected by the values its member allows (a constant or an enum's values) or,
        // when that is any string, by its model name, as in OpenAPI.
        for (index, variant) in variants.enumerated() {
            guard let model = variant.schema.referencedModel, variantOfModel[model] == index, !mapped.contains(model) else { continue }
            guard let fixed = fixedValues[index] else {
                if values.contains(where: { $0.value == model }) {
                    problem("union '\(name)': variant \(index) ('\(model)') has no discriminator value of its own: '\(model)' selects another variant", variant.location)
                } else {
                    values.append((model, index))
                }
                continue
            }
            for value in fixed {
                if let taken = values.first(where: { $0.value == value }) {
                    problem("union '\(name)': variant \(index) ('\(model)') is selected by its '\(discriminator.field)' value '\(value)', which already selects variant \(taken.variant)", variant.location)
                    continue
                }
                values.append((value, index))
            }
        }
        return .discriminator(field: discriminator.field, values: values)
    }

}

/// What a discriminator member of a variant holds.
public enum DiscriminatorMember: Sendable, Equatable {
    /// A plain string: any value (the mapping, or else the model's name, says which selects the variant).
    case string
    /// A string constant: always this value.
    case constant(String)
    /// A string enum model: one of its values.
    case enumeration(model: String, values: [String])

    /// The values the member can hold; `nil` for any string.
    public var fixedValues: [String]? {
        switch self {
        case .string: nil
        case .constant(let value): [value]
        case .enumeration(_, let values): values
        }
    }
}

extension Field {
    /// What this field holds as a union's discriminator; `nil` when it cannot be one (not a string, or nullable). It may
    /// be optional: a value without it selects no variant (an answer keeps it as `unknown`).
    public func discriminatorMember(in spec: Spec) -> DiscriminatorMember? {
        guard !isNullable else { return nil }
        if case .string(let text)? = schema.constraints.constant { return .constant(text) }
        switch schema.kind {
        case .string: return .string
        case .reference(let name):
            guard let enumeration = spec.model(named: name)?.enumModel, enumeration.rawType == .string else { return nil }
            return .enumeration(model: name, values: enumeration.values.compactMap {
                if case .string(let value) = $0.value { value } else { nil }
            })
        default: return nil
        }
    }
}

extension Schema {
    /// The model a `ref` names; `nil` for built-in types.
    public var referencedModel: String? {
        if case .reference(let name) = kind { name } else { nil }
    }
}
