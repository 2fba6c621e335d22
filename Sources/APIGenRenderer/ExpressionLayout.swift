import APIGenIR

/// A piece of a line as the layout sees it: text that is never broken, or a call, literal or
/// closure that may be laid out over several lines.
enum LayoutUnit {
    case text(String)
    /// An expression written on one line whatever its width.
    case flat(Expression)
    case pattern(Pattern)
    /// A call with arguments, a non-empty array or dictionary literal, a closure.
    case breakable(Expression)

    var width: Int {
        switch self {
        case .text(let text): return text.utf8.count
        case .flat(let expression), .breakable(let expression): return expression.flatWidth
        case .pattern(let pattern):
            var counter = WidthCounter()
            pattern.spell(into: &counter)
            return counter.width
        }
    }

    var isBreakable: Bool {
        if case .breakable = self { true } else { false }
    }

    func spell<Sink: TextSink>(into sink: inout Sink) {
        switch self {
        case .text(let text): sink.append(text)
        case .flat(let expression), .breakable(let expression): expression.spell(into: &sink)
        case .pattern(let pattern): pattern.spell(into: &sink)
        }
    }
}

extension Expression {
    /// The expression as layout units, in writing order: operators and names around it as text,
    /// the parts that can break kept whole.
    func appendUnits(to units: inout [LayoutUnit]) {
        switch self {
        case .identifier, .type, .literal, .member(nil, _):
            units.append(.flat(self))
        case .member(let base?, let name):
            base.appendOperandUnits(.postfix, to: &units)
            units.append(.text("."))
            units.append(.text(name))
        case .call(let callee, let arguments, let trailingClosure):
            if !arguments.isEmpty {
                units.append(.breakable(self))
                return
            }
            callee.appendOperandUnits(.postfix, to: &units)
            if let trailingClosure {
                units.append(.text(" "))
                units.append(.breakable(.closure(trailingClosure)))
            } else {
                units.append(.text("()"))
            }
        case .subscripted(let base, let index):
            base.appendOperandUnits(.postfix, to: &units)
            units.append(.text("["))
            index.appendUnits(to: &units)
            units.append(.text("]"))
        case .array(let elements):
            units.append(elements.isEmpty ? .flat(self) : .breakable(self))
        case .dictionary(let elements):
            units.append(elements.isEmpty ? .flat(self) : .breakable(self))
        case .closure:
            units.append(.breakable(self))
        case .binary(let left, let op, let right):
            left.appendOperandUnits(.binaryLeft(op), to: &units)
            units.append(.text(" " + op.rawValue + " "))
            right.appendOperandUnits(.binaryRight(op), to: &units)
        case .not(let operand):
            units.append(.text("!"))
            operand.appendOperandUnits(.prefix, to: &units)
        case .tryExpression(let operand):
            units.append(.text("try "))
            operand.appendUnits(to: &units)
        case .awaitExpression(let operand):
            units.append(.text("await "))
            operand.appendUnits(to: &units)
        case .optionalChaining(let wrapped):
            wrapped.appendOperandUnits(.postfix, to: &units)
            units.append(.text("?"))
        case .forceUnwrap(let wrapped):
            wrapped.appendOperandUnits(.postfix, to: &units)
            units.append(.text("!"))
        case .cast(let value, let type):
            value.appendOperandUnits(.binaryLeft(nil), to: &units)
            units.append(.text(" as "))
            units.append(.flat(.type(type)))
        }
    }

    private func appendOperandUnits(_ position: OperandPosition, to units: inout [LayoutUnit]) {
        if needsParentheses(at: position) {
            units.append(.text("("))
            appendUnits(to: &units)
            units.append(.text(")"))
        } else {
            appendUnits(to: &units)
        }
    }
}

extension Condition {
    func appendUnits(to units: inout [LayoutUnit]) {
        switch self {
        case .expression(let expression):
            expression.appendUnits(to: &units)
        case .optionalBinding(let name, let value):
            units.append(.text("let "))
            units.append(.text(name))
            if let value {
                units.append(.text(" = "))
                value.appendUnits(to: &units)
            }
        case .matches(let pattern, let value):
            units.append(.text("case "))
            units.append(.pattern(pattern))
            units.append(.text(" = "))
            value.appendUnits(to: &units)
        }
    }
}

extension SwiftRenderer {
    /// The maximum line width the layout aims for.
    static let lineWidth = 120

    /// The expression as text, laid out as `write(_:column:margin:into:)` does.
    static func render(_ expression: Expression, column: Int = 0, margin: Int = 0) -> String {
        var writer = CodeWriter(reservingCapacity: 128)  // a default value or a small header, not a file
        write(expression, column: column, margin: margin, into: &writer)
        return writer.text
    }

    static func write(_ expression: Expression, column: Int = 0, margin: Int = 0, trailing: Int = 0, into writer: inout CodeWriter) {
        write(expression, column: column, indent: 0, margin: margin, trailing: trailing, into: &writer)
    }

