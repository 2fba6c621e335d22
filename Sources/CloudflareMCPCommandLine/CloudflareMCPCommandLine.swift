// The command-line catalog of spec/mcp-servers.json (MCPServersClient.operations, .commandLine,
// .models), generated at build time by APIGenBuildPlugin (see apigen-config.json: part
// "command-line"). It is a module of its own, so apps that link CloudflareMCP do not carry it.
