import APIGenIR

extension SwiftRenderer {
    static func writeStatements(_ statements: [Statement], into writer: inout CodeWriter) {
        for statement in statements {
            let margin = writer.indentWidth
            switch statement {
            case .expression(let expression):
                write(expression, column: margin, margin: margin, into: &writer)
                writer.endLine()
            case .declaration(let binding, let name, let type, let value):
                var head = binding.rawValue + " " + name
                if let type { head += ": " + type.spelling }
                writer.append(head)
                if let value {
                    writer.append(" = ")
                    write(value, column: margin + head.utf8.count + 3, margin: margin, into: &writer)
                }
                writer.endLine()
            case .assignment(let target, let value):
                target.spell(into: &writer)
                writer.append(" = ")
                write(value, column: margin + target.flatWidth + 3, margin: margin, into: &writer)
                writer.endLine()
            case .returnStatement(let value):
                writer.append("return ")
                write(value, column: margin + 7, margin: margin, into: &writer)
                writer.endLine()
            case .throwStatement(let error):
                writer.append("throw ")
                write(error, column: margin + 6, margin: margin, into: &writer)
                writer.endLine()
            case .blankLine:
                writer.blankLine()
            case .forIn(let pattern, let sequence, let body):
                writer.append("for ")
                pattern.spell(into: &writer)
                writer.append(" in ")
                write(sequence, column: margin + 8 + LayoutUnit.pattern(pattern).width, margin: margin, trailing: 2, into: &writer)
                writer.line(" {")
                writer.indented { writeStatements(body, into: &$0) }
                writer.line("}")
            case .guardElse(let conditions, let body):
                writer.append("guard ")
                write(conditions, column: margin + 6, margin: margin, trailing: 7, into: &writer)
                writer.line(" else {")
                writer.indented { writeStatements(body, into: &$0) }
                writer.line("}")
            case .trailingClosure(let call, let parameters, let throwsClause, let body):
                var counter = WidthCounter()
                Expression.Closure.spellSignature(parameters, throwsClause, into: &counter)
                write(call, column: margin, margin: margin, trailing: counter.width + 6, into: &writer)
                writer.append(" { ")
                Expression.Closure.spellSignature(parameters, throwsClause, into: &writer)
                writer.line(" in")
                writer.indented { writeStatements(body, into: &$0) }
                writer.line("}")
            case .conditional(let branches):
                for (index, branch) in branches.enumerated() {
                    if let conditions = branch.conditions {
                        let keyword = index == 0 ? "if " : "} else if "
                        writer.append(keyword)
                        write(conditions, column: margin + keyword.utf8.count, margin: margin, trailing: 2, into: &writer)
                        writer.line(" {")
                    } else {
                        writer.line("} else {")
                    }
                    writer.indented { writeStatements(branch.body, into: &$0) }
                }
                writer.line("}")
            case .switchStatement(let subject, let cases):
                writer.append("switch ")
                write(subject, column: margin + 7, margin: margin, trailing: 2, into: &writer)
                writer.line(" {")
                for switchCase in cases {
                    if let patterns = switchCase.patterns {
                        writer.append("case ")
                        for (index, pattern) in patterns.enumerated() {
                            if index > 0 { writer.append(", ") }
                            pattern.spell(into: &writer)
                        }
                        if let condition = switchCase.whereClause {
                            writer.append(" where ")
                            condition.spell(into: &writer)
                        }
                        writer.line(":")
                    } else {
                        writer.line("default:")
                    }
                    writer.indented { inner in
                        if switchCase.body.isEmpty { inner.line("break") } else { writeStatements(switchCase.body, into: &inner) }
                    }
                }
                writer.line("}")
            }
        }
    }
}
