/// The semantic-version step a set of changes implies for the generated module.
public enum VersionBump: String, Sendable, Comparable, CaseIterable {
    case none, patch, minor, major

    /// Breaking → major, additive → minor, anything else → patch, nothing → none.
    public init(_ changes: [SpecChange]) {
        switch changes.map(\.impact).min() {
        case .breaking?: self = .major
        case .additive?: self = .minor
        case .compatible?: self = .patch
        case nil: self = .none
        }
    }

    public static func < (lhs: VersionBump, rhs: VersionBump) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The version after `version` (`MAJOR.MINOR.PATCH`, pre-release and build parts dropped), or
    /// nil when `version` is not of that form. Before 1.0.0 a breaking change bumps the minor
    /// version and anything else the patch version (SemVer §4: the API is not yet stable).
    public func next(after version: String) -> String? {
        let core = version.split(separator: "-", maxSplits: 1)[0].split(separator: "+", maxSplits: 1)[0]
        let parts = core.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let major = parts[0], let minor = parts[1], let patch = parts[2],
              major >= 0, minor >= 0, patch >= 0 else { return nil }
        switch (self, major) {
        case (.none, _): return "\(major).\(minor).\(patch)"
        case (.major, 0): return "0.\(minor + 1).0"
        case (.major, _): return "\(major + 1).0.0"
        case (.minor, 0), (.patch, _): return "\(major).\(minor).\(patch + 1)"
        case (.minor, _): return "\(major).\(minor + 1).0"
        }
    }
}
