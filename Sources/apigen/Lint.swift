import APIGenJSON
import APIGenSpec
import APIGenerator
import Foundation

/// `apigen lint SPEC...`: checks every file, reports each one's problems (as compiler errors, or
/// as one JSON document for editors and CI with `--format json`), and fails when any has one.
enum Lint {
    /// One file's outcome: the loaded spec, or its diagnostics.
    struct Outcome {
        var path: String
        var spec: Spec?
        var diagnostics: [SpecDiagnostic]

        /// A document in another format (OpenAPI, Swagger) fails on its top-level keys; say what it is instead
        /// of only listing the keys apigen's format lacks.
        var foreignFormatHint: String? {
            let topLevelKeys = Set(diagnostics.compactMap { diagnostic -> String? in
                let components = diagnostic.location.path.pointer.split(separator: "/")
                return components.count == 1 ? String(components[0]) : nil
            })
            guard let key = ["openapi", "swagger"].first(where: topLevelKeys.contains) else { return nil }
            return "this looks like an OpenAPI document (it has '\(key)'); apigen reads its own spec format (spec/README.md). "
                + "Convert it with 'apigen import \(path) --output SPEC'."
        }
    }

    static func run(_ paths: [String], format: OutputFormat) -> Int32 {
        let outcomes = paths.map { path in
            do throws(SpecError) {
                return Outcome(path: path, spec: try Generator.lint(specAt: URL(fileURLWithPath: path), displayName: path), diagnostics: [])
            } catch {
                return Outcome(path: path, spec: nil, diagnostics: error.diagnostics)
            }
        }
        switch format {
        case .text: printText(outcomes)
        case .json: print(JSONSerializer.string(json(outcomes), options: .init(prettyPrinted: true)))
        }
        return outcomes.allSatisfy { $0.spec != nil } ? 0 : 1
    }

    static func printText(_ outcomes: [Outcome]) {
        for outcome in outcomes {
            if let spec = outcome.spec {
                print("\(outcome.path): ok (\(spec.models.count) models, \(spec.operations.count) operations)")
                continue
            }
            printError(outcome.diagnostics.map(\.description).joined(separator: "\n"))
            if let hint = outcome.foreignFormatHint { printError("\(outcome.path): note: \(hint)") }
            let count = outcome.diagnostics.count
            printError("\(count) error\(count == 1 ? "" : "s") in \(outcome.path).")
        }
    }

    /// `{"files": [{"file", "ok", "models", "operations", "hint"}], "diagnostics": [{"file", "line", "column", "severity", "message", "pointer"}]}`;
    /// `line` and `column` are absent when the position is unknown.
    static func json(_ outcomes: [Outcome]) -> JSONValue {
        var files: [JSONValue] = []
        var diagnostics: [JSONValue] = []
        for outcome in outcomes {
            var file: JSONObject = ["file": .string(outcome.path), "ok": .bool(outcome.spec != nil)]
            if let spec = outcome.spec {
                file["models"] = .number(JSONNumber(spec.models.count))
                file["operations"] = .number(JSONNumber(spec.operations.count))
            }
            if let hint = outcome.foreignFormatHint { file["hint"] = .string(hint) }
            files.append(.object(file))
            for diagnostic in outcome.diagnostics {
                var entry: JSONObject = ["file": .string(diagnostic.location.file), "severity": "error", "message": .string(diagnostic.message)]
                if let position = diagnostic.location.position {
                    entry["line"] = .number(JSONNumber(position.line))
                    entry["column"] = .number(JSONNumber(position.column))
                }
                entry["pointer"] = .string(diagnostic.location.path.pointer)
                diagnostics.append(.object(entry))
            }
        }
        return .object(["files": .array(files), "diagnostics": .array(diagnostics)])
    }
}
