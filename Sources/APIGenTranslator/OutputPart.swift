// This file is also the build plugin's (Plugins/APIGenBuildPlugin/OutputPart.swift is a link to it), which reads a
// target's part from its `apigen-config.json`; `OutputLayout` names each part's files.

/// Which of the generated files a build wants: a target can hold the client, the command-line
/// catalog, or both. The catalog is data for tools (every operation's descriptor and the model
/// registry); an app that only calls the API links the client without it.
public enum OutputPart: String, Sendable, CaseIterable {
    /// Every file.
    case all
    /// The models, their validation and the client: what an app links.
    case client
    /// The operation catalog, for a command-line tool; it imports the client module when the
    /// spec names a `module.commandLineModule` of its own.
    case commandLine = "command-line"
}
