// swift-tools-version: 6.1
import PackageDescription

// A package that generates its own API client with apigen, from its own spec.
//
// 1. Depend on apigen (see `dependencies` below).
// 2. Give the target that should hold the client an `apigen-config.json`:
//        {"spec": "../../spec/hostile-names.json"}
//    The path is relative to the config file. Exclude the config from the target's sources.
// 3. Apply `APIGenBuildPlugin` to that target and depend on `APIGenRuntime`.
//
// Every build then regenerates Types.swift, Validation.swift, Client.swift and Operations.swift
// when the spec (or apigen) changed, and compiles them into the target. Nothing is checked in.
//
// (This package is a fixture of apigen's own tests: Tests/HardeningTests/HostileNamesTests.swift
// copies it to a temporary folder, points the dependency at the apigen checkout, builds it and
// runs `hostile-demo`. Its spec is made of names and text that are hard to generate Swift for.)
let package = Package(
    name: "HostileNames",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    dependencies: [
        // In your package: .package(url: "https://github.com/<owner>/apigen.git", from: "0.1.0")
        // The test replaces this path with the absolute path of the apigen checkout.
        .package(name: "APIGen", path: "../../../.."),
    ],
    targets: [
        // The generated client: the plugin writes the code, APIGenRuntime runs it.
        .target(
            name: "HostileAPI",
            dependencies: [.product(name: "APIGenRuntime", package: "APIGen")],
            exclude: ["apigen-config.json"],
            plugins: [.plugin(name: "APIGenBuildPlugin", package: "APIGen")]
        ),
        // A program that uses the generated client and models.
        .executableTarget(name: "hostile-demo", dependencies: ["HostileAPI"]),
    ],
    swiftLanguageModes: [.v6]
)
