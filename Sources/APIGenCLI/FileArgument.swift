@_spi(Generated) import APIGenRuntime
import Foundation

/// A file of a multipart body (a `bytes` field): `@PATH`, `@PATH;type=MEDIA`, `@PATH;filename=NAME` (both may follow, in
/// either order, as curl's `--form` takes them), or `@-` for standard input.
///
/// The file name sent is the path's last component unless `filename=` says otherwise (standard input has none). The media
/// type is `type=` when given; else it is guessed from the file name's extension among a few unambiguous ones
/// (``guessedMediaType(_:)``), and left out otherwise: the runtime then sends `application/octet-stream`. Servers that
/// need a precise type (a Worker's ES module is `application/javascript+module`) need `type=`.
enum FileArgument {
    /// What a file option's help adds.
    static let help = "A file: @PATH, with ;type=MEDIA or ;filename=NAME when the path does not say them, or @- for standard input."

    /// The path part of `text`: `text` without its trailing `;type=` and `;filename=` parameters.
    static func path(of text: String) -> String { split(text).path }

    /// The file as a body's JSON holds it (``FilePart``'s form: `data` in base64, `filename`, `contentType`).
    static func json(_ text: String, option: String, _ commandPath: [String]) throws(Failure) -> JSONValue {
        let (path, parameters) = split(text)
        guard let file = ArgumentFile.reference(path) else {
            throw .usage("--\(option): give a file as @PATH (with ;type=MEDIA or ;filename=NAME if needed), or @- for standard input",
                         commandPath: commandPath)
        }
        let data: Data
        switch ArgumentFile.read(file) {
        case .success(let contents): data = contents
        case .failure(let failure): throw .usage("--\(option): \(failure.message)", commandPath: commandPath)
        }
        let filename = parameters["filename"] ?? (file == ArgumentFile.standardInput ? nil : URL(fileURLWithPath: file).lastPathComponent)
        let contentType = parameters["type"] ?? filename.flatMap(guessedMediaType)
        if let contentType, !MediaType.isValid(contentType) {
            throw .usage("--\(option): type=\(contentType) is not a media type (type/subtype)", commandPath: commandPath)
        }
        return FilePart(data: data, filename: filename, contentType: contentType).encodeJSON()
    }

    /// `@a.js;type=application/javascript+module` → (`@a.js`, [type: …]): trailing `;type=` and `;filename=` taken off,
    /// so a path may hold `;` elsewhere.
    private static func split(_ text: String) -> (path: String, parameters: [String: String]) {
        var path = Substring(text)
        var parameters: [String: String] = [:]
        while let separator = path.lastIndex(of: ";") {
            let parameter = path[path.index(after: separator)...]
            guard let equals = parameter.firstIndex(of: "="), case let key = String(parameter[..<equals]).lowercased(),
                  ["type", "filename"].contains(key), parameters[key] == nil else { break }
            parameters[key] = String(parameter[parameter.index(after: equals)...])
            path = path[..<separator]
        }
        return (String(path), parameters)
    }

    /// The media type of a file name's extension, for the few whose type is not in doubt; nil for any other (sent as
    /// `application/octet-stream`). `.js` is plain `application/javascript`: an ES module needs `;type=` to say so.
    static func guessedMediaType(_ filename: String) -> String? {
        guard let dot = filename.lastIndex(of: "."), dot != filename.startIndex else { return nil }
        return mediaTypes[filename[filename.index(after: dot)...].lowercased()]
    }

    private static let mediaTypes: [String: String] = [
        "js": "application/javascript", "mjs": "application/javascript+module", "json": "application/json", "wasm": "application/wasm",
        "map": "application/source-map", "txt": "text/plain", "csv": "text/csv", "html": "text/html", "css": "text/css", "py": "text/x-python",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "svg": "image/svg+xml",
        "pdf": "application/pdf", "vtt": "text/vtt", "gz": "application/gzip",
    ]
}
