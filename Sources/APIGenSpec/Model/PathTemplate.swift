/// An operation's path, parsed once when the spec is loaded: fixed text and `{name}` placeholders.
public struct PathTemplate: Sendable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Hashable {
        /// Text sent as written, e.g. `/accounts/`.
        case literal(String)
        /// A placeholder, filled from the path parameter of this name.
        case placeholder(String)
    }

    /// Why a path is not a template.
    public enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        case unclosedBrace(placeholderStart: Int)
        case unopenedBrace(offset: Int)
        case emptyPlaceholder(offset: Int)

        public var description: String {
            switch self {
            case .unclosedBrace(let offset): "the '{' at character \(offset + 1) is not closed by '}' before the next '{' or the end"
            case .unopenedBrace(let offset): "the '}' at character \(offset + 1) closes no '{'"
            case .emptyPlaceholder(let offset): "the placeholder at character \(offset + 1) has no name; write {name}"
            }
        }
    }

    /// The template as written in the spec.
    public let text: String
    public let segments: [Segment]

    public init(parsing text: String) throws(ParseError) {
        var segments: [Segment] = []
        var literal = ""
        var placeholder: (start: Int, name: String)?
        for (offset, character) in text.enumerated() {
            switch (character, placeholder) {
            case ("{", nil):
                if !literal.isEmpty { segments.append(.literal(literal)) }
                literal = ""
                placeholder = (offset, "")
            case ("{", let open?):
                throw .unclosedBrace(placeholderStart: open.start)
            case ("}", let open?):
                guard !open.name.isEmpty else { throw .emptyPlaceholder(offset: open.start) }
                segments.append(.placeholder(open.name))
                placeholder = nil
            case ("}", nil):
                throw .unopenedBrace(offset: offset)
            case (_, var open?):
                open.name.append(character)
                placeholder = open
            case (_, nil):
                literal.append(character)
            }
        }
        if let open = placeholder { throw .unclosedBrace(placeholderStart: open.start) }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        self.text = text
        self.segments = segments
    }

    /// The placeholder names, in order (a name may appear twice; the validator reports it).
    public var placeholders: [String] {
        segments.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }

    public var description: String { text }
}
