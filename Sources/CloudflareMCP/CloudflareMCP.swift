// The client, its models and validators are generated at build time from spec/mcp-servers.json
// by APIGenBuildPlugin (see apigen-config.json); a reviewable copy is committed under Generated/.
