import APIGenJSON
import APIGenOpenAPI
import Foundation

/// `apigen import OPENAPI --output SPEC`: the selected operations of an OpenAPI document as a spec,
/// every approximation reported with its place in the document; with `--strict` any is an error.
enum Import {
    static func run(document documentPath: String, output: String, selection: ImportSelection, module: String?, strict: Bool) -> Int32 {
        let result: ImportResult
        do throws(OpenAPIError) {
            let document = try OpenAPIDocument(contentsOf: URL(fileURLWithPath: documentPath), displayName: documentPath)
            let moduleName = module ?? URL(fileURLWithPath: output).deletingPathExtension().lastPathComponent
            result = try OpenAPIImporter(document: document, options: ImportOptions(selection: selection, moduleName: moduleName, specFileName: output)).run()
        } catch {
            printError("\(documentPath): \(error.description)")
            printError("apigen import: nothing was written.")
            return 1
        }
        for warning in result.warnings {
            printError("\(documentPath)#\(warning.path.pointer): \(strict ? "error" : "warning"): \(warning.message) [\(warning.cause)]")
        }
        if strict, !result.warnings.isEmpty {
            printError("apigen import: \(result.warnings.count) approximation\(result.warnings.count == 1 ? "" : "s") with --strict; nothing was written.")
            return 1
        }
        if result.importedOperations.isEmpty {
            printError("apigen import: no operation of \(documentPath) was selected\(result.skippedOperations.isEmpty ? "" : " that could be imported"); nothing was written.")
            return 1
        }
        do {
            try Data(result.text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("apigen import: cannot write \(output): \(error.localizedDescription)")
            return 1
        }
        print("wrote \(output): \(result.spec.operations.count) operations, \(result.spec.models.count) models; "
            + "\(result.skippedOperations.count) skipped, \(result.warnings.count) warning\(result.warnings.count == 1 ? "" : "s").")
        return 0
    }
}
