import Foundation
import PackagePlugin

/// Runs `apigen-generate` (what `apigen generate --quiet` does, in a tool that links only the
/// generator) before compiling a target, from the spec its `apigen-config.json` names:
/// `{"spec": "path/to/spec.json"}`, and optionally `"part": "client"` or `"command-line"` to put
/// the client and the command-line catalog in separate targets (the default is both).
///
/// Inputs and outputs are declared exactly, so the build system runs the generator only when the
/// spec, the config or the tool itself changed; a no-op rebuild runs nothing.
@main
struct APIGenBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let sourceTarget = target as? SourceModuleTarget else { return [] }
        let configURL = sourceTarget.directoryURL.appending(path: "apigen-config.json")
        let (specURL, part) = try Self.config(at: configURL)
        // The files depend on the spec's size (`OutputLayout`). A spec that cannot be read gets the small layout's
        // names: the generator then fails with its own located message, which says more than the plugin could.
        let layout = FileManager.default.contents(atPath: specURL.path).flatMap(OutputLayout.init(specJSON:))
            ?? OutputLayout(operationCount: 0, modelCount: 0)
        let outputDirectory = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        return [
            .buildCommand(
                displayName: "Generating Swift from \(specURL.lastPathComponent) for \(target.name)",
                executable: try context.tool(named: "apigen-generate").url,
                arguments: [specURL.path, outputDirectory.path, part.rawValue],
                inputFiles: [specURL, configURL],
                outputFiles: layout.fileNames(part).map { outputDirectory.appending(path: $0) }
            )
        ]
    }

    /// Reads `{"spec": "relative/or/absolute/path.json", "part": "…"}`; relative paths start at
    /// the config's folder.
    static func config(at configURL: URL) throws -> (spec: URL, part: OutputPart) {
        guard let data = FileManager.default.contents(atPath: configURL.path) else {
            throw PluginError("APIGenBuildPlugin: \(configURL.path) is missing; create it with {\"spec\": \"path/to/spec.json\"}")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let spec = object["spec"] as? String else {
            throw PluginError("APIGenBuildPlugin: \(configURL.path) must be a JSON object with a string \"spec\"")
        }
        let partName = object["part"] as? String ?? OutputPart.all.rawValue
        guard let part = OutputPart(rawValue: partName) else {
            let names = OutputPart.allCases.map(\.rawValue).joined(separator: ", ")
            throw PluginError("APIGenBuildPlugin: \(configURL.path): \"part\" must be one of \(names), found \"\(partName)\"")
        }
        let url = spec.hasPrefix("/") ? URL(fileURLWithPath: spec) : configURL.deletingLastPathComponent().appending(path: spec)
        return (url.standardizedFileURL, part)
    }
}

struct PluginError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
