import APIGenJSON
import APIGenSpec

/// Security requirements → the spec's authentication schemes: a bearer scheme alone, or apiKey headers
/// required together (`{api_email, api_key}` → one `headers` scheme with credentials `email` and `key`).
extension OpenAPIImporter {
    /// The scheme names an operation accepts, registering new schemes in `schemes`.
    func importSecurity(_ operation: JSONObject, at path: JSONPath, schemes: inout JSONObject, keys: inout [String: String]) -> [String] {
        let requirements: JSONValue
        let requirementsPath: JSONPath
        if let own = operation["security"] {
            (requirements, requirementsPath) = (own, path + "security")
        } else if let inherited = document.root["security"] {
            (requirements, requirementsPath) = (inherited, JSONPath.root + "security")
        } else {
            return []
        }
        var names: [String] = []
        for (index, requirement) in (requirements.arrayValue ?? []).enumerated() {
            let schemeKeys = requirement.objectValue?.keys ?? []
            guard !schemeKeys.isEmpty else { continue }
            let identity = schemeKeys.sorted().joined(separator: " ")
            if let known = keys[identity] {
                if !names.contains(known) { names.append(known) }
                continue
            }
            guard let (name, scheme) = importScheme(schemeKeys, at: requirementsPath.appending(index: index)) else { continue }
            let unique = Naming.unique(name) { schemes[$0] != nil }
            schemes[unique] = .object(scheme)
            keys[identity] = unique
            names.append(unique)
        }
        return names
    }

    private func importScheme(_ schemeKeys: [String], at path: JSONPath) -> (String, JSONObject)? {
        let definitions = document.root["components"]?["securitySchemes"]
        var resolved: [(key: String, scheme: JSONObject)] = []
        for key in schemeKeys {
            guard let raw = definitions?[key], case .value(.object(let scheme), _) = document.resolve(raw, at: JSONPath.root + "components" + "securitySchemes" + key) else {
                warn("authentication", path, "the security scheme '\(key)' is not defined; this alternative is left out")
                return nil
            }
            resolved.append((key, scheme))
        }
        let first = resolved[0].scheme
        let grouped = first["x-apigen-scheme"]?.stringValue
        if resolved.count == 1, first["type"]?.stringValue == "http", first["scheme"]?.stringValue?.lowercased() == "bearer" {
            var credential: JSONObject = [:]
            var credentialName = "token"
            if let carried = first["x-apigen-credential"]?.objectValue {
                credentialName = carried["name"]?.stringValue ?? credentialName
                for member in carried where member.key != "name" { credential[member.key] = member.value }
            }
            var scheme: JSONObject = ["kind": "bearer"]
            if let description = first["description"]?.stringValue { scheme["description"] = .string(description) }
            scheme["credentials"] = .object([credentialName: .object(credential)])
            return (grouped ?? SwiftNaming.memberName(resolved[0].key), scheme)
        }
        guard resolved.allSatisfy({ $0.scheme["type"]?.stringValue == "apiKey" && $0.scheme["in"]?.stringValue == "header" }) else {
            let kinds = resolved.map { "\($0.key) (\($0.scheme["type"]?.stringValue ?? "?") \($0.scheme["in"]?.stringValue ?? $0.scheme["scheme"]?.stringValue ?? ""))" }
            warn("authentication", path, "the security alternative \(kinds.joined(separator: " + ")) is neither a bearer token nor API key headers; left out")
            return nil
        }
        let words = resolved.map { Naming.words($0.key) }
        let common = resolved.count > 1 ? Naming.commonLeadingWords(words) : 0
        var credentials = JSONObject()
        for (index, entry) in resolved.enumerated() {
            var credential: JSONObject = ["header": .string(entry.scheme["name"]?.stringValue ?? entry.key)]
            var name = SwiftNaming.memberName(words[index].dropFirst(common).joined(separator: "-"))
            if let carried = entry.scheme["x-apigen-credential"]?.objectValue {
                name = carried["name"]?.stringValue ?? name
                for member in carried where member.key != "name" { credential[member.key] = member.value }
            }
            credentials[name] = .object(credential)
        }
        var scheme: JSONObject = ["kind": "headers"]
        if let description = (resolved.last?.scheme ?? first)["description"]?.stringValue { scheme["description"] = .string(description) }
        if grouped != nil, let description = first["description"]?.stringValue { scheme["description"] = .string(description) }
        scheme["credentials"] = .object(credentials)
        return (grouped ?? SwiftNaming.memberName(resolved.last!.key), scheme)
    }
}
