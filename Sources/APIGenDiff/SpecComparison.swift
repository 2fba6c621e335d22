import APIGenJSON
import APIGenSpec
import APIGenRuntime

/// Every change between two versions of a spec, classified for callers (``SpecChange/Impact``).
///
/// Operations, parameters, models, fields and enum values are matched by name: a rename is a
/// removal and an addition, as it is for code that calls the old name.
public struct SpecComparison {
    public let old: Spec
    public let new: Spec
    /// Each model's uses in either version (``ModelUsage``).
    let oldUsage: ModelUsage
    let newUsage: ModelUsage
    private(set) var changes: [SpecChange] = []

    /// The changes from `old` to `new`, in the order of the new spec (removals where they stood).
    public static func changes(from old: Spec, to new: Spec) -> [SpecChange] {
        var comparison = SpecComparison(old: old, new: new)
        comparison.compareSettings()
        comparison.compareOperations()
        comparison.compareModels()
        comparison.compareWaiters()
        return comparison.changes
    }

    private init(old: Spec, new: Spec) {
        self.old = old
        self.new = new
        oldUsage = ModelUsage(old)
        newUsage = ModelUsage(new)
    }

    mutating func record(_ impact: SpecChange.Impact, _ side: SpecChange.Side, at path: JSONPath, _ message: String) {
        changes.append(SpecChange(impact, side, at: path, message))
    }

    /// A deprecation added, removed or reworded: compatible (the API still serves it; callers' builds warn, or stop warning).
    mutating func compareDeprecation(_ before: Deprecation?, _ after: Deprecation?, what: String, at path: JSONPath) {
        switch (before, after) {
        case (nil, let added?):
            record(.compatible, .new, at: path, "\(what) is deprecated now" + (added.message.map { ": \($0)" } ?? "") + " (callers' builds warn)")
        case (_?, nil): record(.compatible, .new, at: path, "\(what) is no longer deprecated")
        case (let a?, let b?) where a != b: record(.compatible, .new, at: path, "\(what): its deprecation message changes")
        default: break
        }
    }

    /// Pairs items of two versions by name: what only the old one has, what both have, and what
    /// only the new one has, each in its spec's order.
    func match<Item>(_ old: [Item], _ new: [Item], by name: (Item) -> String) -> (removed: [Item], kept: [(Item, Item)], added: [Item]) {
        let oldByName = Dictionary(old.map { (name($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(new.map(name))
        return (old.filter { !newNames.contains(name($0)) }, new.compactMap { item in oldByName[name(item)].map { ($0, item) } },
                new.filter { oldByName[name($0)] == nil })
    }

    // MARK: - The spec's settings

    private mutating func compareSettings() {
        let root = JSONPath.root
        let names: [(String, KeyPath<Spec.ModuleSettings, String>, String)] = [
            ("name", \.name, "the Swift module"), ("client", \.client, "the client type"), ("protocol", \.clientProtocol, "the client protocol"),
        ]
        for (key, keyPath, what) in names where old.module[keyPath: keyPath] != new.module[keyPath: keyPath] {
            record(.breaking, .new, at: root + "module" + key, "\(what) is renamed from \(old.module[keyPath: keyPath]) to \(new.module[keyPath: keyPath])")
        }
        if (old.module.commandLineTool ?? "") != (new.module.commandLineTool ?? "") {
            record(.breaking, .new, at: root + "module" + "commandLineTool", "the command-line tool is renamed: scripts that run it by name break")
        }
        if old.server.baseURL != new.server.baseURL {
            record(.compatible, .new, at: root + "server" + "baseURL", "the default base URL changes from \(old.server.baseURL) to \(new.server.baseURL)")
        }
        if old.envelope != new.envelope {
            record(.breaking, .new, at: root + "envelope", new.envelope == nil ? "the envelope is gone: every answer's whole body is its result"
                   : old.envelope == nil ? "answers are in an envelope now" : "the envelope changes: answers are read from other members")
        }
        let schemes = match(old.authentication, new.authentication, by: \.name)
        for scheme in schemes.removed {
            record(.breaking, .old, at: scheme.location.path, "authentication scheme '\(scheme.name)' removed: its credentials factory is gone")
        }
        for (before, after) in schemes.kept where before.kind != after.kind || before.credentials.map(\.name) != after.credentials.map(\.name) {
            record(.breaking, .new, at: after.location.path, "authentication scheme '\(after.name)' takes other credentials")
        }
        for scheme in schemes.added {
            record(.additive, .new, at: scheme.location.path, "authentication scheme '\(scheme.name)' added")
        }
        if old.info.version != new.info.version {
            record(.compatible, .new, at: root + "info" + "version", "the API's version changes from \(old.info.version) to \(new.info.version)")
        }
    }
}
