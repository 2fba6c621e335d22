// Appended to the Package.swift of the README's recipe ("Using the plugin with your own spec") by
// Tests/HardeningTests/FixturePackageTests.swift, so the fixture package the tests build is that recipe
// plus these targets: a client for a spec of names and text that are hard to generate Swift for, a
// program using it, and the README's client example (Sources/client-example/main.swift, from the README).
package.targets += [
    .target(
        name: "HostileAPI",
        dependencies: [.product(name: "APIGenRuntime", package: "apigen")],
        exclude: ["apigen-config.json"],
        plugins: [.plugin(name: "APIGenBuildPlugin", package: "apigen")]
    ),
    .executableTarget(name: "hostile-demo", dependencies: ["HostileAPI"]),
    .executableTarget(name: "client-example", dependencies: [.product(name: "CloudflareMCP", package: "apigen")]),
]
