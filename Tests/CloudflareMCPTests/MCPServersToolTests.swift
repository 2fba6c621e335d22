import APIGenCLI
import APIGenRuntime
import CloudflareMCP
import CloudflareMCPCommandLine
import Foundation
import Testing
import TestSupport

/// The `mcp-servers` tool (the generated command-line description run by APIGenCLI) against a
/// loopback server through URLSession: what it sends, prints and exits with.
@Suite struct MCPServersToolTests {
    typealias H = SocketHarness

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// `onOutput` sees each text as it is written to standard output.
    static func run(_ arguments: [String], server: LoopbackHTTPServer, environment: [String: String] = [:],
                    onOutput: @escaping @Sendable (String) -> Void = { _ in }) async -> Run {
        let output = LockedValue(""), errors = LockedValue("")
        var env = ["CLOUDFLARE_API_TOKEN": H.token, "CLOUDFLARE_ACCOUNT_ID": H.account, "CLOUDFLARE_BASE_URL": server.baseURL.absoluteString]
        env.merge(environment) { $1 }
        let tool = CommandLineTool(MCPServersClient.commandLine, environment: env,
                                   standardOutput: { text in onOutput(text); output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } },
                                   confirm: { _ in nil })  // no one to ask, however `swift test` was started
        let status = await tool.run(arguments + ["--max-retries", "0"])
        return Run(status: status, output: output.current, errors: errors.current)
    }

    @Test func listAllPrintsOneArrayOfEveryServer() async throws {
        let server = try LoopbackHTTPServer { request in
            let page = Int(request.queryItems.first { $0.name == "page" }?.value ?? "1")!
            let ids = page == 1 ? ["a", "b"] : page == 2 ? ["c"] : []
            return .json(H.success(.array(ids.map { H.server(id: $0) })))
        }
        let run = await Self.run(["list", "--all", "--per-page", "2"], server: server)
        #expect(run.status == 0, "\(run.errors)")
        let printed = try JSONParser.parse(run.output)
        #expect(printed.arrayValue?.compactMap { $0["id"]?.stringValue } == ["a", "b", "c"])
        #expect(run.output.hasSuffix("\n"))
        // Keys are sorted.
        #expect(run.output.range(of: "\"auth_type\"")!.lowerBound < run.output.range(of: "\"hostname\"")!.lowerBound)
    }

    @Test func createSendsTheFlagsAsTheBody() async throws {
        let server = try LoopbackHTTPServer { _ in .json(status: 201, H.success(H.server(id: "new", extra: ["future_field": 1]))) }
        let run = await Self.run([
            "create", "--id", "new", "--name", "New", "--hostname", "https://example.com/mcp", "--auth-type", "bearer",
            "--auth-credentials", "sk-secret-upstream", "--secure-web-gateway", "true", "--shared-oauth-callback", "false",
        ], server: server)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try JSONParser.parse(server.requests[0].body) == [
            "id": "new", "name": "New", "hostname": "https://example.com/mcp", "auth_type": "bearer",
            "auth_credentials": "sk-secret-upstream", "secure_web_gateway": true, "is_shared_oauth_callback_enabled": false,
        ])
        #expect(try JSONParser.parse(run.output)["future_field"] == 1)
    }

    @Test func updateWithOnlyClearDescriptionSendsExactlyNull() async throws {
        let server = try LoopbackHTTPServer { _ in .json(H.success(H.server(id: "x"))) }
        let run = await Self.run(["update", "x", "--clear-description"], server: server)
        #expect(run.status == 0, "\(run.errors)")
        #expect(server.requests.map { "\($0.method) \($0.target) \($0.bodyText)" } == [#"PUT \#(H.base)/x {"description":null}"#])
    }

    @Test func bodyGivesEveryFieldAndFlagsOverrideIt() async throws {
        let server = try LoopbackHTTPServer { _ in .json(H.success(H.server(id: "x"))) }
        let body = #"{"name":"from body","updated_tools":[{"name":"search","alias":"find","enabled":false}]}"#
        let run = await Self.run(["update", "x", "--body", body, "--name", "from flag"], server: server)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try JSONParser.parse(server.requests[0].body) == [
            "name": "from flag", "updated_tools": [["name": "search", "alias": "find", "enabled": false]],
        ])
    }

    @Test func getDeleteAndSync() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path.hasSuffix("/sync") ? .json(H.success(["status": "ready"])) : .json(H.success(H.server(id: "x")))
        }
        for command in ["get", "delete", "sync"] {
            let run = await Self.run([command, "x"], server: server)
            #expect(run.status == 0, "\(command): \(run.errors)")
        }
        #expect(server.requests.map { "\($0.method) \($0.target)" } == ["GET \(H.base)/x", "DELETE \(H.base)/x", "POST \(H.base)/x/sync"])
    }

    @Test func apiErrorsExitWith1AndListEveryError() async throws {
        let server = try LoopbackHTTPServer { _ in
            .json(status: 404, headers: [("cf-ray", "8f0f-SJC")], body: #"{"success":false,"errors":[{"code":7002,"message":"Not Found"}]}"#)
        }
        let run = await Self.run(["get", "missing"], server: server)
        #expect(run.status == 1)
        #expect(run.errors.contains("404") && run.errors.contains("[7002] Not Found") && run.errors.contains("cf-ray: 8f0f-SJC"))
        #expect(run.output.isEmpty)
    }

    @Test func constraintViolationsExitWith3AndSendNothing() async throws {
        let server = try LoopbackHTTPServer { _ in .json(H.success(H.server(id: "x"))) }
        let alias = String(repeating: "a", count: 41)
        let run = await Self.run(["update", "x", "--body", #"{"updated_tools":[{"name":"a"},{"name":"b"},{"name":"c","alias":"\#(alias)"}]}"#,
                                  "--auth-credentials", "sk-never-printed"], server: server)
        #expect(run.status == 3)
        #expect(run.errors.contains("updated_tools[2].alias: 41 characters, at most 40"))
        #expect(server.requests.isEmpty)
        let badEnum = await Self.run(["create", "--id", "x", "--name", "X", "--hostname", "https://e.com", "--auth-type", "mtls"], server: server)
        // An enumeration's flag is checked against the spec's values before anything is sent, naming the flag.
        #expect(badEnum.status == 2 && badEnum.errors.hasPrefix("error: invalid value 'mtls' for '--auth-type'; expected one of: oauth, bearer, unauthenticated"))
        #expect(!(run.errors + run.output).contains("sk-never-printed"))
    }

    @Test func noUsableAnswerExitsWith4() async throws {
        let server = try LoopbackHTTPServer { _ in .respond(status: 502, headers: [("Content-Type", "text/html")], body: Data("<html>Bad Gateway</html>".utf8)) }
        let run = await Self.run(["get", "x"], server: server)
        #expect(run.status == 4)
        #expect(run.errors.contains("502"))
    }

    @Test func usageErrorsExitWith2() async throws {
        let server = try LoopbackHTTPServer { _ in .json(H.success(H.server(id: "x"))) }
        #expect(await Self.run(["get"], server: server).status == 2)
        #expect(await Self.run(["list", "--per-pag", "2"], server: server).status == 2)
        #expect(await Self.run(["update", "x", "--description", "d", "--clear-description"], server: server).status == 2)
        #expect(await Self.run(["update", "x", "--body", "{not json"], server: server).status == 2)
        #expect(await Self.run(["get", "x"], server: server, environment: ["CLOUDFLARE_ACCOUNT_ID": ""]).status == 2)
        #expect(server.requests.isEmpty)
    }

    @Test func helpComesFromTheSpec() async throws {
        let server = try LoopbackHTTPServer { _ in .json(H.success([])) }
        let root = await Self.run(["--help"], server: server)
        #expect(root.status == 0)
        for command in ["list", "create", "get", "update", "delete", "sync"] { #expect(root.output.contains(command)) }
        // Every variable the tool reads is named, from the spec's authentication schemes.
        let variables = MCPServersClient.commandLine.credentialEnvironment.flatMap { $0 } + [MCPServersClient.commandLine.baseURLEnvironment].compactMap { $0 }
        #expect(variables.count >= 4)
        for variable in variables { #expect(root.output.contains(variable), "\(variable)") }
        let create = await Self.run(["create", "--help"], server: server)
        #expect(create.output.contains("oauth|bearer|unauthenticated"))
        #expect(create.output.contains("Creates a new MCP server for connecting to an upstream MCP endpoint."))
        #expect(create.output.contains("CLOUDFLARE_ACCOUNT_ID"))
        let delete = await Self.run(["delete", "--help"], server: server)
        #expect(delete.output.contains("permanently deletes"))
    }
}
