// apigen-bench: generation speed and scaling, generated-client decode/encode/validate cost against
// plain Codable, and peak memory, in one run. Run in release from the package root:
//     swift run -c release apigen-bench
// The last line of output is one JSON object with the headline figures.
import APIGenSpec
import APIGenerator
import CloudflareMCP
import Foundation

let benchmarkUsage = """
    USAGE: apigen-bench [--stages <N> | --soak <N> | --unknown-fields <N> | --response-memory | --maps | --unions | --integer-enums | --recursive-models]

    Measures generation speed and scaling, the generated client's decode, encode and validate cost
    against plain Codable, and peak memory, in one run (minutes); prints a table and ends with one
    JSON line. Run it in release from the package root: swift run -c release apigen-bench

    OPTIONS:
      --stages <N>        Only time each stage of the pipeline for a synthetic spec of N operations.
      --soak <N>          Only make N sequential calls over loopback and print resident memory as they go.
      --unknown-fields <N>
                          Only time decoding, re-encoding and comparing an object with N unknown members.
      --response-memory   Only measure resident memory against an endless body and a gzip bomb.
      --maps              Only compare decoding a map-heavy list (JSONMap) with plain Codable dictionaries.
      --unions            Only compare decoding a union-heavy list (a discriminated union) with plain Codable enums.
      --integer-enums     Only compare decoding a list with open integer enums with plain Codable enums.
      --recursive-models  Only compare decoding a list of recursive models (@Indirect) with plain Codable classes.
      -h, --help          Show help information.

    """

let benchmarkArguments = Array(CommandLine.arguments.dropFirst())
if benchmarkArguments == ["--help"] || benchmarkArguments == ["-h"] {
    print(benchmarkUsage, terminator: "")
    exit(0)
}
if benchmarkArguments.count == 2, benchmarkArguments[0] == "--stages", let operations = Int(benchmarkArguments[1]), operations > 0 {
    Stages.run(operations: operations)
    exit(0)
}
if benchmarkArguments.count == 2, benchmarkArguments[0] == "--soak", let calls = Int(benchmarkArguments[1]), calls > 0 {
    await Soak.run(calls: calls)
    exit(0)
}
if benchmarkArguments.count == 2, benchmarkArguments[0] == "--unknown-fields", let members = Int(benchmarkArguments[1]), members > 0 {
    UnknownFields.run(members: members)
    exit(0)
}
if benchmarkArguments == ["--response-memory"] {
    await ResponseMemory.run()
    exit(0)
}
if !benchmarkArguments.isEmpty, ![["--maps"], ["--unions"], ["--integer-enums"], ["--recursive-models"]].contains(benchmarkArguments) {
    FileHandle.standardError.write(Data("apigen-bench: unexpected arguments \(benchmarkArguments.joined(separator: " "))\n\n\(benchmarkUsage)".utf8))
    exit(2)
}

let clock = ContinuousClock()
let started = clock.now
var table = Table()

func log(_ text: String) {
    FileHandle.standardError.write(Data("· \(text)\n".utf8))
}

if benchmarkArguments == ["--maps"] {
    let maps = await MapsDecode.benchmark(count: 10000, repetitions: 7)
    print(table.render())
    print("decode_maps_10000.ratio = \(fixed(maps.ratio)) (target ≤ 1.00)")
    exit(0)
}
if benchmarkArguments == ["--unions"] {
    let unions = await UnionsDecode.benchmark(count: 10000, repetitions: 7)
    let byMember = await UnionsDecode.benchmarkByMember(count: 10000, repetitions: 7)
    print(table.render())
    print("decode_unions_10000.ratio = \(fixed(unions.ratio)) (target ≤ 1.00)")
    print("decode_unions_by_member_10000.ratio = \(fixed(byMember.ratio)) (target ≤ 1.00)")
    exit(0)
}

