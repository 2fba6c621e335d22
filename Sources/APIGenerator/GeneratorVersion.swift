extension Generator {
    /// The version of this package, in one place: what `apigen --version` prints and the name of
    /// the release's git tag (`0.1.0`, no `v`). The other places that carry it are checked against
    /// it by VersionTests: CHANGELOG.md's newest release and `module.version` of spec/mcp-servers.json,
    /// which the generated client sends in its User-Agent (`CloudflareMCP/0.1.0 (apigen)`).
    public static let version = "0.1.0"
}
