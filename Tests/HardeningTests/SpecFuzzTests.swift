import APIGenJSON
import APIGenSpec
import APIGenerator
import Foundation
import SpecDrivenTesting
import Testing
import TestSupport

/// Mutates each spec under test (`spec/mcp-servers.json` and the fixture) thousands of ways and
/// runs the whole generator on each mutant: every one must either generate the four files or be refused with a `SpecError` whose
/// every diagnostic is located (a JSON pointer that exists in the document, and the line and
/// column where that very value or key starts).
@Suite("Generator fuzzing")
struct SpecFuzzTests {
    /// 3000 on CI (750 locally), shared among the specs under test; `APIGEN_FUZZ_CASES=100000` for a longer run.
    static let caseCount = fuzzCasesPerAPI(fullTotal: 3000, suite: "SpecFuzzTests")
    static let seed: UInt64 = 0x5EED_0A91_6E4C_0001
    /// 15 s by default; raise it for slow builds (`APIGEN_FUZZ_CASE_SECONDS=120` under ThreadSanitizer).
    static let caseTimeLimit = Duration.seconds(ProcessInfo.processInfo.environment["APIGEN_FUZZ_CASE_SECONDS"].flatMap { Int($0) } ?? 15)

    /// Member names whose values steer the loader and validator; mutations aim at them more often.
    static let interestingKeys: Set<String> = [
        "path", "ref", "type", "in", "method", "status", "kind", "pageParameter", "perPageParameter", "info", "totalPagesField", "cursorParameter", "cursorField",
        "positionals", "authentication", "name", "client", "protocol", "resultField", "baseURL", "items", "format", "pattern",
        "minLength", "maxLength", "minimum", "maximum", "default", "example", "required", "nullable", "readOnly", "writeOnly",
        "sensitive", "swiftName", "unknownFields", "values", "value", "body", "result", "requestBody", "errors", "pagination",
        "parameters", "fields", "models", "operations", "formatVersion", "command", "flag", "credentials", "header",
    ]

    struct Tally: Sendable {
        var generated = 0
        var invalidJSON = 0
        var refusedByLoader = 0
        var refusedByValidator = 0
        var slowest: (case: Int, duration: Duration) = (-1, .zero)
        var longestMessage = 0
        /// Broken cases (number, description); the first 20 are recorded as issues after the loop.
        var problems: [(Int, String)] = []
        var total: Int { generated + invalidJSON + refusedByLoader + refusedByValidator }
    }

