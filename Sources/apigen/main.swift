import APIGenOpenAPI
import APIGenSpec
import APIGenerator
import ArgumentParsing
import Foundation

/// apigen's entry point: parse the command line, run one command, exit with its status.
func run(_ arguments: [String]) -> Int32 {
    // `--version` stands alone: the parser would first ask for the missing command.
    if arguments == ["--version"] {
        print("apigen \(Generator.version)")
        return 0
    }
    let parsed: ParsedCommand
    do {
        parsed = try ArgumentParser.parse(arguments, command: Command.root)
    } catch {
        printError(error.description)
        return 2
    }
    guard !parsed.isHelpRequested, !parsed.flag("version"), parsed.commandPath.count == 2,
          let command = Command(rawValue: parsed.commandPath[1])
    else {
        print(HelpFormatter.help(root: Command.root, commandPath: parsed.commandPath), terminator: "")
        return parsed.isHelpRequested ? 0 : 2
    }
    if command == .diff, let old = parsed.positional("OLD"), let new = parsed.positional("NEW") {
        // The parser refuses a format that is not one of OutputFormat's.
        return Diff.run(old: old, new: new, format: parsed.value("format").flatMap(OutputFormat.init(rawValue:)) ?? .text)
    }
    if command == .import, let document = parsed.positional("OPENAPI") {
        let selection = ImportSelection(pathPrefixes: parsed.values("paths"), operationIDs: parsed.values("operations"), tags: parsed.values("tags"))
        switch (parsed.value("output"), parsed.value("into")) {
        case (let output?, nil):
            return Import.run(document: document, output: output, selection: selection, module: parsed.value("module"), strict: parsed.flag("strict"))
        case (nil, let spec?):
            return Import.run(document: document, into: spec, selection: selection, strict: parsed.flag("strict"))
        default:
            printError("apigen import: give one of '--output SPEC' (a new spec) and '--into SPEC' (add to a spec)\nRun 'apigen import --help' for usage.")
            return 2
        }
    }
    if command == .export, let spec = parsed.positional("SPEC"), let output = parsed.value("output") {
        return Export.run(spec: spec, output: output)
    }
    guard let specPath = parsed.positional("SPEC") else {
        print(HelpFormatter.help(root: Command.root, commandPath: parsed.commandPath), terminator: "")
        return 2
    }
    let specURL = URL(fileURLWithPath: specPath)
    do {
        switch command {
        case .diff, .import, .export:
            return 2  // handled above; the parser requires their positionals and output
        case .lint:
            // The parser refuses a format that is not one of OutputFormat's.
            let format = parsed.value("format").flatMap(OutputFormat.init(rawValue:)) ?? .text
            return Lint.run(parsed.positionalValues("SPEC"), format: format)
        case .generate, .check:
            guard let output = parsed.value("output") else {
                printError("apigen \(command.rawValue): missing '--output DIR'\nRun 'apigen \(command.rawValue) --help' for usage.")
                return 2
            }
            let partName = parsed.value("part") ?? OutputPart.all.rawValue
            guard let part = OutputPart(rawValue: partName) else {
                printError("apigen \(command.rawValue): '--part' must be one of \(OutputPart.allCases.map(\.rawValue).joined(separator: ", ")), found '\(partName)'")
                return 2
            }
            let files = try Generator.generate(specAt: specURL, displayName: specPath, part: part)
            let directory = URL(fileURLWithPath: output)
            return command == .check ? check(files, against: directory, specPath: specPath, output: output)
                : write(files, to: directory, part: part, quiet: parsed.flag("quiet"))
        }
    } catch {
        printError(error.description)
        let summary = "\(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s") in \(specPath)"
        printError(command == .generate ? summary + "; nothing was written." : summary + ".")
        return 1
    }
}

func write(_ files: [GeneratedFile], to directory: URL, part: OutputPart, quiet: Bool) -> Int32 {
    do {
        let report = try OutputWriter.write(files, to: directory, part: part)
        if !quiet {
            for name in report.removed { print("removed   \(directory.appending(path: name).path)") }
            for file in files {
                // Bytes, not Characters: splitting the text into Characters took more instructions than generating it.
                let lines = file.contents.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                let state = report.written.contains(file.name) ? "wrote    " : "unchanged"
                print("\(state) \(directory.appending(path: file.name).path) (\(lines) lines)")
            }
        }
        return 0
    } catch {
        printError("apigen: cannot write to \(directory.path): \(error.localizedDescription)")
        return 1
    }
}

func check(_ files: [GeneratedFile], against directory: URL, specPath: String, output: String) -> Int32 {
    let differences = OutputChecker.differences(files, in: directory)
    guard !differences.isEmpty else {
        print("\(output) is up to date with \(specPath).")
        return 0
    }
    for difference in differences { print(difference.diff, terminator: "") }
    printError("\(output) differs from what \(specPath) generates (\(differences.map(\.fileName).joined(separator: ", "))).")
    printError("To update it, run: swift run apigen generate \(specPath) --output \(output)")
    return 1
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

exit(run(Array(CommandLine.arguments.dropFirst())))
