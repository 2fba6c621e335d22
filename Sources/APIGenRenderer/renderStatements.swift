import APIGenIR

extension SwiftRenderer {
    static func writeStatements(_ statements: [Statement], into writer: inout CodeWriter) {
        for statement in statements {
            switch statement {
            case .line(let expression):
                writer.line(render(expression, column: writer.indentWidth, margin: writer.indentWidth))
            case .blankLine:
                writer.blankLine()
            case .block(let header, let body):
                writer.line(render(header) + " {")
                writer.indented { writeStatements(body, into: &$0) }
                writer.line("}")
            case .trailingClosure(let call, let signature, let body):
                writer.line(render(call, column: writer.indentWidth, margin: writer.indentWidth) + " { \(signature) in")
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

    /// Code segments as they are, string segments as escaped literals; calls, arrays and closures
    /// stay on one line when they fit in `lineWidth` from `column`, otherwise one argument or element
    /// per line. Continuation lines are indented relative to the first (the writer adds its own
    /// indentation). Widths are counted in UTF-8 bytes: cheap, deterministic, and exact for the
    /// ASCII that code is made of. Layout is decided from widths, so flat text is only built for
    /// pieces that fit.
    static func render(_ expression: Expression, column: Int = 0, margin: Int = 0) -> String {
        var output = ""
        write(expression, column: column, indent: 0, margin: margin, trailing: 0, into: &output)
        return output
    }

    /// - Parameters:
    ///   - column: where the expression starts on its line.
    ///   - indent: the nesting level of broken calls around it (continuation lines get 4 spaces a level).
    ///   - margin: the writer's indentation, which every continuation line also gets.
    ///   - trailing: characters that will follow on the same line (a separating comma).
    private static func write(_ expression: Expression, column: Int, indent: Int, margin: Int, trailing: Int, into output: inout String) {
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
                writeFlat(expression, into: &output)
                return
            }
            var lineLength = column
            for (index, segment) in segments.enumerated() {
                let width = widths[index]
                if lineLength + width + (index == segments.count - 1 ? trailing : 0) <= lineWidth {
                    writeFlat(segment, into: &output)
                    lineLength += width
                    continue
                }
                switch segment {
                case .code, .stringLiteral:
                    writeFlat(segment, into: &output)
                    lineLength += width
                case .call(let callee, let arguments):
                    guard !arguments.isEmpty else { writeFlat(segment, into: &output); lineLength += width; continue }
                    output += callee
                    output += "(\n"
                    for (index, argument) in arguments.enumerated() {
                        output += indentation(indent + 1)
                        var labelWidth = 0
                        if let label = argument.label {
                            output += label
                            output += ": "
                            labelWidth = label.utf8.count + 2
                        }
                        let isLast = index == arguments.count - 1
                        write(argument.value, column: margin + (indent + 1) * 4 + labelWidth, indent: indent + 1, margin: margin,
                              trailing: isLast ? 0 : 1, into: &output)
                        output += isLast ? "\n" : ",\n"
                    }
                    output += indentation(indent)
                    output += ")"
                    lineLength = margin + indent * 4 + 1
                case .arrayLiteral(let elements, _):
                    output += "[\n"
                    for element in elements {
                        output += indentation(indent + 1)
                        write(element, column: margin + (indent + 1) * 4, indent: indent + 1, margin: margin, trailing: 1, into: &output)
                        output += ",\n"
                    }
                    output += indentation(indent)
                    output += "]"
                    lineLength = margin + indent * 4 + 1
                case .closure(let signature, let body):
                    output += "{ "
                    output += signature
                    output += " in\n"
                    output += indentation(indent + 1)
                    write(body, column: margin + (indent + 1) * 4, indent: indent + 1, margin: margin, trailing: 0, into: &output)
                    output += "\n"
                    output += indentation(indent)
                    output += "}"
                    lineLength = margin + indent * 4 + 1
                }
            }
        }
    }

    private static func indentation(_ level: Int) -> String {
        Indentation.spaces(level * 4)
    }

    /// The width of the expression written on one line, without writing it.
    static func flatWidth(_ expression: Expression) -> Int {
        expression.segments.reduce(0) { $0 + flatWidth($1) }
    }

    private static func flatWidth(_ segment: Expression.Segment) -> Int {
        switch segment {
        case .code(let code): return code.utf8.count
        case .stringLiteral(let value): return StringLiteral.escapedWidth(value)
        case .call(let callee, let arguments):
            return callee.utf8.count + 2 + arguments.reduce(0) { $0 + flatWidth($1.value) + ($1.label.map { $0.utf8.count + 2 } ?? 0) }
                + max(0, arguments.count - 1) * 2
        case .arrayLiteral(let elements, let isDictionary):
            if elements.isEmpty { return isDictionary ? 3 : 2 }
            return 2 + elements.reduce(0) { $0 + flatWidth($1) } + (elements.count - 1) * 2
        case .closure(let signature, let body):
            return signature.utf8.count + 8 + flatWidth(body)
        }
    }

    /// Everything on one line.
    static func renderFlat(_ expression: Expression) -> String {
        var output = ""
        writeFlat(expression, into: &output)
        return output
    }

    private static func writeFlat(_ expression: Expression, into output: inout String) {
        for segment in expression.segments { writeFlat(segment, into: &output) }
    }

    private static func writeFlat(_ segment: Expression.Segment, into output: inout String) {
        switch segment {
        case .code(let code): output += code
        case .stringLiteral(let value): output += StringLiteral.escaped(value)
        case .call(let callee, let arguments):
            output += callee
            output += "("
            for (index, argument) in arguments.enumerated() {
                if index > 0 { output += ", " }
                if let label = argument.label {
                    output += label
                    output += ": "
                }
                writeFlat(argument.value, into: &output)
            }
            output += ")"
        case .arrayLiteral(let elements, let isDictionary):
            if elements.isEmpty { output += isDictionary ? "[:]" : "[]"; return }
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += ", " }
                writeFlat(element, into: &output)
            }
            output += "]"
        case .closure(let signature, let body):
            output += "{ "
            output += signature
            output += " in "
            writeFlat(body, into: &output)
            output += " }"
        }
    }
}
