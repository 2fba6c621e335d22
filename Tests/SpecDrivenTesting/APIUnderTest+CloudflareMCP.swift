// Imported internally so the client's extension members (`Credentials.apiToken`) do not meet the
// fixture's identical ones in the test targets.
internal import CloudflareMCP
internal import CloudflareMCPCommandLine

extension APIUnderTest {
    /// The real API: `spec/mcp-servers.json`, compiled into `CloudflareMCP`.
    static let cloudflareMCP = APIUnderTest(
        specPath: "spec/mcp-servers.json", commandLine: MCPServersClient.commandLine, models: MCPServersClient.models,
        undeclaredErrorModel: "Failure"
    )
}
