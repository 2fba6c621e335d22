// The build plugin's tool: `apigen-generate SPEC OUTPUT PART` writes the files of one part of a spec,
// as `apigen generate SPEC --output OUTPUT --part PART --quiet` does. It links the generator's stages
// and nothing else (no argument parser, no diff, no OpenAPI), so an app that depends on a generated
// client compiles as little of apigen as its build needs.
import APIGenSpec
import APIGenerator
import Foundation

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(status)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 3, let part = OutputPart(rawValue: arguments[2]) else {
    fail("usage: apigen-generate SPEC OUTPUT PART (PART: \(OutputPart.allCases.map(\.rawValue).joined(separator: ", ")))", status: 2)
}
let (specPath, outputPath) = (arguments[0], arguments[1])
do throws(SpecError) {
    let files = try Generator.generate(specAt: URL(fileURLWithPath: specPath), displayName: specPath, part: part)
    do {
        _ = try OutputWriter.write(files, to: URL(fileURLWithPath: outputPath), part: part)
    } catch {
        fail("apigen-generate: cannot write to \(outputPath): \(error.localizedDescription)", status: 1)
    }
} catch {
    fail("\(error.description)\n\(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s") in \(specPath); nothing was written.", status: 1)
}
