import APIGenDiff
import APIGenJSON
import APIGenSpec
import APIGenerator
import Foundation

/// `apigen diff OLD NEW`: every change between two specs, classified for callers, with the
/// version bump it implies; exit status 1 when something breaks them (a CI gate).
enum Diff {
    static func run(old oldPath: String, new newPath: String, format: OutputFormat) -> Int32 {
        var specs: [Spec] = []
        for path in [oldPath, newPath] {
            do throws(SpecError) {
                specs.append(try Generator.lint(specAt: URL(fileURLWithPath: path), displayName: path))
            } catch {
                printError(error.description)
                printError("apigen diff: \(path) is not a valid spec (\(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s")); nothing compared.")
                return 2
            }
        }
        let changes = SpecComparison.changes(from: specs[0], to: specs[1])
        let bump = VersionBump(changes)
        let nextVersion = bump.next(after: specs[0].module.version)
        switch format {
        case .text: printText(changes, bump: bump, from: specs[0].module.version, to: nextVersion, paths: (oldPath, newPath))
        case .json:
            print(JSONSerializer.string(json(changes, bump: bump, nextVersion: nextVersion, paths: (oldPath, newPath)), options: .init(prettyPrinted: true)))
        }
        return changes.contains { $0.impact == .breaking } ? 1 : 0
    }

    /// One line a change, worst first (in spec order within each kind), then the counts and the bump.
    static func printText(_ changes: [SpecChange], bump: VersionBump, from version: String, to nextVersion: String?, paths: (old: String, new: String)) {
        for change in sorted(changes) {
            let file = change.side == .old ? paths.old : paths.new
            print("\(change.impact.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(file)#\(change.path.pointer): \(change.message)")
        }
        let counts = SpecChange.Impact.allCases.map { impact in "\(changes.filter { $0.impact == impact }.count) \(impact.rawValue)" }
        print("\(changes.count) change\(changes.count == 1 ? "" : "s"): \(counts.joined(separator: ", ")).")
        guard bump != .none else { return print("Version bump: none.") }
        let next = nextVersion.map { ": \(version) → \($0)" } ?? ""
        let unstable = bump == .major && version.hasPrefix("0.") ? " (before 1.0.0 a breaking change bumps the minor version)" : ""
        print("Version bump: \(bump.rawValue)\(next)\(unstable).")
    }

    /// `{"old", "new", "bump", "nextVersion", "breaking": Bool, "changes": [{"impact", "file", "pointer", "message"}]}`.
    static func json(_ changes: [SpecChange], bump: VersionBump, nextVersion: String?, paths: (old: String, new: String)) -> JSONValue {
        var document: JSONObject = ["old": .string(paths.old), "new": .string(paths.new), "bump": .string(bump.rawValue)]
        if let nextVersion, bump != .none { document["nextVersion"] = .string(nextVersion) }
        document["breaking"] = .bool(changes.contains { $0.impact == .breaking })
        document["changes"] = .array(sorted(changes).map { change in
            .object([
                "impact": .string(change.impact.rawValue), "file": .string(change.side == .old ? paths.old : paths.new),
                "pointer": .string(change.path.pointer), "message": .string(change.message),
            ])
        })
        return .object(document)
    }

    /// Breaking first, then additive, then compatible; each in the order the comparison found them.
    private static func sorted(_ changes: [SpecChange]) -> [SpecChange] {
        changes.enumerated().sorted { ($0.element.impact, $0.offset) < ($1.element.impact, $1.offset) }.map(\.element)
    }
}
