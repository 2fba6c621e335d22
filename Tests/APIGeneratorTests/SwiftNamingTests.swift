import APIGenSpec
import Testing

/// How spec names become Swift names.
@Suite("Swift naming")
struct SwiftNamingTests {
    @Test(arguments: [
        ("account_id", "accountID"),
        ("is_shared_oauth_callback_enabled", "isSharedOAuthCallbackEnabled"),
        ("redirect_uris", "redirectURIs"),
        ("client_id", "clientID"),
        ("per_page", "perPage"),
        ("MCPServer", "mcpServer"),
        ("URL", "url"),
        ("HTTPSProxy", "httpsProxy"),
        ("mcp-portals", "mcpPortals"),
        ("isUpstream", "isUpstream"),
        ("shared_mcp22", "sharedMCP22"),
        ("mcp22_id", "mcp22ID"),
        ("2fa", "_2fa"),
        ("3d_model", "_3dModel"),
        ("café_au_lait", "caféAuLait"),
        ("名前", "名前"),
        ("_", "_5F"),
        ("🐶", "_1F436"),
    ])
    func memberName(_ name: String, _ expected: String) {
        #expect(SwiftNaming.memberName(name) == expected)
    }

    @Test(arguments: [
        ("MCPServer", "MCPServer"),
        ("mcp_server", "MCPServer"),
        ("auth_config_summary", "AuthConfigSummary"),
        ("oauth_registration", "OAuthRegistration"),
        ("ids", "IDs"),
        ("mcp2_portal", "MCP2Portal"),
        ("2fa_state", "_2faState"),
        ("protocol", "Protocol"),
    ])
    func typeName(_ name: String, _ expected: String) {
        #expect(SwiftNaming.typeName(name) == expected)
    }

    @Test func keywordsAreEscapedWhereDeclared() {
        #expect(SwiftNaming.escapedMember("default") == "`default`")
        #expect(SwiftNaming.escapedMember("protocol") == "`protocol`")
        #expect(SwiftNaming.escapedMember("in") == "`in`")
        #expect(SwiftNaming.escapedMember("name") == "name")
    }

    @Test func unusableAndClashingNamesGetSuffixes() {
        let names = SwiftNaming.uniqueMemberNames([
            ("self", nil), ("Type", nil), ("is_upstream", nil), ("isUpstream", nil), ("unknown_fields", nil), ("body", nil),
            ("api_url", "endpoint"), ("endpoint", nil),
        ])
        #expect(names == ["self_", "type", "isUpstream", "isUpstream2", "unknownFields2", "body2", "endpoint", "endpoint2"])
    }

    @Test(arguments: [("per_page", "per-page"), ("isUpstream", "is-upstream"), ("account_id", "account-id"), ("MCPServer", "mcp-server")])
    func flagName(_ name: String, _ expected: String) {
        #expect(SwiftNaming.flagName(name) == expected)
    }
}
