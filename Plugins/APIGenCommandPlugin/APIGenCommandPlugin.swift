import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-code [SPEC [OUTPUT]]`: regenerates
/// the checked-in copy of the generated code (by default spec/mcp-servers.json into Generated/).
@main
struct APIGenCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let root = context.package.directoryURL
        let spec = arguments.first.map { root.appending(path: $0) } ?? root.appending(path: "spec/mcp-servers.json")
        let output = arguments.dropFirst().first.map { root.appending(path: $0) } ?? root.appending(path: "Generated")
        let process = Process()
        process.executableURL = try context.tool(named: "apigen").url
        process.arguments = ["generate", spec.path, "--output", output.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandError("apigen exited with status \(process.terminationStatus)")
        }
    }
}

struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
