/// A large spec's model registry, from the registries of its shards: one dictionary literal of thousands of entries
/// costs the type checker minutes and gigabytes (8,551 entries: 74 s and 18 GB), a few hundred cost next to nothing.
/// A spec's model names are unique, so the shards never share a key.
@_spi(Generated) public func modelRegistry(_ shards: [[String: any JSONModel.Type]]) -> [String: any JSONModel.Type] {
    var registry: [String: any JSONModel.Type] = [:]
    for shard in shards {
        registry.merge(shard) { first, _ in first }
    }
    return registry
}
