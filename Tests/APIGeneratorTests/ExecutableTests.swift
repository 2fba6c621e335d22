import APIGenJSON
import APIGenerator
import Foundation
import Testing
import TestSupport

/// `apigen` end to end: lint, generate, check, and the exit statuses.
@Suite("apigen executable", .enabled(if: Apigen.isAvailable, "needs the apigen executable beside the tests"))
struct ExecutableTests {
    @Test("generate --help and check --help show --output as required; check's help says it writes nothing")
    func helpOfRequiredOutput() async throws {
        try await withTemporaryFolder { folder in
            let generate = try await Apigen.run(["generate", "--help"], in: folder)
            #expect(generate.status == 0)
            #expect(generate.output.hasPrefix("USAGE: apigen generate <SPEC> --output <DIR> [<options>]\n"), "\(generate.output)")
            #expect(generate.output.contains("(required)"))
            let check = try await Apigen.run(["check", "--help"], in: folder)
            #expect(check.output.hasPrefix("USAGE: apigen check <SPEC> --output <DIR> [--part <PART>] [<global-options>]\n"), "\(check.output)")
            #expect(check.output.contains("nothing is written"))
            #expect(!check.output.contains("are written to"))
        }
    }

    @Test("apigen-bench --help prints its usage instead of running; an unknown argument is a usage error",
          .enabled(if: Apigen.built("apigen-bench") != nil, "needs apigen-bench beside the tests"))
    func benchmarkHelp() async throws {
        let bench = try #require(Apigen.built("apigen-bench"))
        let help = try await runProcess(bench, ["--help"], in: PackagePaths.root)
        #expect(help.status == 0 && help.standardOutput.hasPrefix("USAGE: apigen-bench [--stages <N> | --soak <N> | --unknown-fields <N> | --response-memory | --maps | --unions | --integer-enums | --recursive-models]\n"), "\(help)")
        let unknown = try await runProcess(bench, ["--fast"], in: PackagePaths.root)
        #expect(unknown.status == 2 && unknown.standardError.hasPrefix("apigen-bench: unexpected arguments --fast\n"), "\(unknown)")
    }

