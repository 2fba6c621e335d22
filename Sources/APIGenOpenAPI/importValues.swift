import APIGenJSON
import APIGenSpec

/// `default` and `example` values. The importer writes every one it finds and lets the spec's own check
/// (``SpecValidator/refusedValues(in:)``, the one lint uses) judge them once the spec is whole, because only
/// then are the models they refer to known; the values it refuses are left out, each with a warning at its
/// place in the OpenAPI document. One checker decides what fits, so import and lint never disagree.
extension OpenAPIImporter {
    /// The member of an imported type that remembers where its `default` or `example` came from, until
    /// ``takeValueSources(from:)`` removes it (a control character, so no spec key can be one).
    static func valueSourceKey(_ label: String) -> String { "\u{1}" + label }

    /// Adds `default` and `example` of `raw` to `type`, remembering their place in the document.
    func addValues(of raw: JSONValue, at path: JSONPath, to type: inout JSONObject) {
        for key in ["default", "example"] {
            guard let value = annotation(key, of: raw, at: path) ?? (key == "example" ? annotation("examples", of: raw, at: path)?[0] : nil) else { continue }
            // `default: null` on a field that is not nullable says "no default": nothing is lost.
            if key == "default", value.isNull, type["nullable"] != true { continue }
            type[key] = value
            type[Self.valueSourceKey(key)] = .number(JSONNumber(valueSources.count))
            valueSources.append(path + key)
        }
    }

    /// Removes the remembered places from `spec`, returning them by the path of the value in the spec.
    func takeValueSources(from spec: inout JSONObject) -> [JSONPath: JSONPath] {
        var found: [JSONPath: JSONPath] = [:]
        func take(_ value: inout JSONValue, at path: JSONPath) {
            switch value {
            case .object(var object):
                var values: Set<String> = []
                for label in ["default", "example"] {
                    if let index = object[Self.valueSourceKey(label)]?.numberValue?.intValue {
                        found[path + label] = valueSources[index]
                        object[Self.valueSourceKey(label)] = nil
                        values.insert(label)
                    }
                }
                for key in object.keys where !values.contains(key) {
                    guard var member = object[key] else { continue }
                    take(&member, at: path + key)
                    object[key] = member
                }
                value = .object(object)
            case .array(var elements):
                for index in elements.indices { take(&elements[index], at: path.appending(index: index)) }
                value = .array(elements)
            default:
                break
            }
        }
        var whole = JSONValue.object(spec)
        take(&whole, at: .root)
        spec = whole.objectValue ?? spec
        return found
    }

    /// Leaves out of `spec` the values lint refuses in `loaded`, with a warning at each one's source;
    /// `false` when there are none.
    func leaveOutRefusedValues(in spec: inout JSONObject, loaded: Spec, sources: [JSONPath: JSONPath]) -> Bool {
        let refused = SpecValidator.refusedValues(in: loaded)
        guard !refused.isEmpty else { return false }
        var whole = JSONValue.object(spec)
        for value in refused {
            Self.remove(value.path.components[...], from: &whole)
            let shown = JSONSerializer.string(value.value).prefix(60)
            warn("invalid \(value.label) in source", sources[value.path] ?? value.path,
                 "the \(value.label) \(shown) does not fit its own schema (\(value.problems.joined(separator: "; "))); left out")
        }
        spec = whole.objectValue ?? spec
        return true
    }

    private static func remove(_ path: ArraySlice<JSONPath.Component>, from value: inout JSONValue) {
        guard let first = path.first else { return }
        switch (first, value) {
        case (.key(let key), .object(var object)):
            if path.count == 1 {
                object[key] = nil
            } else if var member = object[key] {
                remove(path.dropFirst(), from: &member)
                object[key] = member
            }
            value = .object(object)
        case (.index(let index), .array(var elements)) where elements.indices.contains(index):
            remove(path.dropFirst(), from: &elements[index])
            value = .array(elements)
        default:
            break
        }
    }
}
