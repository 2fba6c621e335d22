import APIGenIR
import APIGenParallel

/// Stage 4: IR → Swift source text. Knows Swift layout, nothing about any API.
///
/// Output is deterministic: the same IR gives the same bytes (4-space indentation, one blank line
/// between members, LF line endings, a final newline).
public enum SwiftRenderer {
    public static func render(_ file: SourceFile) -> String {
        var writer = CodeWriter()
        for line in file.header { writer.line(CommentText.plainComment(line)) }
        if !file.header.isEmpty { writer.blankLine() }
        for item in file.imports {
            var statement = (item.spi.map { "@_spi(\($0)) " } ?? "") + (item.isExported ? "@_exported import " : "import ")
            statement += item.symbol.map { "\($0.kind.rawValue) \(item.module).\($0.name)" } ?? item.module
            if item.isConditional {
                writer.line("#if canImport(\(item.module))")
                writer.line(statement)
                writer.line("#endif")
            } else {
                writer.line(statement)
            }
        }
        // Top-level declarations start at no indentation and depend on nothing before them, so
        // the groups are made and laid out concurrently, each dropped once written, and joined
        // in order: the same bytes as one pass.
        let groups = file.declarations
        let pieces = Array(0..<groups.count).concurrentMap { index in
            let declarations = groups[index]
            var piece = CodeWriter(reservingCapacity: 1 << 12)
            writeMembers(declarations, into: &piece)
            return RenderedGroup(text: piece, first: declarations.first.map(Spacing.init), last: declarations.last.map(Spacing.init))
        }
        if !file.imports.isEmpty, pieces.contains(where: { $0.first != nil }) { writer.blankLine() }
        // One allocation for the whole file: growing a buffer of hundreds of megabytes by doubling
        // costs more in fresh pages than the copying itself.
        writer.reserveCapacity(pieces.reduce(0) { $0 + $1.text.byteCount + 1 })
        var previous: Spacing?
        for piece in pieces {
            guard let first = piece.first, let last = piece.last else { continue }
            if let previous, Spacing.needsBlankLine(between: previous, and: first) { writer.blankLine() }
            writer.append(piece.text)
            previous = last
        }
        return writer.text
    }

    /// A group of top-level declarations as text, and how its ends space against its neighbours.
    private struct RenderedGroup: Sendable {
        var text: CodeWriter
        var first: Spacing?
        var last: Spacing?
    }

    /// Consecutive undocumented enum cases sit together (`tight`); every other pair of
    /// declarations is separated by a blank line.
    private enum Spacing: Sendable {
        case tight, spaced

        init(_ declaration: Declaration) {
            if case .enumCase(let enumCase) = declaration, enumCase.documentation == nil { self = .tight } else { self = .spaced }
        }

        static func needsBlankLine(between previous: Spacing, and next: Spacing) -> Bool {
            previous == .spaced || next == .spaced
        }
    }

    static func writeMembers(_ declarations: [Declaration], into writer: inout CodeWriter) {
        var previous: Spacing?
        for declaration in declarations {
            let spacing = Spacing(declaration)
            if let previous, Spacing.needsBlankLine(between: previous, and: spacing) { writer.blankLine() }
            write(declaration, into: &writer)
            previous = spacing
        }
    }

    static func write(_ declaration: Declaration, into writer: inout CodeWriter) {
        switch declaration {
        case .type(let type): writeType(type, into: &writer)
        case .property(let property): writeProperty(property, into: &writer)
        case .function(let function): writeFunction(function, into: &writer)
        case .enumCase(let enumCase):
            writeDocumentation(enumCase.documentation, into: &writer)
            writer.line((enumCase.isIndirect ? "indirect " : "") + "case \(enumCase.name)" + (enumCase.associatedType.map { "(\($0.spelling))" } ?? "")
                + (enumCase.rawValue.map { " = " + StringLiteral.escaped($0) } ?? ""))
        case .mark(let title):
            writer.line("// MARK: - " + CommentText.singleLine(title))
        }
    }

