import APIGenJSON
import Foundation

/// A parsed OpenAPI 3.0 or 3.1 document (JSON), with `$ref` resolution.
///
/// References are local JSON Pointers (`#/components/schemas/Server`); they may point anywhere in the
/// document and may form cycles, which ``resolve(_:at:)`` reports instead of following forever.
public struct OpenAPIDocument: Sendable {
    /// How diagnostics name the document (the path as given on the command line).
    public let fileName: String
    public let root: JSONValue
    /// 3.1 writes nullability as `type: [T, "null"]`; 3.0 as `nullable: true`. Both are read either way.
    public let isVersion31: Bool

    public init(root: JSONValue, fileName: String) throws(OpenAPIError) {
        guard case .object(let object) = root else {
            throw OpenAPIError(path: .root, message: "an OpenAPI document is a JSON object, found \(root.kind)")
        }
        guard let version = object["openapi"]?.stringValue else {
            let hint = object["swagger"] != nil ? " (Swagger 2.0 is not read; convert it to OpenAPI 3 first)" : ""
            throw OpenAPIError(path: JSONPath.root + "openapi", message: "not an OpenAPI 3 document: no 'openapi' version\(hint)")
        }
        guard version.hasPrefix("3.0") || version.hasPrefix("3.1") else {
            throw OpenAPIError(path: JSONPath.root + "openapi", message: "OpenAPI \(version) is not read; only 3.0 and 3.1 are")
        }
        self.root = root
        self.fileName = fileName
        self.isVersion31 = version.hasPrefix("3.1")
    }

    /// Reads and parses the document at `url` (JSON; duplicate keys keep the last value, as most tools do).
    public init(contentsOf url: URL, displayName: String? = nil) throws(OpenAPIError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw OpenAPIError(path: .root, message: "cannot read the file: \(error.localizedDescription)")
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(data, options: .lenient)
        } catch {
            throw OpenAPIError(path: error.path, message: "invalid JSON: \(error.message) (only JSON documents are read, not YAML)")
        }
        try self.init(root: value, fileName: displayName ?? url.path)
    }

    /// The value at a JSON path of the document.
    public func value(at path: JSONPath) -> JSONValue? { root.value(at: path) }

    /// The path a local reference (`#/components/schemas/a~1b`) points at, or `nil` when it is not local.
    public static func path(ofReference reference: String) -> JSONPath? {
        guard reference.hasPrefix("#") else { return nil }
        let pointer = reference.dropFirst()
        guard !pointer.isEmpty else { return .root }
        guard pointer.hasPrefix("/") else { return nil }
        var path = JSONPath.root
        for token in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let decoded = (token.removingPercentEncoding ?? String(token)).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let index = Int(decoded), index >= 0, decoded.first != "+", String(index) == decoded {
                // Arrays are addressed by index, objects by key; a numeric key of an object is still a key.
                path = path.appending(index: index)
            } else {
                path = path + decoded
            }
        }
        return path
    }

    /// Follows `$ref` until a value that is not a reference; `nil` with the reason when a reference
    /// is not local, points nowhere, or comes back to itself.
    public func resolve(_ value: JSONValue, at path: JSONPath) -> Resolved {
        var current = value
        var currentPath = path
        var seen: Set<JSONPath> = []
        while let reference = current["$ref"]?.stringValue {
            guard let target = Self.path(ofReference: reference) else {
                return .failed(path: currentPath, reason: "the reference '\(reference)' is not local to the document")
            }
            let target2 = normalized(target)
            guard seen.insert(target2).inserted else {
                return .failed(path: currentPath, reason: "the reference '\(reference)' refers back to itself")
            }
            guard let next = self.value(at: target2) else {
                return .failed(path: currentPath, reason: "the reference '\(reference)' points at nothing in the document")
            }
            current = next
            currentPath = target2
        }
        return .value(current, path: currentPath)
    }

    /// A pointer whose numeric tokens address object keys (e.g. `/paths/~1v1/get/responses/200`) is read as keys.
    private func normalized(_ path: JSONPath) -> JSONPath {
        var result = JSONPath.root
        var current: JSONValue? = root
        for component in path.components {
            if case .index(let index) = component, current?.arrayValue == nil {
                result = result + String(index)
                current = current?[String(index)]
            } else if case .index(let index) = component {
                result = result.appending(index: index)
                current = current?[index]
            } else if case .key(let key) = component {
                result = result + key
                current = current?[key]
            }
        }
        return result
    }

    public enum Resolved {
        case value(JSONValue, path: JSONPath)
        case failed(path: JSONPath, reason: String)
    }
}

/// A problem that stops an import or export: where in the document, and what.
public struct OpenAPIError: Error, Sendable, CustomStringConvertible {
    public var path: JSONPath
    public var message: String

    public init(path: JSONPath, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "error: \(message) (at #\(path.pointer))" }
}