if benchmarkArguments == ["--integer-enums"] {
    let enums = await IntegerEnumsDecode.benchmark(count: 10000, repetitions: 7)
    print(table.render())
    print("decode_integer_enums_10000.ratio = \(fixed(enums.ratio)) (target ≤ 1.00)")
    exit(0)
}
if benchmarkArguments == ["--recursive-models"] {
    let recursive = await RecursiveModelsDecode.benchmark(count: 10000, repetitions: 7)
    print(table.render())
    print("decode_recursive_models_10000.ratio = \(fixed(recursive.ratio)) (target ≤ 1.00)")
    exit(0)
}

// MARK: - Generation: the real spec

/// spec/mcp-servers.json from the current directory, else relative to this source file.
func locateSpec() -> URL {
    let fromCurrent = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("spec/mcp-servers.json")
    if FileManager.default.fileExists(atPath: fromCurrent.path) { return fromCurrent }
    let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("spec/mcp-servers.json")
    if FileManager.default.fileExists(atPath: fromSource.path) { return fromSource }
    fail("cannot find spec/mcp-servers.json (run from the package root)")
}

let specURL = locateSpec()
guard let specData = try? Data(contentsOf: specURL) else { fail("cannot read \(specURL.path)") }

func generateOrFail(_ run: () throws(SpecError) -> [GeneratedFile], what: String) -> [GeneratedFile] {
    do {
        return try run()
    } catch {
        let shown = error.diagnostics.prefix(20).map(\.description).joined(separator: "\n")
        fail("\(what) does not generate: \(error.diagnostics.count) diagnostics\n\(shown)")
    }
}

log("generate: spec/mcp-servers.json")
let mcpFiles = generateOrFail({ () throws(SpecError) in try Generator.generate(specData: specData, fileName: "mcp-servers.json") },
                              what: "spec/mcp-servers.json")
let mcpLines = mcpFiles.reduce(0) { $0 + $1.contents.split(separator: "\n", omittingEmptySubsequences: false).count }
let generateMCP = measure(repetitions: 21, warmup: 3) {
    try? Generator.generate(specData: specData, fileName: "mcp-servers.json")
}
table.add("generate mcp-servers.json", generateMCP, unit: "ms", note: "\(specData.count / 1024) KiB spec → \(mcpLines) lines")

// MARK: - Generation: synthetic specs

/// Loads every part, concatenates models and operations into the first, then validates and renders.
func runPipeline(_ documents: [Data]) throws(SpecError) -> [GeneratedFile] {
    if documents.count == 1 { return try Generator.generate(specData: documents[0], fileName: "synthetic.json") }
    var spec = try SpecLoader.load(data: documents[0], fileName: "synthetic-1.json")
    for (index, part) in documents.enumerated().dropFirst() {
        let loaded = try SpecLoader.load(data: part, fileName: "synthetic-\(index + 1).json")
        spec.models += loaded.models
        spec.operations += loaded.operations
    }
    return try Generator.generate(spec)
}

var scaleMedians: [Int: Double] = [:]
// Big specs take seconds per run, so their checking run (already warm: the smaller specs ran the
// same code) also counts as a sample; small specs discard it as a warm-up.
for (operations, samplesWanted, checkRunIsSample) in [(10, 21, false), (100, 11, false), (1000, 5, true), (5000, 3, true)] {
    log("generate: synthetic spec with \(operations) operations")
    let documents = SyntheticSpec.documents(operations: operations, maxBytes: SpecLoader.maximumFileSize)
    let bytes = documents.reduce(0) { $0 + $1.count }
    // One run that must pass validation: fail loudly if the synthetic spec has errors.
    let cpuStart = processCPUSeconds()
    let checkStart = clock.now
    let files = generateOrFail({ () throws(SpecError) in try runPipeline(documents) }, what: "the synthetic spec (\(operations) operations)")
    let checkSeconds = (clock.now - checkStart).seconds
    let checkCPU = processCPUSeconds() - cpuStart
    let lines = files.reduce(0) { $0 + $1.contents.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 } }
    var samples = measure(repetitions: samplesWanted - (checkRunIsSample ? 1 : 0), warmup: 0) { try? runPipeline(documents) }
    if checkRunIsSample {
        samples.seconds.insert(checkSeconds, at: 0)
        samples.cpuSeconds.insert(checkCPU, at: 0)
    }
    scaleMedians[operations] = samples.median
    let parts = documents.count > 1 ? ", \(documents.count) parts" : ""
    table.add("generate synthetic \(operations) ops", samples, unit: "ms",
              note: String(format: "%.1f MiB spec%@ → %d lines", Double(bytes) / 1_048_576, parts, lines))
}
let growth = scaleMedians[5000]! / (5 * scaleMedians[1000]!)