    private static func writeType(_ type: TypeDeclaration, into writer: inout CodeWriter) {
        writeDocumentation(type.documentation, into: &writer)
        writeDeprecated(type.deprecated, into: &writer)
        var header = (type.spi.map { "@_spi(\($0)) " } ?? "") + prefix(type.access) + type.kind.rawValue + " " + type.name.spelling
        if !type.conformances.isEmpty { header += ": " + type.conformances.map(\.spelling).joined(separator: ", ") }
        guard !type.members.isEmpty else { writer.line(header + " {}"); return }
        writer.line(header + " {")
        writer.indented { writeMembers(type.members, into: &$0) }
        writer.line("}")
    }

    /// `@available(*, deprecated)`, with `message: "…"` when there is one.
    private static func writeDeprecated(_ deprecated: Deprecated?, into writer: inout CodeWriter) {
        guard let deprecated else { return }
        writer.line("@available(*, deprecated" + (deprecated.message.map { ", message: " + render(.string($0)) } ?? "") + ")")
    }

    private static func writeProperty(_ property: PropertyDeclaration, into writer: inout CodeWriter) {
        writeDocumentation(property.documentation, into: &writer)
        writeDeprecated(property.deprecated, into: &writer)
        var text = (property.wrapper.map { "@" + $0.spelling + " " } ?? "") + prefix(property.access) + (property.isStatic ? "static " : "") + property.binding.rawValue + " " + property.name
        if let type = property.type { text += ": " + type.spelling }
        if property.isRequirement {
            writer.line(text + " { get }")
        } else if let getter = property.getter, let setter = property.setter {
            writer.line(text + " {")
            writer.indented { inner in
                for (keyword, body) in [("get", getter), ("set", setter)] {
                    inner.line(keyword + " {")
                    inner.indented { writeStatements(body, into: &$0) }
                    inner.line("}")
                }
            }
            writer.line("}")
        } else if let getter = property.getter {
            writer.line(text + " {")
            writer.indented { writeStatements(getter, into: &$0) }
            writer.line("}")
        } else if let initialValue = property.initialValue {
            writer.append(text)
            writer.append(" = ")
            write(initialValue, column: writer.indentWidth + text.utf8.count + 3, margin: writer.indentWidth, into: &writer)
            writer.endLine()
        } else {
            writer.line(text)
        }
    }

    private static func writeFunction(_ function: FunctionDeclaration, into writer: inout CodeWriter) {
        writeDocumentation(function.documentation, into: &writer)
        writeDeprecated(function.deprecated, into: &writer)
        var head = prefix(function.access) + (function.isStatic ? "static " : "")
        switch function.kind {
        case .function(let name): head += "func " + name
        case .initializer: head += "init"
        }
        var tail = function.isAsync ? " async" : ""
        switch function.throwsClause {
        case nil: break
        case .untyped: tail += " throws"
        case .typed(let failure): tail += " throws(\(failure.spelling))"
        }
        if let returnType = function.returnType { tail += " -> " + returnType.spelling }
        let opening = function.body == nil ? "" : " {"
        let parameters = function.parameters.map(renderParameter)
        let oneLine = head + "(" + parameters.joined(separator: ", ") + ")" + tail + opening
        if oneLine.utf8.count + writer.indentWidth <= 120 || parameters.count < 2 {
            writer.line(oneLine)
        } else {
            writer.line(head + "(")
            writer.indented { inner in
                for (index, parameter) in parameters.enumerated() {
                    inner.line(parameter + (index < parameters.count - 1 ? "," : ""))
                }
            }
            writer.line(")" + tail + opening)
        }
        if let body = function.body {
            writer.indented { writeStatements(body, into: &$0) }
            writer.line("}")
        }
    }

    private static func renderParameter(_ parameter: FunctionDeclaration.Parameter) -> String {
        var text = parameter.label.map { $0 == parameter.name ? $0 : "\($0) \(parameter.name)" } ?? parameter.name
        text += ": " + (parameter.isInout ? "inout " : "") + parameter.type.spelling
        if let defaultValue = parameter.defaultValue { text += " = " + render(defaultValue) }
        return text
    }

    private static func prefix(_ access: AccessLevel?) -> String {
        access.map { $0.rawValue + " " } ?? ""
    }
}
