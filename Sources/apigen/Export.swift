import APIGenJSON
import APIGenOpenAPI
import APIGenSpec
import Foundation

/// `apigen export SPEC --output OPENAPI`: the spec as an OpenAPI 3.1 document.
enum Export {
    static func run(spec: String, output: String) -> Int32 {
        let document: JSONValue
        do {
            document = try OpenAPIExporter.export(specAt: URL(fileURLWithPath: spec), displayName: spec)
        } catch let error as SpecError {
            printError(error.description)
            printError("\(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s") in \(spec); nothing was written.")
            return 1
        } catch {
            printError("apigen export: cannot read \(spec): \(error)")
            return 1
        }
        do {
            try Data((JSONSerializer.string(document, options: .init(prettyPrinted: true)) + "\n").utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("apigen export: cannot write \(output): \(error.localizedDescription)")
            return 1
        }
        print("wrote \(output)")
        return 0
    }
}