    @Test("3000 mutated specs, shared among the APIs: each generates, or fails with a SpecError whose diagnostics are all located",
          .serialized, arguments: APIUnderTest.all)
    func mutatedSpecs(_ api: APIUnderTest) async throws {
        let fileName = api.specPath
        let original = try Data(contentsOf: api.specURL)
        let tree = try JSONParser.parse(original)
        let tally = LockedValue(Tally())

        let clock = ContinuousClock.now
        // Two workers (cases are independent: each depends only on its number), so the run takes
        // half the time on two idle cores; `current` says what each worker is doing.
        let workers = 2
        let current = LockedValue([String](repeating: "not started", count: workers))
        let finished = await finishesInTime(Self.caseTimeLimit * 40) {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: Self.caseCount, by: workers) {
                    var mutator = JSONMutator(seed: Self.seed &+ UInt64(index))
                    let bytes = Self.makeCase(&mutator, original: Array(original), tree: tree)
                    current.withLock { $0[worker] = "case \(index): \(mutator.log.joined(separator: "; "))" }
                    let started = ContinuousClock.now
                    let outcome = Self.run(bytes, fileName: fileName)
                    let duration = ContinuousClock.now - started
                    let problems = Self.problems(with: outcome, bytes: bytes, fileName: fileName, exact: index % 4 == 0)
                    tally.withLock { tally in
                        switch outcome {
                        case .generated: tally.generated += 1
                        case .refused(let error, let stage):
                            switch stage {
                            case .json: tally.invalidJSON += 1
                            case .loader: tally.refusedByLoader += 1
                            case .validator: tally.refusedByValidator += 1
                            }
                            tally.longestMessage = max(tally.longestMessage, error.diagnostics.map(\.message.utf8.count).max() ?? 0)
                        }
                        if duration > tally.slowest.duration { tally.slowest = (index, duration) }
                        if !problems.isEmpty {
                            tally.problems.append((index, "case \(index) [\(mutator.log.joined(separator: "; "))]: \(problems.joined(separator: "; "))"))
                        }
                    }
                }
            }
        }
        let elapsed = ContinuousClock.now - clock
        #expect(finished, "the fuzz loop did not finish; it was at \(current.current)")
        let result = tally.current
        for (_, problem) in result.problems.sorted(by: { $0.0 < $1.0 }).prefix(20) { Issue.record(Comment(rawValue: problem)) }
        if finished {
            #expect(result.total == Self.caseCount)
        }
        // Each case is bounded: a hang or a quadratic blow-up shows up as one slow case. (Found
        // so far: 62 s for a description of 500k line breaks, 19 s for a 1 MB unknown type name,
        // 9 s for a 1 MB description of bidi controls; each now well under a second.)
        #expect(result.slowest.duration < Self.caseTimeLimit, "case \(result.slowest.case) took \(result.slowest.duration)")
        // Every kind of outcome is exercised, so the fuzzer is not just producing invalid JSON (at
        // 3000 cases: over 50 generated and refused by the validator, over 300 of the others).
        let some = Self.caseCount / 60, many = Self.caseCount / 10
        #expect(result.generated > some && result.invalidJSON > many && result.refusedByLoader > many && result.refusedByValidator > some)
        print("""
            spec fuzz of \(api): \(result.total) mutated specs (seed \(String(Self.seed, radix: 16))): \(result.generated) generated, \
            \(result.total - result.generated) refused with located errors (\(result.invalidJSON) invalid JSON, \
            \(result.refusedByLoader) by the loader, \(result.refusedByValidator) by the validator); slowest case \
            #\(result.slowest.case) \(Int(result.slowest.duration.milliseconds)) ms, all \(Int(elapsed.milliseconds / 1000)) s; \
            longest diagnostic message \(result.longestMessage) bytes
            """)
    }

    /// Replays one case of each spec with its log and timings: `APIGEN_FUZZ_CASE=224 swift test --filter replaySpecCase`.
    @Test("replay one mutated spec (APIGEN_FUZZ_CASE=n)", .enabled(if: ProcessInfo.processInfo.environment["APIGEN_FUZZ_CASE"] != nil,
                                                                  "replays one fuzz case on demand: APIGEN_FUZZ_CASE=224 swift test --filter replaySpecCase"),
          arguments: APIUnderTest.all)
    func replaySpecCase(_ api: APIUnderTest) throws {
        let index = Int(ProcessInfo.processInfo.environment["APIGEN_FUZZ_CASE"] ?? "") ?? 0
        let original = try Data(contentsOf: api.specURL)
        var mutator = JSONMutator(seed: Self.seed &+ UInt64(index))
        let bytes = Self.makeCase(&mutator, original: Array(original), tree: try JSONParser.parse(original))
        print("\(api) case \(index): \(mutator.log.joined(separator: "; ")) (\(bytes.count) bytes)")
        let started = ContinuousClock.now
        let outcome = Self.run(bytes, fileName: api.specPath)
        print("took \(ContinuousClock.now - started)")
        if case .refused(let error, let stage) = outcome {
            print("refused by \(stage): \(error.description.prefix(2000))")
        }
        let problems = Self.problems(with: outcome, bytes: bytes, fileName: api.specPath, exact: true)
        #expect(problems.isEmpty, "\(problems)")
    }

    // MARK: Cases

    static func makeCase(_ mutator: inout JSONMutator, original: [UInt8], tree: JSONValue) -> [UInt8] {
        var value = tree
        let pretty = mutator.random.chance(1, in: 4)
        let roll = mutator.random.below(100)
        switch roll {
        case 0..<45:
            for _ in 0...mutator.random.below(3) { mutator.mutateValue(&value, biasedKeys: interestingKeys) }
            return JSONSerializer.serialize(value, options: .init(prettyPrinted: pretty))
        case 45..<60:
            for _ in 0..<mutator.random.below(3) { mutator.mutateValue(&value, biasedKeys: interestingKeys) }
            var bytes = JSONSerializer.serialize(value, options: .init(prettyPrinted: pretty))
            mutator.mutateBytes(&bytes)
            return bytes
        case 60..<78:
            var bytes = original
            for _ in 0...mutator.random.below(3) { mutator.mutateBytes(&bytes) }
            return bytes
        case 78..<86:
            if mutator.random.chance(1, in: 2) { mutator.mutateValue(&value, biasedKeys: interestingKeys) }
            return mutator.duplicateKey(in: value, pretty: pretty)
        case 86..<94:
            // 10,000 levels, or just either side of the limit of 64.
            let depth = mutator.random.pick([10_000, 10_000, 66, 64, 60, 200])
            let objects = mutator.random.chance(1, in: 2)
            mutator.log.append("\(depth) levels of \(objects ? "objects" : "arrays")")
            return mutator.splice(into: value, pretty: pretty) { _, _ in JSONMutator.deepText(depth: depth, objects: objects) }
        case 94..<95:
            // A 1 MB string: a description (generates), a name (refused), a path...
            // 1 MB in a third of these cases, 64 KB in the others (to keep the run short).
            let size = mutator.random.chance(1, in: 3) ? 1 << 20 : 1 << 16
            let unit = mutator.random.pick(["a", "é", "🚀", "\\n", "\\\"", "*/", "\\u202E"])
            mutator.log.append("\(size >> 10) KB string of \(unit)")
            return mutator.splice(into: value, pretty: pretty) { _, _ in
                var bytes: [UInt8] = [UInt8(ascii: "\"")]
                let unitBytes = Array(unit.utf8)
                while bytes.count < size { bytes += unitBytes }
                bytes.append(UInt8(ascii: "\""))
                return bytes
            }
        default:
            // Many small edits at once.
            for _ in 0..<(4 + mutator.random.below(8)) { mutator.mutateValue(&value, biasedKeys: interestingKeys) }
            return JSONSerializer.serialize(value, options: .init(prettyPrinted: pretty))
        }
    }

    enum Stage { case json, loader, validator }

    enum Outcome {
        case generated([GeneratedFile])
        case refused(SpecError, Stage)
    }

    static func run(_ bytes: [UInt8], fileName: String) -> Outcome {
        let data = Data(bytes)
        let spec: Spec
        do {
            spec = try SpecLoader.load(data: data, fileName: fileName)
        } catch {
            let isJSON = error.diagnostics.count == 1 && error.diagnostics[0].message.hasPrefix("invalid JSON")
            return .refused(error, isJSON ? .json : .loader)
        }
        do {
            return .generated(try Generator.generate(spec))
        } catch {
            return .refused(error, .validator)
        }
    }

    /// What is wrong with an outcome; empty when it is as required.
    ///
    /// Every refused case gets its pointer resolved and its line/column recomputed from the byte
    /// offset; every `exactEvery`-th one is also compared with the parser's own recorded locations
    /// (recording them costs more than loading the spec, so not for every case).
    static func problems(with outcome: Outcome, bytes: [UInt8], fileName: String, exact: Bool) -> [String] {
        var problems: [String] = []
        switch outcome {
        case .generated(let files):
            if files.map(\.name) != Generator.outputFileNames { problems.append("generated \(files.map(\.name))") }
            if files.contains(where: { $0.contents.isEmpty }) { problems.append("an empty generated file") }
        case .refused(let error, let stage):
            var options = JSONParseOptions.strict
            options.maxDepth = SpecLoader.maximumDepth
            let parsed = Result { () throws(JSONSyntaxError) in try JSONParser.parse(bytes, options: options) }
            let locations = exact ? (try? JSONParser.parseWithLocations(bytes, options: options))?.locations : nil
            if error.diagnostics.isEmpty { problems.append("a SpecError without diagnostics") }
            for diagnostic in error.diagnostics {
                let location = diagnostic.location
                if location.file != fileName { problems.append("diagnostic names file \(location.file)") }
                if diagnostic.message.isEmpty { problems.append("empty message at \(location)") }
                guard let position = location.position else {
                    problems.append("no line/column: \(diagnostic.message.prefix(200))")
                    continue
                }
                guard position.offset >= 0, position.offset <= bytes.count else {
                    problems.append("offset \(position.offset) outside the \(bytes.count) bytes")
                    continue
                }
                let (line, column) = lineAndColumn(of: position.offset, in: bytes)
                if (position.line, position.column) != (line, column) {
                    problems.append("offset \(position.offset) is \(line):\(column), the diagnostic says \(position)")
                }
                switch parsed {
                case .success(let value):
                    // The pointer names a value of this document, and the position is where that value or its key starts.
                    guard let target = JSONMutator.value(at: location.path.components, in: value) else {
                        problems.append("pointer #\(location.path.pointer) does not exist in the document: \(diagnostic.message.prefix(200))")
                        continue
                    }
                    let isKey: Bool = if case .key? = location.path.components.last { true } else { false }
                    if !starts(target, at: position.offset, in: bytes) && !(isKey && bytes[position.offset] == UInt8(ascii: "\"")) {
                        problems.append("\(position) is not where #\(location.path.pointer) starts: \(diagnostic.message.prefix(200))")
                    }
                    if let locations, position != locations.valueLocation(at: location.path) && position != locations.keyLocation(at: location.path) {
                        problems.append("position \(position) is not the parser's for #\(location.path.pointer): \(diagnostic.message.prefix(200))")
                    }
                    if stage == .json { problems.append("'invalid JSON' for a document the parser accepts") }
                case .failure(let syntax):
                    if stage != .json { problems.append("the loader accepted JSON the strict parser refuses") }
                    if position != syntax.location || location.path != syntax.path {
                        problems.append("the JSON error is at \(position) #\(location.path.pointer), the parser says \(syntax.location) #\(syntax.path.pointer)")
                    }
                }
            }
        }
        return problems
    }

    /// Line and column (in Unicode scalars) of a byte offset; lines end at LF, CRLF or a lone CR.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        var index = 0
        while index < offset {
            switch bytes[index] {
            case 0x0A: line += 1; column = 1
            case 0x0D where index + 1 < bytes.count && bytes[index + 1] == 0x0A: break
            case 0x0D: line += 1; column = 1
            case let byte where byte & 0xC0 != 0x80: column += 1
            default: break
            }
            index += 1
        }
        return (line, column)
    }

    /// Whether the text at `offset` starts a value of the kind of `value`.
    static func starts(_ value: JSONValue, at offset: Int, in bytes: [UInt8]) -> Bool {
        guard offset < bytes.count else { return false }
        let byte = bytes[offset]
        return switch value {
        case .object: byte == UInt8(ascii: "{")
        case .array: byte == UInt8(ascii: "[")
        case .string: byte == UInt8(ascii: "\"")
        case .number: byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        case .bool(let flag): byte == UInt8(ascii: flag ? "t" : "f")
        case .null: byte == UInt8(ascii: "n")
        }
    }
}