// MARK: - Decoding a list response

struct DecodeResult {
    var generated: Samples
    var plain: Samples
    var ratio: Double { generated.median / plain.median }
}

func checkSameServers(_ generated: [MCPServer], _ plain: [Plain.Server]) {
    guard generated.count == plain.count else { fail("decoded \(generated.count) servers generated, \(plain.count) plain") }
    for (g, p) in zip(generated, plain) {
        let sameDates = [(g.createdAt, p.createdAt), (g.modifiedAt, p.modifiedAt), (g.lastSynced, p.lastSynced),
                         (g.lastSuccessfulSync, p.lastSuccessfulSync)].allSatisfy { pair in
            guard let a = pair.0?.date, let b = pair.1 else { return false }
            return abs(a.timeIntervalSince(b)) < 0.0005
        }
        guard g.id == p.id, g.description.value == p.description, sameDates, g.tools.count == p.tools.count,
              g.updatedTools?.count == p.updatedTools?.count, g.authConfigSummary?.config?.tokenEndpoint == p.authConfigSummary?.config?.tokenEndpoint,
              g.status?.rawValue == p.status?.rawValue, g.unknownFields.isEmpty
        else { fail("generated and plain decoding disagree on server \(g.id)") }
    }
}

@MainActor
func benchmarkDecode(count: Int, repetitions: Int) async -> DecodeResult {
    log("decode: list of \(count) servers")
    let body = ServerFixture.listBody(count: count)
    let client = MCPServersClient.inMemory(body: body)
    let decoder = Plain.makeDecoder()

    let page: Page<MCPServer, ResultInfo>
    let plainEnvelope: Plain.ListEnvelope
    do {
        page = try await client.listServers(accountID: SyntheticSpec.accountID)
        plainEnvelope = try decoder.decode(Plain.ListEnvelope.self, from: body)
    } catch {
        fail("decoding the list of \(count) servers failed: \(error)")
    }
    checkSameServers(page.items, plainEnvelope.result)
    if count == 1000 { log("list body: \(body.count) bytes (\(body.count / count) per server)") }

    return await compareDecoding("decode list \(count)", body: body, repetitions: repetitions,
                                 notes: ("listServers, in-memory transport", "JSONDecoder, .iso8601 dates")) {
        try? await client.listServers(accountID: SyntheticSpec.accountID)
    } plain: {
        try? decoder.decode(Plain.ListEnvelope.self, from: body)
    }
}

/// `{"result":[…]}` with `count` items, item `index` written by `item`.
func resultList(count: Int, item: (Int) -> String) -> Data {
    var text = #"{"result":["#
    for index in 0..<count {
        if index > 0 { text += "," }
        text += item(index)
    }
    return Data((text + "]}").utf8)
}

/// Decodes `body` once each way, has `check` compare the two results, then times both (``compareDecoding``); the plain
/// side is `JSONDecoder` decoding a `List` envelope whose `result` is the list.
@MainActor
func compareListDecoding<Generated, List: Decodable>(
    _ label: String, body: Data, repetitions: Int, notes: (generated: String, plain: String),
    generated: () async throws -> Generated, plain: List.Type, check: (Generated, List) -> Void
) async -> DecodeResult {
    let decoder = JSONDecoder()
    do {
        check(try await generated(), try decoder.decode(List.self, from: body))
    } catch {
        fail("\(label): decoding failed: \(error)")
    }
    return await compareDecoding(label, body: body, repetitions: repetitions, notes: notes) {
        try? await generated()
    } plain: {
        try? decoder.decode(List.self, from: body)
    }
}

