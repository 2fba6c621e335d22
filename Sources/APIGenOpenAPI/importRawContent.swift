import APIGenJSON
import APIGenRuntime

/// Bodies and answers that are not JSON (a file's bytes, a zone file's text): the spec's `contentType`.
extension OpenAPIImporter {
    /// The media type of an operation's request body when it is raw content (neither JSON nor a form); nil otherwise,
    /// and when the body cannot be resolved (the JSON import reports that).
    func rawRequestContentType(_ operation: JSONObject, at pointer: JSONPath) -> String? {
        guard let raw = operation["requestBody"], case .value(let body, let bodyPath) = document.resolve(raw, at: pointer + "requestBody") else { return nil }
        let (schema, _, others) = jsonSchema(body["content"])
        guard schema == nil else { return nil }
        return rawMediaType(others, at: bodyPath + "content", sent: true)
    }

    /// The one media type raw content is sent or read as, among `mediaTypes`: the first that is neither JSON nor a form
    /// (multipart or URL-encoded, which have fields); when there are several, the others are warned about. A request body
    /// needs an exact media type (`image/*` names none).
    func rawMediaType(_ mediaTypes: [String], at path: JSONPath, sent: Bool = true) -> String? {
        let usable = mediaTypes.filter { type in
            let essence = MediaType.essence(type)
            return MediaType.isValid(type) && !MediaType.isJSON(type) && !essence.hasPrefix("multipart/")
                && essence != "application/x-www-form-urlencoded" && !(sent && essence.hasSuffix("/*"))
        }
        guard let chosen = usable.first else { return nil }
        if usable.count > 1 {
            warn("media types", path, "several media types (\(usable.joined(separator: ", "))); \(sent ? "sent" : "read") as \(chosen)")
        }
        return chosen
    }
}
