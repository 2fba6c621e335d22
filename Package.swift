// swift-tools-version: 6.1
import PackageDescription

// The pipeline, in the order data flows through it:
//   spec JSON ─▶ APIGenSpec (load, validate) ─▶ APIGenTranslator ─▶ APIGenIR ─▶ APIGenRenderer ─▶ Swift text
// APIGenerator ties the stages together; `apigen` is its command line; the build plugin runs `apigen`.
// APIGenParallel spreads each stage's independent pieces (models, operations, files) over the cores.
// Generated code depends only on APIGenRuntime (which re-exports APIGenJSON).
let package = Package(
    name: "APIGen",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .library(name: "CloudflareMCP", targets: ["CloudflareMCP"]),
        .library(name: "APIGenRuntime", targets: ["APIGenRuntime"]),
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
        .executableTarget(name: "apigen", dependencies: ["APIGenerator", "ArgumentParsing"]),

        // Plugins.
        .plugin(name: "APIGenBuildPlugin", capability: .buildTool(), dependencies: ["apigen"]),
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
        .executableTarget(name: "mcp-servers", dependencies: ["CloudflareMCP", "APIGenCLI"]),

        // Benchmarks (run in release: swift run -c release apigen-bench).
        .executableTarget(
            name: "apigen-bench",
            dependencies: ["APIGenerator", "CloudflareMCP"],
            path: "Benchmarks/apigen-bench"
        ),

        // Tests.
        .target(name: "TestSupport", dependencies: ["APIGenRuntime"], path: "Tests/TestSupport"),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"]),
        .testTarget(name: "APIGenJSONTests", dependencies: ["APIGenJSON"]),
        .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"]),
        .testTarget(name: "APIGenCLITests", dependencies: ["APIGenCLI"]),
        .testTarget(name: "APIGenRendererTests", dependencies: ["APIGenRenderer", "APIGenIR"]),
        .testTarget(name: "APIGenRuntimeTests", dependencies: ["APIGenRuntime", "TestSupport"]),
        .testTarget(name: "APIGeneratorTests", dependencies: ["APIGenerator", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "CloudflareMCPTests", dependencies: ["CloudflareMCP", "APIGenCLI", "TestSupport"]),
        .testTarget(
            name: "HardeningTests",
            dependencies: ["CloudflareMCP", "APIGenerator", "APIGenCLI", "TestSupport"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
