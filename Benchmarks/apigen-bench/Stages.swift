import APIGenIR
import APIGenRenderer
import APIGenSpec
import APIGenTranslator
import Foundation

/// `apigen-bench --stages N`: times each stage of the pipeline for a synthetic spec of N operations
/// (for finding where generation time goes; not part of the normal run).
enum Stages {
    static func run(operations: Int) {
        let documents = SyntheticSpec.documents(operations: operations, maxBytes: SpecLoader.maximumFileSize)
        let clock = ContinuousClock()
        var spec: Spec!
        let load = clock.measure {
            spec = try! SpecLoader.load(data: documents[0], fileName: "synthetic.json")
            for part in documents.dropFirst() {
                let loaded = try! SpecLoader.load(data: part, fileName: "synthetic-part.json")
                spec.models += loaded.models
                spec.operations += loaded.operations
            }
        }
        let rssAfterLoad = residentMegabytes()
        let validate = clock.measure { try! SpecValidator.validate(spec) }
        var files: [SourceFile] = []
        let translate = clock.measure { files = Translator(spec: spec).translate() }
        let rssAfterTranslate = residentMegabytes()
        var rendered: [(String, Duration)] = []
        for file in files {
            var text = ""
            let elapsed = clock.measure { text = SwiftRenderer.render(file) }
            blackHole(text)
            rendered.append((file.name, elapsed))
        }
        // Types.swift and Validation.swift translate their models while they render (one group
        // each), so their render times include that; `translate` is the client and the catalog.
        print("operations \(operations): load \(load), validate \(validate), translate \(translate)")
        for (name, elapsed) in rendered { print("  render \(name): \(elapsed)") }
        print("  resident after load \(fixed(rssAfterLoad, 0)) MiB, after translate \(fixed(rssAfterTranslate, 0)) MiB, peak \(fixed(peakResidentMegabytes(), 0)) MiB")
    }
}

/// Current resident set size (VmRSS), in MiB; Linux only.
func residentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        if let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) { return kilobytes / 1024 }
    }
    return .nan
}
