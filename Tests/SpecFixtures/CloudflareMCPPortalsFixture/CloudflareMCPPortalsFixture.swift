// A test-only client generated at build time from ../mcp-servers-and-portals.json by APIGenBuildPlugin (see apigen-config.json).