    /// Conditions separated by commas, laid out as one line of units.
    static func write(_ conditions: [Condition], column: Int, margin: Int, trailing: Int, into writer: inout CodeWriter) {
        var units: [LayoutUnit] = []
        for (index, condition) in conditions.enumerated() {
            if index > 0 { units.append(.text(", ")) }
            condition.appendUnits(to: &units)
        }
        write(units, column: column, indent: 0, margin: margin, trailing: trailing, into: &writer)
    }

    /// Calls, arrays and closures stay on one line when they fit in `lineWidth` from `column`,
    /// otherwise one argument or element per line. Continuation lines are indented relative to
    /// the first (the writer adds its own indentation, `margin`). Layout is decided from widths,
    /// so nothing is written twice. `trailing` counts the characters that will follow on the
    /// expression's last line (` {`).
    ///
    /// - Parameters:
    ///   - column: where the expression starts on its line.
    ///   - indent: the nesting level of broken calls around it (continuation lines get 4 spaces a level).
    ///   - margin: the writer's indentation, which every continuation line also gets.
    ///   - trailing: characters that will follow on the same line (a separating comma).
    private static func write(_ expression: Expression, column: Int, indent: Int, margin: Int, trailing: Int, into writer: inout CodeWriter) {
        if column + expression.flatWidth + trailing <= lineWidth {
            expression.spell(into: &writer)
            return
        }
        var units: [LayoutUnit] = []
        expression.appendUnits(to: &units)
        write(units, column: column, indent: indent, margin: margin, trailing: trailing, into: &writer)
    }

    private static func write(_ units: [LayoutUnit], column: Int, indent: Int, margin: Int, trailing: Int, into writer: inout CodeWriter) {
        // Each unit's width is computed once per level (a subtree is measured again only where
        // an enclosing call is broken over lines).
        let widths = units.map(\.width)
        if column + widths.reduce(0, +) + trailing <= lineWidth {
            for unit in units { unit.spell(into: &writer) }
            return
        }
        var lineLength = column
        for (index, unit) in units.enumerated() {
            let width = widths[index]
            // What cannot be broken is written as it is; what can is kept whole when it fits
            // together with the unbreakable units that follow it on its line.
            guard case .breakable(let expression) = unit, lineLength + width + followingWidth(after: index) > lineWidth else {
                unit.spell(into: &writer)
                lineLength += width
                continue
            }
            writeBroken(expression, indent: indent, margin: margin, into: &writer)
            lineLength = margin + indent * 4 + 1
        }

        /// The width of the units after `index` up to the next breakable one, or to the end and what trails it.
        func followingWidth(after index: Int) -> Int {
            var width = 0
            for next in (index + 1)..<units.count {
                if units[next].isBreakable { return width }
                width += widths[next]
            }
            return width + trailing
        }
    }

    /// A call, literal or closure over several lines: one argument or element per line, 4 spaces deeper.
    private static func writeBroken(_ expression: Expression, indent: Int, margin: Int, into writer: inout CodeWriter) {
        let continuation = Indentation.spaces((indent + 1) * 4)
        let closing = Indentation.spaces(indent * 4)
        let innerColumn = margin + (indent + 1) * 4
        switch expression {
        case .call(let callee, let arguments, let trailingClosure):
            callee.spellOperand(.postfix, into: &writer)
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
                write(argument.value, column: innerColumn + labelWidth, indent: indent + 1, margin: margin, trailing: isLast ? 0 : 1, into: &writer)
                writer.line(isLast ? "" : ",")
            }
            writer.append(closing)
            writer.append(")")
            if let trailingClosure {
                writer.append(" ")
                trailingClosure.spell(into: &writer)
            }
        case .array(let elements):
            writer.line("[")
            for element in elements {
                writer.append(continuation)
                write(element, column: innerColumn, indent: indent + 1, margin: margin, trailing: 1, into: &writer)
                writer.line(",")
            }
            writer.append(closing)
            writer.append("]")
        case .dictionary(let elements):
            writer.line("[")
            for element in elements {
                writer.append(continuation)
                element.key.spell(into: &writer)
                writer.append(": ")
                write(element.value, column: innerColumn + element.key.flatWidth + 2, indent: indent + 1, margin: margin, trailing: 1, into: &writer)
                writer.line(",")
            }
            writer.append(closing)
            writer.append("]")
        case .closure(let closure):
            writer.append("{ ")
            if closure.hasSignature {
                closure.spellSignature(into: &writer)
                writer.line(" in")
            } else {
                writer.endLine()
            }
            writer.append(continuation)
            write(closure.body, column: innerColumn, indent: indent + 1, margin: margin, trailing: 0, into: &writer)
            writer.endLine()
            writer.append(closing)
            writer.append("}")
        default:
            preconditionFailure("only calls, literals and closures are broken")
        }
    }
}
