import Foundation
import PackagePlugin

/// Runs `apigen generate` before compiling a target, from the spec its `apigen-config.json` names.
///
/// Inputs and outputs are declared exactly, so the build system runs the generator only when the
/// spec, the config or apigen itself changed; a no-op rebuild runs nothing.
@main
struct APIGenBuildPlugin: BuildToolPlugin {
    /// The files `apigen generate` writes; fixed, so they can be declared before it runs.
    static let outputFileNames = ["Types.swift", "Validation.swift", "Client.swift", "Operations.swift"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let sourceTarget = target as? SourceModuleTarget else { return [] }
        let configURL = sourceTarget.directoryURL.appending(path: "apigen-config.json")
        let specURL = try Self.specURL(fromConfigAt: configURL)
        let outputDirectory = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        return [
            .buildCommand(
                displayName: "Generating Swift from \(specURL.lastPathComponent) for \(target.name)",
                executable: try context.tool(named: "apigen").url,
                arguments: ["generate", specURL.path, "--output", outputDirectory.path, "--quiet"],
                inputFiles: [specURL, configURL],
                outputFiles: Self.outputFileNames.map { outputDirectory.appending(path: $0) }
            )
        ]
    }

    /// Reads `{"spec": "relative/or/absolute/path.json"}`; relative paths start at the config's folder.
    static func specURL(fromConfigAt configURL: URL) throws -> URL {
        guard let data = FileManager.default.contents(atPath: configURL.path) else {
            throw PluginError("APIGenBuildPlugin: \(configURL.path) is missing; create it with {\"spec\": \"path/to/spec.json\"}")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let spec = object["spec"] as? String else {
            throw PluginError("APIGenBuildPlugin: \(configURL.path) must be a JSON object with a string \"spec\"")
        }
        let url = spec.hasPrefix("/") ? URL(fileURLWithPath: spec) : configURL.deletingLastPathComponent().appending(path: spec)
        return url.standardizedFileURL
    }
}

struct PluginError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
