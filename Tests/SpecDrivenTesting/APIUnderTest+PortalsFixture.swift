internal import CloudflareMCPPortalsFixture

extension APIUnderTest {
    /// The fixture: the real spec plus the MCP portals resource, compiled into `CloudflareMCPPortalsFixture`.
    static let cloudflareMCPWithPortals = APIUnderTest(
        specPath: "Tests/SpecFixtures/mcp-servers-and-portals.json", commandLine: MCPServersAndPortalsClient.commandLine,
        models: MCPServersAndPortalsClient.models, undeclaredErrorModel: "Failure"
    )
}