/// Samples the generated client's and plain Codable's decoding of `body` alternately and adds both to the table.
@MainActor
func compareDecoding<A, B>(_ label: String, body: Data, repetitions: Int, notes: (generated: String, plain: String),
                           generated: () async -> A, plain: () -> B) async -> DecodeResult {
    let (generatedSamples, plainSamples) = await measureAlternately(repetitions: repetitions, generated, plain)
    let size = String(format: "%.1f MiB", Double(body.count) / 1_048_576)
    table.add("\(label): generated", generatedSamples, unit: "ms", note: "\(notes.generated), \(size)")
    table.add("\(label): plain Codable", plainSamples, unit: "ms", note: notes.plain)
    return DecodeResult(generated: generatedSamples, plain: plainSamples)
}

let decode1000 = await benchmarkDecode(count: 1000, repetitions: 15)
let decode10000 = await benchmarkDecode(count: 10000, repetitions: 5)
let decodeMaps10000 = await MapsDecode.benchmark(count: 10000, repetitions: 5)
let decodeUnions10000 = await UnionsDecode.benchmark(count: 10000, repetitions: 5)
let decodeUnionsByMember10000 = await UnionsDecode.benchmarkByMember(count: 10000, repetitions: 5)
let decodeIntegerEnums10000 = await IntegerEnumsDecode.benchmark(count: 10000, repetitions: 5)
let decodeRecursiveModels10000 = await RecursiveModelsDecode.benchmark(count: 10000, repetitions: 5)

// MARK: - Encoding an update body

log("encode: update body")
let overrides = [CapabilityOverride(name: "docs_query", alias: "docs-search", description: "Search the docs.", enabled: true),
                 CapabilityOverride(name: "docs_fetch", alias: "docs-get", description: "Fetch one document.", enabled: false)]
let update = UpdateMCPServerRequest(
    name: "Docs MCP", authCredentials: "sk-my-bearer-token", clientSecret: "s3cr3t-value", description: "Remote MCP server for docs.",
    isSharedOAuthCallbackEnabled: true, secureWebGateway: false,
    updatedPrompts: [CapabilityOverride(name: "summarize_docs", alias: "summary", description: "Summarize.", enabled: true)],
    updatedTools: overrides
)
let plainUpdate = Plain.UpdateRequest(
    name: "Docs MCP", authCredentials: "sk-my-bearer-token", clientSecret: "s3cr3t-value", description: "Remote MCP server for docs.",
    isSharedOAuthCallbackEnabled: true, secureWebGateway: false,
    updatedPrompts: [.init(name: "summarize_docs", alias: "summary", description: "Summarize.", enabled: true)],
    updatedTools: [.init(name: "docs_query", alias: "docs-search", description: "Search the docs.", enabled: true),
                   .init(name: "docs_fetch", alias: "docs-get", description: "Fetch one document.", enabled: false)]
)
let encoder = JSONEncoder()
do {
    let a = try JSONSerialization.jsonObject(with: update.jsonData()) as? NSDictionary
    let b = try JSONSerialization.jsonObject(with: encoder.encode(plainUpdate)) as? NSDictionary
    guard let a, let b, a == b else { fail("generated and plain update bodies differ") }
} catch {
    fail("cannot compare update bodies: \(error)")
}
let encodeBatch = 2000
let (encodeGenerated, encodePlain) = await measureAlternately(repetitions: 21, warmup: 2, batch: encodeBatch) {
    var total = 0
    for _ in 0..<encodeBatch { total &+= update.jsonData().count }
    return total
} _: {
    var total = 0
    for _ in 0..<encodeBatch { total &+= (try? encoder.encode(plainUpdate))?.count ?? 0 }
    return total
}
table.add("encode update: generated", encodeGenerated, unit: "ns", note: "UpdateMCPServerRequest.jsonData(), all fields")
table.add("encode update: plain Codable", encodePlain, unit: "ns", note: "JSONEncoder")

