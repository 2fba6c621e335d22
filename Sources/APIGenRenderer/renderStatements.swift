import APIGenIR

extension SwiftRenderer {
    static func writeStatements(_ statements: [Statement], into writer: inout CodeWriter) {
        for statement in statements {
            switch statement {
            case .line(let expression):
                writer.line(render(expression, column: writer.indentWidth))
            case .blankLine:
                writer.blankLine()
            case .block(let header, let body):
                writer.line(render(header) + " {")
                writer.indented { writeStatements(body, into: &$0) }
                writer.line("}")
            case .trailingClosure(let call, let signature, let body):
                writer.line(render(call, column: writer.indentWidth) + " { \(signature) in")
                writer.indented { writeStatements(body, into: &$0) }
                writer.line("}")
            case .conditional(let branches):
                for (index, branch) in branches.enumerated() {
                    let keyword: String
                    switch (index, branch.condition) {
                    case (0, let condition?): keyword = "if " + render(condition)
                    case (_, let condition?): keyword = "} else if " + render(condition)
                    case (_, nil): keyword = "} else"
                    }
                    writer.line(keyword + " {")
                    writer.indented { writeStatements(branch.body, into: &$0) }
                }
                writer.line("}")
            case .switchStatement(let subject, let cases):
                writer.line("switch " + render(subject) + " {")
                for switchCase in cases {
                    if let patterns = switchCase.patterns {
                        writer.line("case " + patterns.map { render($0) }.joined(separator: ", ") + ":")
                    } else {
                        writer.line("default:")
                    }
                    writer.indented { writeStatements(switchCase.body.isEmpty ? [.line("break")] : switchCase.body, into: &$0) }
                }
                writer.line("}")
            }
        }
    }

    /// The maximum line width the layout aims for.
    static let lineWidth = 120

    /// Code segments as they are, string segments as escaped literals; calls and arrays stay on one
    /// line when they fit in `lineWidth` from `column`, otherwise one argument or element per line.
    static func render(_ expression: Expression, column: Int = 0) -> String {
        let flat = renderFlat(expression)
        guard flat.count + column > lineWidth else { return flat }
        var text = ""
        for segment in expression.segments {
            let lastLineLength = text.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0
            let here = (text.contains("\n") ? 0 : column) + lastLineLength
            switch segment {
            case .code(let code): text += code
            case .stringLiteral(let value): text += StringLiteral.escaped(value)
            case .call(let callee, let arguments):
                let inline = callee + "(" + arguments.map(renderFlat).joined(separator: ", ") + ")"
                if here + inline.count <= lineWidth || arguments.isEmpty {
                    text += inline
                } else {
                    text += callee + "(\n" + arguments.map { "    " + indentContinuation(render($0, column: 4)) }.joined(separator: ",\n") + "\n)"
                }
            case .arrayLiteral(let elements, let isDictionary):
                let inline = elements.isEmpty && isDictionary ? "[:]" : "[" + elements.map { renderFlat($0) }.joined(separator: ", ") + "]"
                if here + inline.count <= lineWidth || elements.isEmpty {
                    text += inline
                } else {
                    text += "[\n" + elements.map { "    " + indentContinuation(render($0, column: 4)) + "," }.joined(separator: "\n") + "\n]"
                }
            case .closure(let signature, let body):
                let inline = "{ \(signature) in \(renderFlat(body)) }"
                text += here + inline.count <= lineWidth ? inline : "{ \(signature) in\n    " + indentContinuation(render(body, column: 4)) + "\n}"
            }
        }
        return text
    }

    private static func render(_ argument: Expression.Argument, column: Int) -> String {
        let prefix = argument.label.map { $0 + ": " } ?? ""
        return prefix + render(argument.value, column: column + prefix.count)
    }

    private static func renderFlat(_ argument: Expression.Argument) -> String {
        (argument.label.map { $0 + ": " } ?? "") + renderFlat(argument.value)
    }

    /// Everything on one line.
    static func renderFlat(_ expression: Expression) -> String {
        var text = ""
        for segment in expression.segments {
            switch segment {
            case .code(let code): text += code
            case .stringLiteral(let value): text += StringLiteral.escaped(value)
            case .call(let callee, let arguments): text += callee + "(" + arguments.map(renderFlat).joined(separator: ", ") + ")"
            case .arrayLiteral(let elements, let isDictionary):
                text += elements.isEmpty && isDictionary ? "[:]" : "[" + elements.map { renderFlat($0) }.joined(separator: ", ") + "]"
            case .closure(let signature, let body): text += "{ \(signature) in \(renderFlat(body)) }"
            }
        }
        return text
    }

    /// Indents every line after the first by one level, for text nested in a broken call.
    private static func indentContinuation(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n    ")
    }
}
