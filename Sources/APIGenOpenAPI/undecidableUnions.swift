import APIGenJSON
import APIGenSpec

/// Unions the spec format cannot decide without trying (two alternatives of one JSON kind, object alternatives without a
/// required member of their own and no discriminator, a union among the alternatives) stay what they were before unions
/// were imported: any JSON value, with a warning. The decision is the generator's own (``UnionDispatch``), made on the
/// loaded spec, so import and lint never disagree.
extension OpenAPIImporter {
    /// Rewrites `spec` without the unions of `loaded` that cannot be decided; `false` when there are none. Where such a
    /// union is a request body the operation is skipped, where it is an error body that answer is read as the envelope's errors.
    ///
    /// Before giving a union up, two rewrites that state it exactly are tried: a variant that is itself a union is
    /// replaced by its variants (OpenAPI nests `oneOf` freely), and object variants whose members of one name hold
    /// fixed values no two share (a `type` constant or one-value enum in each) get that member as their discriminator.
    /// The second applies to every union without one: the values say which variant a value is better than its members
    /// do (a value of a type added later is then unknown, not the default variant).
    func replaceUndecidableUnions(in spec: inout JSONObject, loaded: Spec, imported: inout [JSONPath], skipped: inout [JSONPath]) -> Bool {
        var names: Set<String> = []
        var models = spec["models"]?.objectValue ?? [:]
        var rewritten = false
        for model in loaded.models {
            guard let union = model.unionModel,
                  !union.dispatch(named: model.name, in: loaded).problems.isEmpty
                    || union.discriminator == nil && Self.inferredDiscriminator(of: union, in: loaded) != nil
            else { continue }
            switch decidableRewrite(of: union, named: model.name, in: loaded, models: models) {
            case .success(let rewrite):
                models[model.name] = .object(rewrite)
                rewritten = true
            case .failure(let problem):
                warn("union", unionPaths[model.name] ?? .root, "a union whose alternatives cannot be told apart (\(problem.message)); written as any JSON value")
                names.insert(model.name)
            }
        }
        if rewritten { spec["models"] = .object(models) }
        return replaceUnions(named: names, in: &spec, imported: &imported, skipped: &skipped) || rewritten
    }

    /// The union's model (JSON) with nested unions' variants in place of them and, when it still cannot be decided, a
    /// discriminator inferred from the variants' fixed values; the problem that remains when neither decides it.
    private func decidableRewrite(of union: UnionModel, named name: String, in loaded: Spec, models: JSONObject) -> Result<JSONObject, UnionProblem> {
        var candidate = union
        guard case .object(var model)? = models[name], var variants = model["variants"]?.arrayValue, variants.count == union.variants.count else {
            return .failure(union.dispatch(named: name, in: loaded).problems[0])
        }
        var index = 0, splices = 0
        while index < candidate.variants.count, splices < 100 {
            guard let nestedName = candidate.variants[index].schema.referencedModel, nestedName != name,
                  let nested = loaded.model(named: nestedName)?.unionModel,
                  let nestedVariants = models[nestedName]?["variants"]?.arrayValue, nestedVariants.count == nested.variants.count
            else {
                index += 1
                continue
            }
            candidate.variants.replaceSubrange(index...index, with: nested.variants)
            variants.replaceSubrange(index...index, with: nestedVariants)
            splices += 1
        }
        // A model met twice (through two nested unions) is one variant.
        var seen: Set<String> = []
        let kept = candidate.variants.indices.filter { candidate.variants[$0].schema.referencedModel.map { seen.insert($0).inserted } ?? true }
        candidate.variants = kept.map { candidate.variants[$0] }
        variants = kept.map { variants[$0] }
        if candidate.discriminator == nil, let field = Self.inferredDiscriminator(of: candidate, in: loaded) {
            candidate.discriminator = UnionModel.Discriminator(field: field, mapping: [], location: union.variants[0].location)
            model["discriminator"] = ["field": .string(field)]
        }
        if let problem = candidate.dispatch(named: name, in: loaded).problems.first { return .failure(problem) }
        model["variants"] = .array(variants)
        return .success(model)
    }

