import APIGenIR

extension SwiftRenderer {
    static func writeStatements(_ statements: [Statement], into writer: inout CodeWriter) {
        for statement in statements {
            switch statement {
            case .line(let expression):
                writer.line(render(expression))
            case .blankLine:
                writer.blankLine()
            case .block(let header, let body):
                writer.line(render(header) + " {")
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
                        writer.line("case " + patterns.map(render).joined(separator: ", ") + ":")
                    } else {
                        writer.line("default:")
                    }
                    writer.indented { writeStatements(switchCase.body.isEmpty ? [.line("break")] : switchCase.body, into: &$0) }
                }
                writer.line("}")
            }
        }
    }

    /// Code segments as they are; string segments as escaped Swift literals.
    static func render(_ expression: Expression) -> String {
        var text = ""
        for segment in expression.segments {
            switch segment {
            case .code(let code): text += code
            case .stringLiteral(let value): text += StringLiteral.escaped(value)
            }
        }
        return text
    }
}