// MARK: - Validating a create body

log("validate: create body")
let create = CreateMCPServerRequest(
    id: "docs-mcp", authType: .bearer, hostname: "https://mcp.docs.example.com/mcp", name: "Docs MCP",
    authCredentials: "sk-my-bearer-token", clientSecret: "s3cr3t-value", description: "Remote MCP server for docs.",
    isSharedOAuthCallbackEnabled: false, secureWebGateway: true,
    updatedPrompts: [CapabilityOverride(name: "summarize_docs", alias: "summary", description: "Summarize.", enabled: true)],
    updatedTools: overrides
)
guard create.violations().isEmpty else { fail("the create body breaks constraints: \(create.violations())") }
let validateBatch = 10_000
let validateCreate = measure(repetitions: 21, warmup: 2, batch: validateBatch) {
    var total = 0
    for _ in 0..<validateBatch { total &+= create.violations().count }
    return total
}
table.add("validate create body", validateCreate, unit: "ns", note: "CreateMCPServerRequest.violations(), no violations")

// MARK: - Report

let peak = peakResidentMegabytes()
let total = (clock.now - started).seconds

print("apigen-bench (release, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
print(table.render())
print("")
print("growth 5000 vs 1000 ops: \(fixed(growth)) (1.0 = linear)   peak RSS: \(fixed(peak, 1)) MiB   total: \(fixed(total, 1)) s")
func verdict(_ name: String, _ value: Double, _ target: Double, _ unit: String = "") -> String {
    "\(value <= target ? "met   " : "MISSED") \(name) = \(fixed(value))\(unit) (target ≤ \(fixed(target, 2))\(unit))"
}
print("targets:")
print("  " + verdict("decode_list_10000.ratio", decode10000.ratio, 1.10))
print("  " + verdict("decode_maps_10000.ratio", decodeMaps10000.ratio, 1.00))
print("  " + verdict("decode_unions_10000.ratio", decodeUnions10000.ratio, 1.00))
print("  " + verdict("decode_unions_by_member_10000.ratio", decodeUnionsByMember10000.ratio, 1.00))
print("  " + verdict("decode_integer_enums_10000.ratio", decodeIntegerEnums10000.ratio, 1.00))
print("  " + verdict("decode_recursive_models_10000.ratio", decodeRecursiveModels10000.ratio, 1.00))
print("  " + verdict("generate_scale_ms[\"1000\"]", scaleMedians[1000]! * 1e3, 500, " ms"))
print("  " + verdict("growth_5000_vs_1000", growth, 1.3))

func decodeJSON(_ result: DecodeResult) -> String {
    jsonObject([("generated_ms", number(result.generated.median * 1e3)), ("plain_ms", number(result.plain.median * 1e3)),
                ("ratio", number(result.ratio))])
}
let summary = jsonObject([
    ("generate_mcp_ms", number(generateMCP.median * 1e3)),
    ("generate_scale_ms", jsonObject([10, 100, 1000, 5000].map { ("\($0)", number(scaleMedians[$0]! * 1e3)) })),
    ("growth_5000_vs_1000", number(growth)),
    ("decode_list_1000", decodeJSON(decode1000)),
    ("decode_list_10000", decodeJSON(decode10000)),
    ("decode_maps_10000", decodeJSON(decodeMaps10000)),
    ("decode_unions_10000", decodeJSON(decodeUnions10000)),
    ("decode_unions_by_member_10000", decodeJSON(decodeUnionsByMember10000)),
    ("decode_integer_enums_10000", decodeJSON(decodeIntegerEnums10000)),
    ("decode_recursive_models_10000", decodeJSON(decodeRecursiveModels10000)),
    ("encode_update", jsonObject([("generated_ns", number(encodeGenerated.median * 1e9)), ("plain_ns", number(encodePlain.median * 1e9)),
                                  ("ratio", number(encodeGenerated.median / encodePlain.median))])),
    ("validate_create_ns", number(validateCreate.median * 1e9)),
    ("peak_rss_mb", number(peak)),
])
print(summary)