    @Test("lint checks several files, reports them as JSON with --format json, and says when a file is OpenAPI")
    func lintSeveralFilesAsJSON() async throws {
        try await withTemporaryFolder { folder in
            try Data(SpecFixture.minimal.utf8).write(to: folder.appending(path: "pets.json"))
            try Data(#"{"openapi": "3.1.0", "info": {"title": "Pets", "version": "1"}, "paths": {}}"#.utf8).write(to: folder.appending(path: "openapi.json"))

            let text = try await Apigen.run(["lint", "pets.json", "openapi.json"], in: folder)
            #expect(text.status == 1)
            #expect(text.output == "pets.json: ok (1 models, 1 operations)\n")
            #expect(text.error.contains("openapi.json:1:2: error: unknown key 'openapi' in the spec"), "\(text.error)")
            #expect(text.error.contains("openapi.json: note: this looks like an OpenAPI document (it has 'openapi')"), "\(text.error)")
            #expect(text.error.contains("Convert it with 'apigen import openapi.json --output SPEC'."), "\(text.error)")

            // The hint's command works: the (empty) document has no operation, so nothing is written.
            let imported = try await Apigen.run(["import", "openapi.json", "--output", "spec.json"], in: folder)
            #expect(imported.status == 1 && imported.error.contains("no operation"), "\(imported.error)")
            #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "spec.json").path))

            let json = try await Apigen.run(["lint", "--format", "json", "pets.json", "openapi.json"], in: folder)
            #expect(json.status == 1 && json.error.isEmpty, "\(json.error)")
            let document = try JSONParser.parse(Data(json.output.utf8))
            guard case .object(let root) = document, case .array(let files)? = root["files"], case .array(let diagnostics)? = root["diagnostics"] else {
                Issue.record("not the documented shape: \(json.output)")
                return
            }
            #expect(files.count == 2)
            #expect(files.first == .object(["file": "pets.json", "ok": true, "models": 1, "operations": 1]))
            #expect(diagnostics.contains(.object([
                "file": "openapi.json", "severity": "error", "line": 1, "column": 2, "pointer": "/openapi",
                "message": "unknown key 'openapi' in the spec (expected one of: $schema, formatVersion, info, module, server, envelope, authentication, models, operations, waiters, decisions)",
            ])), "\(json.output)")

            let clean = try await Apigen.run(["lint", "--format", "json", "pets.json"], in: folder)
            #expect(clean.status == 0)
            let badFormat = try await Apigen.run(["lint", "pets.json", "--format", "xml"], in: folder)
            #expect(badFormat.status == 2)
        }
    }

    @Test("import writes a spec that lints (exit 0, warnings located); --strict writes nothing (exit 1); export writes OpenAPI 3.1")
    func importAndExport() async throws {
        guard Apigen.isAvailable else { return }
        try await withTemporaryFolder { folder in
            let published = OpenAPITests.published.path
            // The published six import without approximation; a document with an example that contradicts its schema does not.
            let exact = try await Apigen.run(["import", published, "--output", "exact.json", "--strict"], in: folder)
            #expect(exact.status == 0, "\(exact.error)")
            try Data(JSONSerializer.string(OpenAPIExampleTests.document).utf8).write(to: folder.appending(path: "owners.json"))
            let strict = try await Apigen.run(["import", "owners.json", "--output", "strict.json", "--strict"], in: folder)
            #expect(strict.status == 1 && strict.error.contains("#/components/schemas/Owner/properties/friend/example: error:"), "\(strict.error)")
            #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "strict.json").path))
            let selected = try await Apigen.run(["import", published, "--output", "servers.json", "--operations", "mcp-portals-api-sync-server"], in: folder)
            #expect(selected.status == 0, "\(selected.error)")
            #expect(selected.output.contains("1 operations"), "\(selected.output)")
            let lint = try await Apigen.run(["lint", "servers.json"], in: folder)
            #expect(lint.status == 0, "\(lint.error)")
            let export = try await Apigen.run(["export", "servers.json", "--output", "openapi.json"], in: folder)
            #expect(export.status == 0, "\(export.error)")
            let document = try JSONParser.parse(Data(contentsOf: folder.appending(path: "openapi.json")))
            #expect(document["openapi"] == "3.1.0")
        }
    }

    @Test("import --into adds only what the spec lacks and leaves it byte for byte; --output and --into are one or the other")
    func importInto() async throws {
        guard Apigen.isAvailable else { return }
        try await withTemporaryFolder { folder in
            let published = OpenAPITests.published.path
            let original = try Data(contentsOf: PackagePaths.spec)
            try original.write(to: folder.appending(path: "spec.json"))
            let into = try await Apigen.run(["import", published, "--into", "spec.json"], in: folder)
            #expect(into.status == 0, "\(into.error)")
            #expect(into.output.hasPrefix("added to spec.json: 0 operations, 0 models; 6 already there"), "\(into.output)")
            #expect(try Data(contentsOf: folder.appending(path: "spec.json")) == original)
            for arguments in [["import", published], ["import", published, "--into", "spec.json", "--output", "other.json"]] {
                let usage = try await Apigen.run(arguments, in: folder)
                #expect(usage.status == 2 && usage.error.contains("give one of '--output SPEC'"), "\(usage)")
            }
        }
    }

    @Test("diff exits 1 only when a change breaks callers, 0 for additive ones, 2 for an invalid spec; --format json for CI")
    func diffExitStatus() async throws {
        try await withTemporaryFolder { folder in
            let write = { (name: String, text: String) in try Data(text.utf8).write(to: folder.appending(path: name)) }
            try write("old.json", SpecDiffTests.base)
            try write("additive.json", SpecDiffTests.base.replacingOccurrences(of: "[\"cat\", \"dog\"]", with: "[\"cat\", \"dog\", \"fish\"]"))
            try write("breaking.json", SpecDiffTests.base.replacingOccurrences(of: "\"maxLength\": 40", with: "\"maxLength\": 30"))
            try write("broken.json", "{}")

            let same = try await Apigen.run(["diff", "old.json", "old.json"], in: folder)
            #expect(same.status == 0 && same.output == "0 changes: 0 breaking, 0 additive, 0 compatible.\nVersion bump: none.\n", "\(same)")
            let additive = try await Apigen.run(["diff", "old.json", "additive.json"], in: folder)
            #expect(additive.status == 0, "\(additive)")
            #expect(additive.output.hasPrefix("additive   additive.json#/models/Kind/values/2: model 'Kind': value 'fish' added"), "\(additive.output)")
            #expect(additive.output.hasSuffix("Version bump: minor: 1.4.2 → 1.5.0.\n"))
            let breaking = try await Apigen.run(["diff", "old.json", "breaking.json"], in: folder)
            #expect(breaking.status == 1, "\(breaking)")
            #expect(breaking.output.hasPrefix("breaking   breaking.json#/models/NewPet/fields/name: model 'NewPet': field 'name': maxLength 40 → 30"), "\(breaking.output)")
            let json = try await Apigen.run(["diff", "--format", "json", "old.json", "breaking.json"], in: folder)
            #expect(json.status == 1)
            guard case .object(let root) = try JSONParser.parse(Data(json.output.utf8)), case .array(let changes)? = root["changes"] else {
                Issue.record("not the documented shape: \(json.output)")
                return
            }
            #expect(root["bump"] == .string("major") && root["nextVersion"] == .string("2.0.0") && root["breaking"] == .bool(true))
            guard case .object(let first)? = changes.first else {
                Issue.record("no change in \(json.output)")
                return
            }
            #expect(first["pointer"] == .string("/models/NewPet/fields/name") && first["impact"] == .string("breaking"))
            let broken = try await Apigen.run(["diff", "old.json", "broken.json"], in: folder)
            #expect(broken.status == 2 && broken.error.contains("broken.json is not a valid spec"), "\(broken)")
            let missing = try await Apigen.run(["diff", "old.json"], in: folder)
            #expect(missing.status == 2)
        }
    }

    @Test("apigen-generate, the build plugin's tool, writes what apigen generate writes; a bad spec writes nothing (exit 1), bad arguments exit 2",
          .enabled(if: Apigen.built("apigen-generate") != nil, "needs apigen-generate beside the tests"))
    func pluginTool() async throws {
        let tool = try #require(Apigen.built("apigen-generate"))
        try await withTemporaryFolder { folder in
            try Data(SpecFixture.minimal.utf8).write(to: folder.appending(path: "pets.json"))
            try Data(SpecFixture.spec([#""required": true}"#: #""required": "yes"}"#]).utf8).write(to: folder.appending(path: "broken.json"))
            for part in OutputPart.allCases {
                let written = try await runProcess(tool, ["pets.json", "Plugin-\(part.rawValue)", part.rawValue], in: folder)
                #expect(written.status == 0 && written.standardOutput.isEmpty && written.standardError.isEmpty, "\(written)")
                let generate = try await Apigen.run(["generate", "pets.json", "--output", "CLI-\(part.rawValue)", "--part", part.rawValue], in: folder)
                #expect(generate.status == 0)
                #expect(try folderContents(folder.appending(path: "Plugin-\(part.rawValue)")) == folderContents(folder.appending(path: "CLI-\(part.rawValue)")))
            }
            let broken = try await runProcess(tool, ["broken.json", "Broken", "all"], in: folder)
            #expect(broken.status == 1 && broken.standardError.contains("1 error in broken.json; nothing was written."), "\(broken)")
            #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "Broken").path))
            let usage = try await runProcess(tool, ["pets.json", "Out"], in: folder)
            #expect(usage.status == 2 && usage.standardError.hasPrefix("usage: apigen-generate SPEC OUTPUT PART"), "\(usage)")
        }
    }

    @Test func lintGenerateAndCheck() async throws {
        try await withTemporaryFolder { folder in
            try Data(SpecFixture.minimal.utf8).write(to: folder.appending(path: "pets.json"))

            let lint = try await Apigen.run(["lint", "pets.json"], in: folder)
            #expect(lint.status == 0)
            #expect(lint.output == "pets.json: ok (1 models, 1 operations)\n")
            #expect(lint.error.isEmpty)

            let generate = try await Apigen.run(["generate", "pets.json", "--output", "Out"], in: folder)
            #expect(generate.status == 0)
            let written = generate.output.split(separator: "\n")
            #expect(written.count == 4)
            #expect(written.allSatisfy { $0.hasPrefix("wrote     /") && $0.hasSuffix(" lines)") }, "\(generate.output)")
            let expected = try Generator.generate(specData: Data(SpecFixture.minimal.utf8), fileName: "pets.json")
            let out = folder.appending(path: "Out")
            #expect(try folderContents(out) == Dictionary(uniqueKeysWithValues: expected.map { ($0.name, Data($0.contents.utf8)) }))

            let again = try await Apigen.run(["generate", "pets.json", "--output", "Out"], in: folder)
            #expect(again.output.split(separator: "\n").allSatisfy { $0.hasPrefix("unchanged /") }, "\(again.output)")
            let quiet = try await Apigen.run(["generate", "pets.json", "--output", "Out", "--quiet"], in: folder)
            #expect(quiet.status == 0)
            #expect(quiet.output.isEmpty)

            let check = try await Apigen.run(["check", "pets.json", "--output", "Out"], in: folder)
            #expect(check.status == 0)
            #expect(check.output == "Out is up to date with pets.json.\n")

            let types = out.appending(path: "Types.swift")
            try Data(try String(contentsOf: types, encoding: .utf8).replacingOccurrences(of: "public var name: Swift.String", with: "public var name: Swift.Int").utf8)
                .write(to: types)
            let stale = try await Apigen.run(["check", "pets.json", "--output", "Out"], in: folder)
            #expect(stale.status == 1)
            #expect(stale.output.hasPrefix("--- a/Types.swift\n+++ b/Types.swift\n@@ "))
            #expect(stale.output.contains("\n-    public var name: Swift.Int\n+    public var name: Swift.String\n"))
            #expect(stale.error == """
                Out differs from what pets.json generates (Types.swift).
                To update it, run: swift run apigen generate pets.json --output Out

                """)
        }
    }

    @Test func errorsAndUsage() async throws {
        try await withTemporaryFolder { folder in
            let broken = try SpecFixture.spec([#""required": true}"#: #""required": "yes"}"#])
            try Data(broken.utf8).write(to: folder.appending(path: "pets.json"))

            let lint = try await Apigen.run(["lint", "pets.json"], in: folder)
            #expect(lint.status == 1)
            #expect(lint.output.isEmpty)
            #expect(lint.error == """
                pets.json:11:48: error: 'required' must be true or false, found a string (at #/models/Pet/fields/name/required)
                1 error in pets.json.

                """)

            let failedGenerate = try await Apigen.run(["generate", "pets.json", "--output", "Out"], in: folder)
            #expect(failedGenerate.status == 1)
            #expect(failedGenerate.error.hasSuffix("1 error in pets.json; nothing was written.\n"))
            #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "Out").path))

            let version = try await Apigen.run(["--version"], in: folder)
            #expect(version.status == 0 && version.output == "apigen \(Generator.version)\n")

            let missingOutput = try await Apigen.run(["generate", "pets.json"], in: folder)
            #expect(missingOutput.status == 2)
            #expect(missingOutput.error == "apigen generate: missing '--output DIR'\nRun 'apigen generate --help' for usage.\n")

            let missingFile = try await Apigen.run(["lint", "nowhere.json"], in: folder)
            #expect(missingFile.status == 1)
            #expect(missingFile.error.hasPrefix("nowhere.json: error: cannot read the file: "))
        }
    }
}
