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

    /// The files of this part, in output order.
    public var fileNames: [String] {
        switch self {
        case .all: OutputPart.client.fileNames + OutputPart.commandLine.fileNames
        case .client: ["Types.swift", "Validation.swift", "Client.swift"]
        case .commandLine: ["Operations.swift"]
        }
    }
}
