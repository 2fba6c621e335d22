import APIGenIR

extension SwiftRenderer {
    static func writeStatements(_ statements: [Statement], into writer: inout CodeWriter) {
        for statement in statements {
            switch statement {
            case .line(let expression):
                write(expression, column: writer.indentWidth, margin: writer.indentWidth, into: &writer)
                writer.endLine()
            case .blankLine:
                writer.blankLine()
            case .forIn(let pattern, let sequence, let body):
                writer.append("for ")
                writeFlat(pattern, into: &writer)
                writer.append(" in ")
                let column = writer.indentWidth + 8 + flatWidth(pattern)
                write(sequence, column: column, margin: writer.indentWidth, trailing: 2, into: &writer)
                writer.line(" {")
                writer.indented { writeStatements(body, into: &$0) }
                writer.line("}")
            case .guardElse(let condition, let body):
                writer.append("guard ")
                write(condition, column: writer.indentWidth + 6, margin: writer.indentWidth, trailing: 7, into: &writer)
                writer.line(" else {")
                writer.indented { writeStatements(body, into: &$0) }
                writer.line("}")
            case .trailingClosure(let call, let signature, let body):
                write(call, column: writer.indentWidth, margin: writer.indentWidth, trailing: flatWidth(signature) + 6, into: &writer)
                writer.append(" { ")
                writeFlat(signature, into: &writer)
                writer.line(" in")
                writer.indented { writeStatements(body, into: &$0) }
                writer.line("}")
            case .conditional(let branches):
                for (index, branch) in branches.enumerated() {
                    if let condition = branch.condition {
                        let keyword = index == 0 ? "if " : "} else if "
                        writer.append(keyword)
                        write(condition, column: writer.indentWidth + keyword.utf8.count, margin: writer.indentWidth, trailing: 2, into: &writer)
                        writer.line(" {")
                    } else {
                        writer.line("} else {")
                    }
                    writer.indented { writeStatements(branch.body, into: &$0) }
                }
                writer.line("}")
            case .switchStatement(let subject, let cases):
                writer.append("switch ")
                write(subject, column: writer.indentWidth + 7, margin: writer.indentWidth, trailing: 2, into: &writer)
                writer.line(" {")
                for switchCase in cases {
                    if let patterns = switchCase.patterns {
                        writer.append("case ")
                        for (index, pattern) in patterns.enumerated() {
                            if index > 0 { writer.append(", ") }
                            write(pattern, into: &writer)
                        }
                        writer.line(":")
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

    /// The expression as text, laid out as `write(_:column:margin:into:)` does.
    static func render(_ expression: Expression, column: Int = 0, margin: Int = 0) -> String {
        var writer = CodeWriter(reservingCapacity: 128)  // a default value or a small header, not a file
        write(expression, column: column, margin: margin, into: &writer)
        return writer.text
    }

    /// Code segments as they are, string segments as escaped literals; calls, arrays and closures
    /// stay on one line when they fit in `lineWidth` from `column`, otherwise one argument or element
    /// per line. Continuation lines are indented relative to the first (the writer adds its own
    /// indentation, `margin`). Widths are counted in UTF-8 bytes: cheap, deterministic, and exact
    /// for the ASCII that code is made of. Layout is decided from widths, so nothing is written twice.
    /// `trailing` counts the characters that will follow on the expression's last line (` {`).
    static func write(_ expression: Expression, column: Int = 0, margin: Int = 0, trailing: Int = 0, into writer: inout CodeWriter) {
        write(expression, column: column, indent: 0, margin: margin, trailing: trailing, into: &writer)
    }

    /// - Parameters:
    ///   - column: where the expression starts on its line.
    ///   - indent: the nesting level of broken calls around it (continuation lines get 4 spaces a level).
    ///   - margin: the writer's indentation, which every continuation line also gets.
    ///   - trailing: characters that will follow on the same line (a separating comma).
    private static func write(_ expression: Expression, column: Int, indent: Int, margin: Int, trailing: Int, into writer: inout CodeWriter) {
        let segments = expression.segments
        // Each segment's width is computed once per level (a subtree is measured again only
        // where an enclosing call is broken over lines).
        withUnsafeTemporaryAllocation(of: Int.self, capacity: segments.count) { widths in
            var total = 0
            for (index, segment) in segments.enumerated() {
                let width = flatWidth(segment)
                widths.initializeElement(at: index, to: width)
                total += width
            }
            if column + total + trailing <= lineWidth {
                writeFlat(expression, into: &writer)
                return
            }
            var lineLength = column
            for (index, segment) in segments.enumerated() {
                let width = widths[index]
                // What cannot be broken is written as it is; what can is kept whole when it fits
                // together with the unbreakable segments that follow it on its line.
                if !isBreakable(segment) || lineLength + width + followingWidth(after: index) <= lineWidth {
                    writeFlat(segment, into: &writer)
                    lineLength += width
                    continue
                }
                let continuation = Indentation.spaces((indent + 1) * 4)
                let closing = Indentation.spaces(indent * 4)
                switch segment {
                case .code, .stringLiteral, .type:
                    preconditionFailure("code, string literals and types are never broken")
                case .call(let callee, let arguments):
                    writeFlat(callee, into: &writer)
                    writer.line("(")
                    for (index, argument) in arguments.enumerated() {
                        writer.append(continuation)
                        var labelWidth = 0
                        if let label = argument.label {
                            writer.append(label)
                            writer.append(": ")
                            labelWidth = label.utf8.count + 2
                        }
                        let isLast = index == arguments.count - 1
                        write(argument.value, column: margin + (indent + 1) * 4 + labelWidth, indent: indent + 1, margin: margin,
                              trailing: isLast ? 0 : 1, into: &writer)
                        writer.line(isLast ? "" : ",")
                    }
                    writer.append(closing)
                    writer.append(")")
                case .arrayLiteral(let elements, _):
                    writer.line("[")
                    for element in elements {
                        writer.append(continuation)
                        write(element, column: margin + (indent + 1) * 4, indent: indent + 1, margin: margin, trailing: 1, into: &writer)
                        writer.line(",")
                    }
                    writer.append(closing)
                    writer.append("]")
                case .closure(let signature, let body):
                    writer.append("{ ")
                    writeFlat(signature, into: &writer)
                    writer.line(" in")
                    writer.append(continuation)
                    write(body, column: margin + (indent + 1) * 4, indent: indent + 1, margin: margin, trailing: 0, into: &writer)
                    writer.endLine()
                    writer.append(closing)
                    writer.append("}")
                }
                lineLength = margin + indent * 4 + 1
            }

            /// The width of the segments after `index` up to the next breakable one, or to the end and what trails it.
            func followingWidth(after index: Int) -> Int {
                var width = 0
                for next in (index + 1)..<segments.count {
                    if isBreakable(segments[next]) { return width }
                    width += widths[next]
                }
                return width + trailing
            }
        }
    }

    /// Whether the segment can be laid out over several lines: a call with arguments, a
    /// non-empty literal, a closure.
    private static func isBreakable(_ segment: Expression.Segment) -> Bool {
        switch segment {
        case .code, .stringLiteral, .type: false
        case .call(_, let arguments): !arguments.isEmpty
        case .arrayLiteral(let elements, _): !elements.isEmpty
        case .closure: true
        }
    }

    /// The width of the expression written on one line, without writing it.
    static func flatWidth(_ expression: Expression) -> Int {
        expression.segments.reduce(0) { $0 + flatWidth($1) }
    }

    private static func flatWidth(_ segment: Expression.Segment) -> Int {
        switch segment {
        case .code(let code): return code.utf8.count
        case .stringLiteral(let value): return StringLiteral.escapedWidth(value)
        case .type(let type): return type.spellingWidth
        case .call(let callee, let arguments):
            return flatWidth(callee) + 2 + arguments.reduce(0) { $0 + flatWidth($1.value) + ($1.label.map { $0.utf8.count + 2 } ?? 0) }
                + max(0, arguments.count - 1) * 2
        case .arrayLiteral(let elements, let isDictionary):
            if elements.isEmpty { return isDictionary ? 3 : 2 }
            return 2 + elements.reduce(0) { $0 + flatWidth($1) } + (elements.count - 1) * 2
        case .closure(let signature, let body):
            return flatWidth(signature) + 8 + flatWidth(body)
        }
    }

    private static func writeFlat(_ expression: Expression, into writer: inout CodeWriter) {
        for segment in expression.segments { writeFlat(segment, into: &writer) }
    }

    private static func writeFlat(_ segment: Expression.Segment, into writer: inout CodeWriter) {
        switch segment {
        case .code(let code): writer.append(code)
        case .stringLiteral(let value): StringLiteral.write(value, into: &writer)
        case .type(let type): type.write(into: &writer)
        case .call(let callee, let arguments):
            writeFlat(callee, into: &writer)
            writer.append("(")
            for (index, argument) in arguments.enumerated() {
                if index > 0 { writer.append(", ") }
                if let label = argument.label {
                    writer.append(label)
                    writer.append(": ")
                }
                writeFlat(argument.value, into: &writer)
            }
            writer.append(")")
        case .arrayLiteral(let elements, let isDictionary):
            if elements.isEmpty { writer.append(isDictionary ? "[:]" : "[]"); return }
            writer.append("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { writer.append(", ") }
                writeFlat(element, into: &writer)
            }
            writer.append("]")
        case .closure(let signature, let body):
            writer.append("{ ")
            writeFlat(signature, into: &writer)
            writer.append(" in ")
            writeFlat(body, into: &writer)
            writer.append(" }")
        }
    }
}
