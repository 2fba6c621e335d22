/// Where each value and each object key of a parsed document starts.
///
/// Produced by `JSONParser.parseWithLocations`, so that later checks (a spec validator, say) can
/// point at `3:17` in the file rather than only at a path. Stored by path in dictionaries: the
/// documents that need this are hand-written specs, small enough that simplicity wins.
public struct JSONLocations: Sendable, Hashable {
    var values: [JSONPath: SourceLocation] = [:]
    var keys: [JSONPath: SourceLocation] = [:]

    /// No locations; every lookup returns `nil`.
    public init() {}

    /// Where the value at `path` starts (its first byte: `{`, `[`, `"`, a digit, ...).
    public func valueLocation(at path: JSONPath) -> SourceLocation? {
        values[path]
    }

    /// Where the key of the object member at `path` starts (its opening quote);
    /// `nil` for array elements and the root.
    public func keyLocation(at path: JSONPath) -> SourceLocation? {
        keys[path]
    }

    /// The best place to point at for `path` in a message: the member's key if it has one
    /// (that is where people look for "the `name` field"), otherwise the value.
    public func location(at path: JSONPath) -> SourceLocation? {
        keys[path] ?? values[path]
    }

    /// How many values were recorded.
    public var count: Int { values.count }
}
