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
        guard reportWarnings(result, of: documentPath, strict: strict, otherwise: "nothing was written") else { return 1 }
        if result.importedOperations.isEmpty {
            printError("apigen import: no operation of \(documentPath) was selected\(result.skippedOperations.isEmpty ? "" : " that could be imported"); nothing was written.")
            return 1
        }
        guard write(result.text, to: output) else { return 1 }
        print("wrote \(output): \(result.spec.operations.count) operations, \(result.spec.models.count) models; "
            + "\(result.skippedOperations.count) skipped, \(result.warnings.count) warning\(result.warnings.count == 1 ? "" : "s").")
        return 0
    }

    /// `apigen import OPENAPI --into SPEC`: the selected operations `spec` lacks, added to it (see ``SpecMerge``).
    static func run(document documentPath: String, into specPath: String, selection: ImportSelection, strict: Bool) -> Int32 {
        let merged: SpecMerge
        let result: ImportResult
        do throws(OpenAPIError) {
            let specURL = URL(fileURLWithPath: specPath)
            guard let existing = try? String(contentsOf: specURL, encoding: .utf8) else {
                throw OpenAPIError(path: .root, message: "cannot read \(specPath)")
            }
            let moduleName = (try? JSONParser.parse(existing))?["module"]?["name"]?.stringValue ?? specURL.deletingPathExtension().lastPathComponent
            let document = try OpenAPIDocument(contentsOf: URL(fileURLWithPath: documentPath), displayName: documentPath)
            result = try OpenAPIImporter(document: document, options: ImportOptions(selection: selection, moduleName: moduleName, specFileName: specPath)).run()
            merged = try SpecMerge.merge(result, into: existing, fileName: specPath)
        } catch {
            printError("\(documentPath): \(error.description)")
            printError("apigen import: \(specPath) was not changed.")
            return 1
        }
        guard reportWarnings(result, of: documentPath, strict: strict, otherwise: "\(specPath) was not changed") else { return 1 }
        if !merged.addedOperations.isEmpty {
            guard write(merged.text, to: specPath) else { return 1 }
        }
        let added = merged.addedOperations.isEmpty ? "" : " (\(merged.addedOperations.joined(separator: ", ")))"
        print("added to \(specPath): \(merged.addedOperations.count) operations\(added), "
            + "\(merged.addedModels.count) models; \(merged.existingOperations.count) already there, \(result.skippedOperations.count) skipped.")
        return 0
    }

    /// Prints the import's warnings (errors with `--strict`); `false` when `--strict` refuses them.
    private static func reportWarnings(_ result: ImportResult, of documentPath: String, strict: Bool, otherwise outcome: String) -> Bool {
        for warning in result.warnings {
            printError("\(documentPath)#\(warning.path.pointer): \(strict ? "error" : "warning"): \(warning.message) [\(warning.cause)]")
        }
        guard strict, !result.warnings.isEmpty else { return true }
        printError("apigen import: \(result.warnings.count) approximation\(result.warnings.count == 1 ? "" : "s") with --strict; \(outcome).")
        return false
    }

    /// Writes `text` to `path` atomically; `false`, said, when it cannot.
    private static func write(_ text: String, to path: String) -> Bool {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return true
        } catch {
            printError("apigen import: cannot write \(path): \(error.localizedDescription)")
            return false
        }
    }
}
