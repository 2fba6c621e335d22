import APIGenJSON
import APIGenSpec

/// Unions the spec format cannot decide without trying (two alternatives of one JSON kind, object alternatives without a
/// required member of their own and no discriminator, a union among the alternatives) stay what they were before unions
/// were imported: any JSON value, with a warning. The decision is the generator's own (``UnionDispatch``), made on the
/// loaded spec, so import and lint never disagree.
extension OpenAPIImporter {
    /// Rewrites `spec` without the unions of `loaded` that cannot be decided; `false` when there are none. Where such a
    /// union is a request body the operation is skipped, where it is an error body that answer is read as the envelope's errors.
    func replaceUndecidableUnions(in spec: inout JSONObject, loaded: Spec, imported: inout [JSONPath], skipped: inout [JSONPath]) -> Bool {
        var names: Set<String> = []
        for model in loaded.models {
            guard let union = model.unionModel, let problem = union.dispatch(named: model.name, in: loaded).problems.first else { continue }
            warn("union", unionPaths[model.name] ?? .root, "a union whose alternatives cannot be told apart (\(problem.message)); written as any JSON value")
            names.insert(model.name)
        }
        return replaceUnions(named: names, in: &spec, imported: &imported, skipped: &skipped)
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
