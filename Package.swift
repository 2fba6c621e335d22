// swift-tools-version: 6.1
import PackageDescription

// The pipeline, in the order data flows through it:
//   spec JSON ─▶ APIGenSpec (load, validate) ─▶ APIGenTranslator ─▶ APIGenIR ─▶ APIGenRenderer ─▶ Swift text
// APIGenerator ties the stages together; `apigen` is its command line; the build plugin runs `apigen`.
// APIGenParallel spreads each stage's independent pieces (models, operations, files) over the cores.
// Generated code depends only on APIGenRuntime (which re-exports APIGenJSON).

/// The folders of Tests/APIGeneratorTests/Snapshots: small specs with the Swift they generate. SnapshotTests compares
/// that Swift with what the generator writes; each folder is also a module of its own (the snapshots declare the same
/// type names), so the test build fails when a snapshot's Swift does not compile, and SnapshotBehaviourTests uses it.
/// SnapshotTests checks that this list names every folder.
let snapshots = [
    "array-bodies", "authentication", "awkward-names", "composition", "constants", "cursor-pagination", "deprecation",
    "empty-answers", "exclusive-bounds", "headers", "hostile-text", "integer-enums", "integer-widths", "maps", "multipart", "multiple-of",
    "no-envelope", "nullable-items", "nullable-update", "object-storage", "open-bodies", "open-enum", "page-numbers",
    "pagination", "query-arrays", "query-constraints", "raw-content", "recursive-models", "required-alternatives",
    "sensitive-fields", "success-statuses", "union-dispatch", "unions", "unique-items", "waiters",
]

/// A snapshot's module: `Snapshot_` and the folder name with `_` for `-` (`Snapshot_awkward_names`).
func snapshotModule(_ folder: String) -> String { "Snapshot_" + String(folder.map { $0 == "-" ? "_" : $0 }) }

