import APIGenJSON
import APIGenRuntime
import Foundation

/// The small top-level sections: info, module, server, envelope, authentication, decisions.
extension SpecLoader {
    func loadInfo(_ value: JSONValue?) -> Spec.Info? {
        let path = JSONPath.root + "info"
        guard let value, let object = reader.object(value, at: path, allowed: ["title", "version", "description", "sources"],
                                                    required: ["title", "version"], what: "'info'"),
              let title = reader.string(object, "title", at: path), let version = reader.string(object, "version", at: path)
        else { return nil }
        return Spec.Info(title: title, version: version, description: reader.string(object, "description", at: path),
                         sources: reader.stringArray(object, "sources", at: path) ?? [])
    }

    func loadModuleSettings(_ value: JSONValue?) -> Spec.ModuleSettings? {
        let path = JSONPath.root + "module"
        guard let value, let object = reader.object(value, at: path, allowed: ["name", "version", "client", "protocol", "commandLineTool", "commandLineModule"],
                                                    required: ["name", "version", "client", "protocol"], what: "'module'"),
              let name = reader.name(object, "name", at: path), let version = reader.string(object, "version", at: path),
              let client = reader.name(object, "client", at: path), let clientProtocol = reader.name(object, "protocol", at: path)
        else { return nil }
        return Spec.ModuleSettings(name: name, version: version, client: client, clientProtocol: clientProtocol,
                                   commandLineTool: reader.name(object, "commandLineTool", at: path),
                                   commandLineModule: moduleName(object, "commandLineModule", at: path, differingFrom: name))
    }

    /// A module name other than the client's own (a module cannot import itself).
    private func moduleName(_ object: JSONObject, _ key: String, at path: JSONPath, differingFrom clientModule: String) -> String? {
        guard let name = reader.name(object, key, at: path) else { return nil }
        if name == clientModule {
            reader.error("'\(key)' must name another module than 'name' ('\(name)'); leave it out to keep the catalog in the client module", at: path + key)
        }
        return name
    }

    /// The server section; its `requestIDHeader` goes to the envelope, where the runtime reads it.
    func loadServer(_ value: JSONValue?) -> (settings: Spec.Server, requestIDHeader: String?)? {
        let path = JSONPath.root + "server"
        guard let value, let object = reader.object(value, at: path, allowed: ["baseURL", "baseURLEnvironment", "requestIDHeader"], required: ["baseURL"], what: "'server'"),
              let baseURL = reader.string(object, "baseURL", at: path)
        else { return nil }
        // The generated client writes `URL(string: baseURL)!`: a text Foundation cannot parse (or
        // without a host) would crash every client at its first call, so it is refused here.
        if !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) || baseURL.contains(" ")
            || (URL(string: baseURL)?.host ?? "").isEmpty {
            reader.error("'baseURL' must be an absolute http or https URL, found '\(baseURL)'", at: path + "baseURL")
        }
        let requestIDHeader = reader.string(object, "requestIDHeader", at: path)
        return (Spec.Server(baseURL: baseURL, baseURLEnvironment: reader.string(object, "baseURLEnvironment", at: path), requestIDHeader: requestIDHeader),
                requestIDHeader)
    }

    /// The envelope section, with the server's `requestIDHeader` (where the spec format keeps it:
    /// it is a header, not a member of the body), as the runtime reads answers.
    func loadEnvelope(_ value: JSONValue?, requestIDHeader: String?) -> EnvelopeFormat? {
        let path = JSONPath.root + "envelope"
        let keys = ["resultField", "successField", "pageInfoField", "errorsField", "errorCodeField", "errorMessageField", "errorPathField"]
        guard let value, let object = reader.object(value, at: path, allowed: keys,
                                                    required: ["resultField", "errorsField", "errorCodeField", "errorMessageField"], what: "'envelope'"),
              let result = reader.string(object, "resultField", at: path), let errors = reader.string(object, "errorsField", at: path),
              let code = reader.string(object, "errorCodeField", at: path), let message = reader.string(object, "errorMessageField", at: path)
        else { return nil }
        // An empty member name would make every answer "missing" its result; an API without an
        // envelope says so another way, which the message names.
        for (key, name) in [("resultField", result), ("errorsField", errors), ("errorCodeField", code), ("errorMessageField", message)] where name.isEmpty {
            reader.error("'\(key)' must name a member of the envelope; it is empty"
                         + (key == "resultField" ? " (for answers whose whole body is the result, leave 'envelope' out or set it to null; for one operation, set its \"envelope\": false)" : ""),
                         at: path + key)
        }
        return EnvelopeFormat(resultField: result, successField: reader.string(object, "successField", at: path),
                              pageInfoField: reader.string(object, "pageInfoField", at: path), errorsField: errors,
                              errorCodeField: code, errorMessageField: message, errorPathField: reader.string(object, "errorPathField", at: path),
                              requestIDHeader: requestIDHeader)
    }

    func loadAuthScheme(name: String, _ value: JSONValue, at path: JSONPath) -> AuthScheme? {
        guard let object = reader.object(value, at: path, allowed: ["kind", "description", "credentials"],
                                         required: ["kind", "credentials"], what: "authentication scheme '\(name)'"),
              let kind = reader.choice(object, "kind", at: path, as: AuthScheme.Kind.self),
              let credentialsValue = object["credentials"]
        else { return nil }
        guard case .object(let credentialObjects) = credentialsValue else {
            reader.error("'credentials' must be an object mapping names to credentials, found \(credentialsValue.kind)", at: path + "credentials")
            return nil
        }
        var credentials: [AuthScheme.Credential] = []
        for member in credentialObjects {
            let memberPath = path + "credentials" + member.key
            guard let credential = reader.object(member.value, at: memberPath, allowed: ["header", "environment", "description"],
                                                 what: "credential '\(member.key)'")
            else { continue }
            credentials.append(AuthScheme.Credential(
                name: member.key, header: reader.string(credential, "header", at: memberPath),
                environment: reader.string(credential, "environment", at: memberPath),
                description: reader.string(credential, "description", at: memberPath)
            ))
        }
        return AuthScheme(name: name, kind: kind, description: reader.string(object, "description", at: path),
                          credentials: credentials, location: reader.location(path))
    }

    func loadDecisions(_ value: JSONValue?) -> [Spec.Decision] {
        let path = JSONPath.root + "decisions"
        guard let value else { return [] }
        guard case .array(let entries) = value else {
            reader.error("'decisions' must be an array, found \(value.kind)", at: path)
            return []
        }
        return entries.enumerated().compactMap { index, entry in
            let entryPath = path.appending(index: index)
            guard let object = reader.object(entry, at: entryPath, allowed: ["topic", "pages", "publishedSchema", "decision"],
                                             required: ["topic", "decision"], what: "a decision"),
                  let topic = reader.string(object, "topic", at: entryPath), let decision = reader.string(object, "decision", at: entryPath)
            else { return nil }
            return Spec.Decision(topic: topic, pages: reader.string(object, "pages", at: entryPath) ?? "",
                                 publishedSchema: reader.string(object, "publishedSchema", at: entryPath) ?? "", decision: decision)
        }
    }
}
