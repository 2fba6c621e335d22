@_spi(Generated) import APIGenRuntime
import Snapshot_maps
import Testing

/// A sharded spec's `models` is the union of its shards' registries (`modelRegistry`); a small spec's is one literal.
/// Split a compiled registry into shards and join them back: the same names, the same types.
@Suite struct ModelRegistryTests {
    @Test func theShardsRegistriesJoinIntoTheWhole() {
        let whole = DeploymentsClient.models
        let names = whole.keys.sorted()
        let shards = [Array(names.prefix(1)), Array(names.dropFirst()), []].map { shard in
            whole.filter { name, _ in shard.contains(name) }
        }
        let joined = modelRegistry(shards)
        #expect(joined.count == whole.count)
        for (name, type) in whole {
            #expect(joined[name].map(ObjectIdentifier.init) == ObjectIdentifier(type), "\(name)")
        }
    }
}
