import APIGenCLI
import CloudflareMCP
import CloudflareMCPCommandLine
import Foundation

// Everything the tool does (commands, flags, help, exit statuses) comes from the spec through
// MCPServersClient.commandLine; this file only starts it.
exit(await CommandLineTool(MCPServersClient.commandLine).run(Array(CommandLine.arguments.dropFirst())))