let package = Package(
    name: "APIGen",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .library(name: "CloudflareMCP", targets: ["CloudflareMCP"]),
        .library(name: "APIGenRuntime", targets: ["APIGenRuntime"]),
        // The spec-driven command-line engine: a tool for any generated client (`CommandLineTool(Client.commandLine)`).
        .library(name: "APIGenCLI", targets: ["APIGenCLI"]),
        .executable(name: "apigen", targets: ["apigen"]),
        .executable(name: "mcp-servers", targets: ["mcp-servers"]),
        .plugin(name: "APIGenBuildPlugin", targets: ["APIGenBuildPlugin"]),
        .plugin(name: "APIGenCommandPlugin", targets: ["APIGenCommandPlugin"]),
    ],
    targets: [
        // Runtime: shared by every generated client.
        .target(name: "APIGenJSON"),
        .target(name: "APIGenRuntime", dependencies: ["APIGenJSON"]),
        .target(name: "ArgumentParsing"),
        .target(name: "APIGenCLI", dependencies: ["APIGenRuntime", "ArgumentParsing"]),

        // Generator stages.
        .target(name: "APIGenSpec", dependencies: ["APIGenJSON", "APIGenRuntime", "APIGenParallel"]),
        .target(name: "APIGenIR"),
        .target(name: "APIGenParallel"),
        .target(name: "APIGenTranslator", dependencies: ["APIGenSpec", "APIGenIR", "APIGenRuntime", "APIGenParallel"]),
        .target(name: "APIGenRenderer", dependencies: ["APIGenIR", "APIGenParallel"]),
        .target(name: "APIGenerator", dependencies: ["APIGenSpec", "APIGenTranslator", "APIGenRenderer", "APIGenParallel"]),
        // Compares two versions of a spec for callers: breaking, additive or compatible (`apigen diff`).
        .target(name: "APIGenDiff", dependencies: ["APIGenSpec", "APIGenRuntime"]),
        // OpenAPI 3.0/3.1 ⇄ spec (`apigen import`, `apigen export`).
        .target(name: "APIGenOpenAPI", dependencies: ["APIGenSpec", "APIGenJSON", "APIGenRuntime"]),
        .executableTarget(name: "apigen", dependencies: ["APIGenerator", "APIGenDiff", "APIGenOpenAPI", "APIGenJSON", "ArgumentParsing"]),

        // The build plugin's tool: generation only, so a package that uses the plugin compiles no more of apigen.
        .executableTarget(name: "apigen-generate", dependencies: ["APIGenerator", "APIGenSpec"]),

        // Plugins.
        .plugin(name: "APIGenBuildPlugin", capability: .buildTool(), dependencies: ["apigen-generate"]),
        .plugin(
            name: "APIGenCommandPlugin",
            capability: .command(
                intent: .custom(verb: "generate-code", description: "Regenerate the checked-in Generated/ folder from spec/"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated Swift files into Generated/")]
            ),
            dependencies: ["apigen"]
        ),

        // The Cloudflare MCP servers client, compiled from spec/mcp-servers.json by the build plugin.
        .target(
            name: "CloudflareMCP",
            dependencies: ["APIGenRuntime"],
            exclude: ["apigen-config.json"],
            plugins: ["APIGenBuildPlugin"]
        ),
        // The command-line catalog of the same spec (every operation as data), generated into a
        // target of its own so that apps linking CloudflareMCP do not carry it.
        .target(
            name: "CloudflareMCPCommandLine",
            dependencies: ["CloudflareMCP", "APIGenRuntime"],
            exclude: ["apigen-config.json"],
            plugins: ["APIGenBuildPlugin"]
        ),
        .executableTarget(name: "mcp-servers", dependencies: ["CloudflareMCPCommandLine", "APIGenCLI"]),

        // Benchmarks (run in release: swift run -c release apigen-bench).
        .executableTarget(
            name: "apigen-bench",
            // Snapshots' clients: decoding map-heavy, union-heavy, integer-enum and recursive lists against plain Codable.
            dependencies: ["APIGenerator", "CloudflareMCP", "TestSupport"]
                + ["maps", "unions", "integer-enums", "recursive-models"].map { .target(name: snapshotModule($0)) },
            path: "Benchmarks/apigen-bench"
        ),

        // Tests.
        .target(name: "TestSupport", dependencies: ["APIGenRuntime"], path: "Tests/TestSupport"),
        // A second API for the spec-driven tests: spec/mcp-servers.json plus the MCP portals
        // resource (Tests/SpecFixtures/mcp-servers-and-portals.json), compiled by the same plugin.
        .target(
            name: "CloudflareMCPPortalsFixture",
            dependencies: ["APIGenRuntime"],
            path: "Tests/SpecFixtures/CloudflareMCPPortalsFixture",
            exclude: ["apigen-config.json"],
            plugins: ["APIGenBuildPlugin"]
        ),
        // Every API under test: its spec, loaded, and its compiled catalog, so tests derive from the spec.
        .target(
            name: "SpecDrivenTesting",
            dependencies: ["APIGenSpec", "APIGenRuntime", "CloudflareMCP", "CloudflareMCPCommandLine", "CloudflareMCPPortalsFixture"],
            path: "Tests/SpecDrivenTesting"
        ),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"]),
        .testTarget(name: "APIGenJSONTests", dependencies: ["APIGenJSON"]),
        .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"]),
        .testTarget(name: "APIGenCLITests", dependencies: ["APIGenCLI"]),
        .testTarget(name: "APIGenRendererTests", dependencies: ["APIGenRenderer", "APIGenIR"]),
        .testTarget(name: "APIGenRuntimeTests", dependencies: ["APIGenRuntime", "TestSupport"]),
        .testTarget(name: "APIGeneratorTests", dependencies: ["APIGenerator", "APIGenDiff", "APIGenOpenAPI", "TestSupport", "SpecDrivenTesting"], exclude: ["Snapshots", "Fixtures"]),
        .testTarget(
            name: "SnapshotBehaviourTests",
            dependencies: ["APIGenRuntime", "APIGenCLI", "TestSupport"] + snapshots.map { .target(name: snapshotModule($0)) }
        ),
        .testTarget(name: "CloudflareMCPTests", dependencies: ["CloudflareMCP", "CloudflareMCPCommandLine", "APIGenCLI", "TestSupport", "SpecDrivenTesting"]),
        .testTarget(
            name: "HardeningTests",
            dependencies: ["CloudflareMCP", "CloudflareMCPCommandLine", "APIGenerator", "APIGenCLI", "TestSupport", "SpecDrivenTesting"],
            exclude: ["Fixtures"]
        ),
    ] + snapshots.map { folder in
        .target(
            name: snapshotModule(folder),
            dependencies: ["APIGenRuntime"],
            path: "Tests/APIGeneratorTests/Snapshots/\(folder)",
            exclude: ["spec.json"]
        )
    },
    swiftLanguageModes: [.v6]
)
