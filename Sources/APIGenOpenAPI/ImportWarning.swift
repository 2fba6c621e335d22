import APIGenJSON

/// Something the spec format cannot say, and what the import wrote instead, with the place in the
/// OpenAPI document it is about. `--strict` turns every warning into an error.
public struct ImportWarning: Sendable, Hashable, CustomStringConvertible {
    /// What kind of construct was approximated (for counting: `union`, `typed map`, `header parameter`…).
    public var cause: String
    /// Where in the OpenAPI document.
    public var path: JSONPath
    /// What was there and what the import did instead.
    public var message: String

    public init(cause: String, path: JSONPath, message: String) {
        self.cause = cause
        self.path = path
        self.message = message
    }

    /// `warning: … (at #/paths/~1pets/get/parameters/0)`
    public var description: String { "warning: \(message) [\(cause)] (at #\(path.pointer))" }

    /// The operation (`#/paths/<path>/<method>`) the warning is about, or `nil` for one about the document.
    public var operationPath: JSONPath? {
        guard path.components.count >= 3, path.components[0] == .key("paths") else { return nil }
        return JSONPath(Array(path.components.prefix(3)))
    }
}
