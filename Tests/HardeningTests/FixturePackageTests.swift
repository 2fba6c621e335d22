import APIGenJSON
import APIGenerator
import Foundation
import Testing
import TestSupport

/// The fixture package the tests build is the README's recipe: the files its "Using the plugin with
/// your own spec" section shows (`<!-- file: … -->` blocks), the README's client example, and the
/// hostile-names targets of `Fixtures/HostileNames` (appended to the recipe's manifest by
/// `Fixtures/HostileNames/targets.swift`). So the README cannot show a recipe that does not build.
@Suite("The README's recipes, built as a package")
struct FixturePackageTests {
    static let hostile = Repository.fixturesFolder.appending(path: "HostileNames")
    /// The dependency line the README tells users to write; the test points it at this checkout.
    static let dependencyLine = #".package(url: "https://github.com/OWNER/apigen.git", branch: "main"),"#
    static let recipePaths: Set = [
        "Package.swift", "spec/todo-api.json", "Sources/TodoAPI/apigen-config.json", "Sources/TodoAPI/TodoAPI.swift",
        "Sources/todo-api/main.swift", "Sources/client-example/main.swift",
    ]

    @Test("the README shows every file of the recipe, its spec is valid and the dependency line names the package apigen")
    func readmeRecipeIsComplete() throws {
        let files = try ReadmeRecipe.files()
        #expect(Set(files.keys) == Self.recipePaths)
        let manifest = try #require(files["Package.swift"])
        #expect(manifest.contains(Self.dependencyLine))
        #expect(manifest.contains(#"package: "apigen""#))
        let spec = try #require(files["spec/todo-api.json"])
        let generated = try Generator.generate(specData: Data(spec.utf8), fileName: "spec/todo-api.json")
        #expect(Set(generated.map(\.name)) == Set(Generator.outputFileNames))
        // The config names the spec the README shows, relative to the target's folder.
        let config = try JSONParser.parse(Data(try #require(files["Sources/TodoAPI/apigen-config.json"]).utf8))
        #expect(config == .object(["spec": "../../spec/todo-api.json"]))
    }

    static let slowTestsEnabled = ProcessInfo.processInfo.environment["APIGEN_FIXTURE_TESTS"] == "1" || isContinuousIntegration

    static let expectedHostileDemoOutput = """
        default=d protocol=p self_=7 self_2=S type=T
        isUpstream=true isUpstream2=false _5F=u _2fa=true
        naïve=n 名前=名 _1F680=r
        path=/p json=j object.o=1 member=m report=rep
        unknownFields2=uf init_=i where=["w"] extra=42
        description is null: true; kind=self, is .self_: true
        round trip: true
        secret printed: false
        kinds: default | self | Type | protocol | _ | 2fa | unknown | rawValue | is_upstream | isUpstream | a b | 🚀 | "quoted\\"
        Kind("unknown") == .unknown2: true; Kind("new"): unknown("new")
        violations: default: 65 characters, at most 64; path: 0 characters, at least 1; json: 11 characters, at most 10; where[1]: 7 characters, at most 5
        sent to: https://hostile.example.com/v1/things/..%2Fx/a%2Fb?Type=T&default=self&report=2&envelope=e&core=true&body=b&options=o
        refused: self: 21 characters, at most 20; report: 0, at least 1
        client printed secret: false

        """

    /// Writes the package: the README's files, the hostile targets, the dependency pointed at this
    /// checkout through a folder named `apigen` (SwiftPM names a path dependency after its folder).
    static func writePackage(in folder: URL) throws -> URL {
        let package = folder.appending(path: "TodoApp")
        for (path, text) in try ReadmeRecipe.files() {
            let url = package.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let checkout = folder.appending(path: "apigen")
        try FileManager.default.createSymbolicLink(at: checkout, withDestinationURL: Repository.root)
        let manifestURL = package.appending(path: "Package.swift")
        let manifest = try String(contentsOf: manifestURL, encoding: .utf8)
            .replacingOccurrences(of: dependencyLine, with: ".package(path: \(String(reflecting: checkout.path))),")
            + "\n" + String(contentsOf: hostile.appending(path: "targets.swift"), encoding: .utf8)
        try manifest.write(to: manifestURL, atomically: true, encoding: .utf8)
        for path in ["Sources/HostileAPI", "Sources/hostile-demo", "spec/hostile-names.json"] {
            try FileManager.default.copyItem(at: hostile.appending(path: path), to: package.appending(path: path))
        }
        return package
    }

    /// The environment of this process without any credential or base URL of the two APIs, plus `extra`.
    static func environment(_ extra: [String: String]) -> [String: String] {
        ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CLOUDFLARE_") && !$0.key.hasPrefix("TODO_API_") }
            .merging(extra) { $1 }
    }

    static let todo: JSONValue = ["id": "1", "title": "Write the README", "done": false]

    static func mcpServer() -> JSONValue {
        [
            "id": "my-mcp-server", "auth_type": "unauthenticated", "hostname": "https://example.com/mcp", "name": "Server my-mcp-server",
            "prompts": [], "tools": [["name": "search"]], "created_at": "2019-12-27T18:11:19.117Z", "status": "ready",
        ]
    }

    /// Answers both APIs: the todo API under /todos, the MCP servers API under /accounts.
    static func answer(_ request: RecordedRequest) -> ServerAction {
        func success(_ result: JSONValue, status: Int = 200) -> ServerAction {
            .json(status: status, ["success": true, "errors": [], "messages": [], "result": result])
        }
        switch (request.method, request.path) {
        case ("GET", "/todos"): return success([todo])
        case ("POST", "/todos"): return success(["id": "2", "title": "Buy milk"], status: 201)
        case ("GET", _): return success([mcpServer()])
        case ("POST", let path) where path.hasSuffix("/sync"): return success(["status": "error", "error": "upstream returned 401"])
        case ("POST", _): return success(mcpServer(), status: 201)
        default: return success(mcpServer())
        }
    }

    @Test("the README's recipe builds: a client and todo-api for its own spec, the README's client example, the hostile-names client",
          .enabled(if: slowTestsEnabled, "builds a package with SwiftPM (minutes); run it with APIGEN_FIXTURE_TESTS=1 swift test --filter FixturePackageTests (CI sets CI=true)"),
          .timeLimit(.minutes(30)))
    func readmeRecipeBuildsAndRuns() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "apigen-recipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let package = try Self.writePackage(in: folder)

        let scratch = folder.appending(path: "scratch")
        let build = try await runSwift(["build", "--scratch-path", scratch.path], in: package)
        try #require(build.status == 0, "swift build failed:\n\(build.output.suffix(6000))")
        #expect(build.output.contains("Generating Swift from hostile-names.json for HostileAPI"))
        #expect(build.output.contains("Generating Swift from todo-api.json for TodoAPI"))

        // What the plugin generated is exactly what the generator produces in memory.
        let inMemory = try HostileNamesTests.generated()
        let outputs = try #require(FileManager.default.enumerator(at: scratch.appending(path: "plugins/outputs"),
                                                                   includingPropertiesForKeys: nil)?.allObjects as? [URL])
        let pluginFiles = outputs.filter { $0.deletingLastPathComponent().lastPathComponent == "GeneratedSources" && $0.path.contains("/HostileAPI/") }
        #expect(Set(pluginFiles.map(\.lastPathComponent)) == Set(Generator.outputFileNames))
        for file in pluginFiles {
            #expect(try String(contentsOf: file, encoding: .utf8) == inMemory[file.lastPathComponent], "\(file.lastPathComponent) differs")
        }

        func run(_ product: String, _ arguments: [String] = [], environment: [String: String] = [:]) async throws -> ProcessOutput {
            try await runProcess(scratch.appending(path: "debug/\(product)"), arguments, in: package, environment: Self.environment(environment))
        }
        let hostileDemo = try await run("hostile-demo")
        #expect(hostileDemo.status == 0, "hostile-demo failed:\n\(hostileDemo.standardError.suffix(4000))")
        #expect(hostileDemo.standardOutput == Self.expectedHostileDemoOutput)

        let server = try LoopbackHTTPServer { Self.answer($0) }
        defer { server.stop() }
        let base = server.baseURL.absoluteString

        // The command-line tool for the recipe's own spec.
        let todoEnvironment = ["TODO_API_TOKEN": "todo-token", "TODO_API_BASE_URL": base]
        let list = try await run("todo-api", ["list"], environment: todoEnvironment)
        #expect(list.status == 0, "\(list.standardError)")
        #expect(try JSONParser.parse(Data(list.standardOutput.utf8)) == [Self.todo])
        let add = try await run("todo-api", ["add", "--title", "Buy milk"], environment: todoEnvironment)
        #expect(add.status == 0, "\(add.standardError)")
        #expect(server.requests.map { "\($0.method) \($0.path) \($0.header("Authorization") ?? "-")" }
            == ["GET /todos Bearer todo-token", "POST /todos Bearer todo-token"])
        #expect(server.requests.last?.bodyText == #"{"title":"Buy milk"}"#)
        let help = try await run("todo-api", ["--help"])
        #expect(help.status == 0 && help.standardOutput.contains("list") && help.standardOutput.contains("add"), "\(help)")
        let refused = try await run("todo-api", ["add", "--title", ""], environment: todoEnvironment)
        #expect(refused.status == 3, "\(refused)")
        #expect(server.requests.count == 2)

