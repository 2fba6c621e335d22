import Foundation

// This file is also the build plugin's (Plugins/APIGenBuildPlugin/OutputLayout.swift is a link to it): the plugin must
// name the generated files before the generator runs and cannot link apigen's modules, so the rule lives here once.
// It uses nothing but Foundation.

/// How a spec's Swift is spread over files. A small spec gets one file of each kind (`Types.swift`,
/// `Validation.swift`, `Client.swift`, `Operations.swift`). A large one gets its models and operations in
/// numbered shards (`Types-07.swift`, `Client-07.swift`…) beside a `Client.swift` and an `Operations.swift` that
/// tie them together, so the compiler works on several files at once and an edit recompiles only the files that
/// hold what changed.
///
/// The file names depend only on how many models and operations the spec has, so a build plugin can declare them
/// from the spec's JSON. The shard count is a power of two, so it changes only when the spec doubles (or halves);
/// within a count, a model or an operation stays in the shard its name hashes to whatever else the spec adds.
public struct OutputLayout: Sendable, Hashable {
    /// How many shards the models and the operations are spread over; 1 for one file of each kind.
    public let shardCount: Int

    /// The models and operations a shard holds at most, on average, before the count doubles.
    public static let namesPerShard = 200

    public init(operationCount: Int, modelCount: Int) {
        var count = 1
        while count * Self.namesPerShard < operationCount + modelCount { count *= 2 }
        shardCount = count
    }

    /// The layout of the spec in `data`, from the number of members of its `models` and `operations` objects
    /// (what the build plugin reads); nil when `data` is not a JSON object.
    public init?(specJSON data: Data) {
        guard let spec = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        let count = { (key: String) in (spec[key] as? [String: Any])?.count ?? 0 }
        self.init(operationCount: count("operations"), modelCount: count("models"))
    }

    public var isSharded: Bool { shardCount > 1 }

    /// The shard, from 0, of the model or operation with this name in the spec: a hash of its UTF-8 bytes
    /// (64-bit FNV-1a), the same on every machine and run, unlike `Hasher`.
    public func shard(of name: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(shardCount))
    }

    /// `Types-07.swift`: shard 6's file of `kind` (numbered from 1, as wide as the largest number).
    public func shardFileName(_ kind: String, _ shard: Int) -> String {
        let number = String(shard + 1)
        let width = String(shardCount).count
        return "\(kind)-\(String(repeating: "0", count: width - number.count))\(number).swift"
    }

    /// The files of `part`, in output order.
    public func fileNames(_ part: OutputPart) -> [String] {
        switch part {
        case .all:
            return fileNames(.client) + fileNames(.commandLine)
        case .client:
            guard isSharded else { return ["Types.swift", "Validation.swift", "Client.swift"] }
            return shardFileNames("Types") + shardFileNames("Validation") + ["Client.swift"] + shardFileNames("Client")
        case .commandLine:
            guard isSharded else { return ["Operations.swift"] }
            return ["Operations.swift"] + shardFileNames("Operations")
        }
    }

    /// Whether some layout gives `part` a file of this name (`Types.swift`, `Types-07.swift`…): a folder generated
    /// before the spec grew or shrank may hold one that the present layout no longer writes.
    public static func isFileName(_ name: String, of part: OutputPart) -> Bool {
        guard name.hasSuffix(".swift") else { return false }
        let stem = name.dropLast(".swift".count).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let kinds: Set<Substring> = switch part {
        case .all: ["Types", "Validation", "Client", "Operations"]
        case .client: ["Types", "Validation", "Client"]
        case .commandLine: ["Operations"]
        }
        return kinds.contains(stem[0]) && (stem.count == 1 || (!stem[1].isEmpty && stem[1].allSatisfy { ("0"..."9").contains($0) }))
    }

    private func shardFileNames(_ kind: String) -> [String] {
        (0..<shardCount).map { shardFileName(kind, $0) }
    }
}