    /// A member every variant (an object model) has whose values are fixed (a string constant or a string enum) and
    /// shared by no two variants, the first in the first variant's order; nil when there is none.
    private static func inferredDiscriminator(of union: UnionModel, in loaded: Spec) -> String? {
        let objects = union.variants.compactMap { $0.schema.referencedModel.flatMap { loaded.model(named: $0)?.objectModel } }
        guard objects.count == union.variants.count, let first = objects.first else { return nil }
        return first.fields.first { candidate in
            var seen: Set<String> = []
            for object in objects {
                guard let values = object.fields.first(where: { $0.name == candidate.name })?.discriminatorMember(in: loaded)?.fixedValues,
                      values.allSatisfy({ seen.insert($0).inserted })
                else { return false }
            }
            return true
        }?.name
    }

    /// Before the spec is loaded: unions none of whose alternatives could be a variant (maps, free-form objects) are any JSON
    /// value too, or the spec would not load. `false` when there are none.
    func replaceUnionsWithoutVariants(in spec: inout JSONObject, imported: inout [JSONPath], skipped: inout [JSONPath]) -> Bool {
        let names = Set((spec["models"]?.objectValue ?? [:]).compactMap { member -> String? in
            guard member.value["kind"] == "union", member.value["variants"]?.arrayValue?.isEmpty ?? true else { return nil }
            warn("union", unionPaths[member.key] ?? .root, "a union none of whose alternatives can be a variant; written as any JSON value")
            return member.key
        })
        return replaceUnions(named: names, in: &spec, imported: &imported, skipped: &skipped)
    }

    /// Rewrites `spec` with the unions `names` as any JSON value; `false` when `names` is empty.
    private func replaceUnions(named names: Set<String>, in spec: inout JSONObject, imported: inout [JSONPath], skipped: inout [JSONPath]) -> Bool {
        guard !names.isEmpty else { return false }
        let models = spec["models"]?.objectValue ?? [:]
        spec["models"] = .object(JSONObject(models.filter { !names.contains($0.key) }.map { ($0.key, Self.anyValue(for: names, in: $0.value)) }))
        var operations = JSONObject()
        var kept: [JSONPath] = []
        for (member, pointer) in zip(spec["operations"]?.objectValue ?? [:], imported) {
            guard case .object(var operation) = member.value else { continue }
            if let body = operation["requestBody"]?["ref"]?.stringValue, names.contains(body) {
                warn("non-object body", pointer + "requestBody", "the request body is a union that cannot be decided; the operation is skipped")
                skipped.append(pointer)
                continue
            }
            if let errors = operation["errors"]?.arrayValue {
                let decidable = errors.filter { !names.contains($0["body"]?["ref"]?.stringValue ?? "") }
                if decidable.count < errors.count {
                    warn("error body", pointer + "responses", "an error answer's body is a union that cannot be decided; read as the envelope's errors")
                }
                operation["errors"] = decidable.isEmpty ? nil : .array(decidable)
            }
            operations[member.key] = Self.anyValue(for: names, in: .object(operation))
            kept.append(pointer)
        }
        spec["operations"] = .object(operations)
        imported = kept
        return true
    }

    /// `value` with every type that refers to one of `names` made `{"type": "any"}` (its other keys kept); examples,
    /// defaults and their values are JSON, not types, and are left alone.
    private static func anyValue(for names: Set<String>, in value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            var result = JSONObject()
            for member in object {
                if member.key == "ref", let name = member.value.stringValue, names.contains(name) {
                    result["type"] = "any"
                } else if ["default", "example", "examples"].contains(member.key) {
                    result[member.key] = member.value
                } else {
                    result[member.key] = anyValue(for: names, in: member.value)
                }
            }
            return .object(result)
        case .array(let elements):
            return .array(elements.map { anyValue(for: names, in: $0) })
        default:
            return value
        }
    }
}
