/// Which operations of an OpenAPI document to import: those matching any of the given path prefixes,
/// operationIds or tags; everything when all three are empty.
public struct ImportSelection: Sendable, Hashable {
    public var pathPrefixes: [String]
    public var operationIDs: [String]
    public var tags: [String]

    public init(pathPrefixes: [String] = [], operationIDs: [String] = [], tags: [String] = []) {
        self.pathPrefixes = pathPrefixes
        self.operationIDs = operationIDs
        self.tags = tags
    }

    public var selectsEverything: Bool { pathPrefixes.isEmpty && operationIDs.isEmpty && tags.isEmpty }

    public func matches(path: String, operationID: String?, tags operationTags: [String]) -> Bool {
        if selectsEverything { return true }
        if pathPrefixes.contains(where: { path.hasPrefix($0) }) { return true }
        if let operationID, operationIDs.contains(operationID) { return true }
        return operationTags.contains(where: tags.contains)
    }
}
