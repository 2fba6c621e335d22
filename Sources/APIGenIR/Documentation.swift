/// A doc comment, as content: the renderer turns it into `///` lines.
public struct Documentation: Sendable, Hashable {
    /// Paragraphs of free text from the spec; may contain anything.
    public var paragraphs: [String]
    public var parameters: [DocumentedParameter]
    public var returns: String?
    public var throwsText: String?
    public var warning: String?
    /// Where in the spec this declaration came from, e.g. `spec/mcp-servers.json#/models/MCPServer`.
    public var remark: String?

    public init(paragraphs: [String] = [], parameters: [(name: String, text: String)] = [], returns: String? = nil,
                throwsText: String? = nil, warning: String? = nil, remark: String? = nil) {
        self.paragraphs = paragraphs.filter { !$0.isEmpty }
        self.parameters = parameters.map { DocumentedParameter(name: $0.name, text: $0.text) }
        self.returns = returns
        self.throwsText = throwsText
        self.warning = warning
        self.remark = remark
    }
}

/// One `- name: text` entry of a doc comment's parameter list.
public struct DocumentedParameter: Sendable, Hashable {
    public var name: String
    public var text: String
}