        // The README's client example, with credentials…
        let example = try await run("client-example", environment: ["CLOUDFLARE_API_TOKEN": "cf-token", "CLOUDFLARE_BASE_URL": base])
        #expect(example.status == 0, "\(example.standardError)")
        #expect(example.standardOutput == "[\"Server my-mcp-server\"] nil\nmy-mcp-server ready\nsync failed: upstream returned 401\n")
        #expect(server.requests.dropFirst(2).map(\.method) == ["GET", "GET", "POST", "PUT", "POST", "DELETE"])
        // …without credentials, and with a base URL that is not one: the error path, nothing sent.
        let noCredentials = try await run("client-example", environment: ["CLOUDFLARE_BASE_URL": base])
        #expect(noCredentials.status == 0 && noCredentials.standardError.isEmpty, "\(noCredentials)")
        #expect(noCredentials.standardOutput
            == "cannot start: no credentials in the environment: set CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY\n")
        let badURL = try await run("client-example", environment: ["CLOUDFLARE_API_TOKEN": "cf-token", "CLOUDFLARE_BASE_URL": "not a url"])
        #expect(badURL.standardOutput == "cannot start: CLOUDFLARE_BASE_URL is not an absolute URL\n", "\(badURL)")
        #expect(server.requests.count == 8)
    }
}

struct ProcessResult {
    var status: Int32
    var stdout: String
    var output: String
}

/// Runs `swift arguments…` in `folder` without blocking a cooperative thread.
func runSwift(_ arguments: [String], in folder: URL) async throws -> ProcessResult {
    let result = try await runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["swift"] + arguments, in: folder)
    return ProcessResult(status: result.status, stdout: result.standardOutput, output: result.standardOutput + result.standardError)
}
