import APIGenIR
import APIGenParallel
import APIGenRenderer
import APIGenSpec
import APIGenTranslator
import Foundation

/// Which generated files a build wants (the client, the command-line catalog, or both).
public typealias OutputPart = APIGenTranslator.OutputPart

/// How a spec's Swift is spread over files (one of each kind, or shards for a large spec).
public typealias OutputLayout = APIGenTranslator.OutputLayout

/// A generated file: its name inside the output folder and its text.
public struct GeneratedFile: Sendable, Hashable {
    public var name: String
    public var contents: String
}

/// The whole pipeline in memory: load → validate → translate → render. Nothing touches the disk
/// here, so a failing spec can never leave half-written output.
public enum Generator {
    /// The files `generate` produces for a spec small enough for one file of each kind, in order.
    public static var outputFileNames: [String] { Translator.outputFileNames }

    public static func generate(specAt url: URL, displayName: String? = nil, part: OutputPart = .all) throws(SpecError) -> [GeneratedFile] {
        let spec = try SpecLoader.load(contentsOf: url, displayName: displayName)
        return try generate(spec, part: part)
    }

    public static func generate(specData data: Data, fileName: String, part: OutputPart = .all) throws(SpecError) -> [GeneratedFile] {
        try generate(SpecLoader.load(data: data, fileName: fileName), part: part)
    }

    /// Validates and renders an already loaded spec.
    public static func generate(_ spec: Spec, part: OutputPart = .all) throws(SpecError) -> [GeneratedFile] {
        try SpecValidator.validate(spec)
        return Translator(spec: spec).translate(part).concurrentMap { GeneratedFile(name: $0.name, contents: SwiftRenderer.render($0)) }
    }

    /// Loads and validates without generating (for `apigen lint`).
    public static func lint(specAt url: URL, displayName: String? = nil) throws(SpecError) -> Spec {
        let spec = try SpecLoader.load(contentsOf: url, displayName: displayName)
        try SpecValidator.validate(spec)
        return spec
    }
}
