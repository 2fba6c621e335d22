import APIGenJSON
import APIGenerator
import CloudflareMCP
import Foundation
import Testing

/// The package's version lives in `Generator.version`; every other place that states it must agree.
@Suite struct VersionTests {
    @Test("CHANGELOG.md's newest release is Generator.version")
    func changelog() throws {
        let text = try String(contentsOf: PackagePaths.root.appending(path: "CHANGELOG.md"), encoding: .utf8)
        let releases = text.split(separator: "\n").filter { $0.hasPrefix("## [") && !$0.hasPrefix("## [Unreleased]") }
        let newest = try #require(releases.first, "CHANGELOG.md has no release heading")
        #expect(newest.hasPrefix("## [\(Generator.version)]"), "\(newest)")
    }

    @Test("spec/mcp-servers.json's module.version, and so CloudflareMCP's User-Agent, is Generator.version")
    func specAndUserAgent() throws {
        let spec = try JSONParser.parse(Data(contentsOf: PackagePaths.spec))
        guard case .object(let root) = spec, case .object(let module)? = root["module"] else {
            Issue.record("spec/mcp-servers.json has no module")
            return
        }
        #expect(module["version"] == .string(Generator.version))
        #expect(MCPServersClient.userAgent == "CloudflareMCP/\(Generator.version) (apigen)")
    }
}
