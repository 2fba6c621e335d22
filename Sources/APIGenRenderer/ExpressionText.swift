import APIGenIR

/// Where an expression's one-line text goes: a writer, or a counter that measures the text
/// without building it. One walk (`spell`) serves both, so a width can never disagree with what
/// is written.
protocol TextSink {
    mutating func append(_ text: String)
    mutating func appendStringLiteral(_ value: String)
    mutating func appendType(_ type: TypeName)
}

extension TextSink {
    /// `open` element, element, … `close`, with `", "` between elements.
    mutating func appendList<Element>(_ elements: [Element], open: String, close: String, _ spellElement: (Element, inout Self) -> Void) {
        append(open)
        for (index, element) in elements.enumerated() {
            if index > 0 { append(", ") }
            spellElement(element, &self)
        }
        append(close)
    }
}

extension CodeWriter: TextSink {
    mutating func appendStringLiteral(_ value: String) { StringLiteral.write(value, into: &self) }
    mutating func appendType(_ type: TypeName) { type.write(into: &self) }
}

/// Counts UTF-8 bytes: cheap, deterministic, and exact for the ASCII code is made of.
struct WidthCounter: TextSink {
    var width = 0
    mutating func append(_ text: String) { width += text.utf8.count }
    mutating func appendStringLiteral(_ value: String) { width += StringLiteral.escapedWidth(value) }
    mutating func appendType(_ type: TypeName) { width += type.spellingWidth }
}

extension Expression {
    /// The width of the expression written on one line.
    var flatWidth: Int {
        var counter = WidthCounter()
        spell(into: &counter)
        return counter.width
    }

    /// Writes the expression on one line.
    func spell<Sink: TextSink>(into sink: inout Sink) {
        switch self {
        case .identifier(let name): sink.append(name)
        case .type(let type): sink.appendType(type)
        case .literal(let literal): literal.spell(into: &sink)
        case .member(let base, let name):
            if let base { base.spellOperand(.postfix, into: &sink) }
            sink.append(".")
            sink.append(name)
        case .call(let callee, let arguments, let trailingClosure):
            callee.spellOperand(.postfix, into: &sink)
            if !arguments.isEmpty || trailingClosure == nil {
                sink.appendList(arguments, open: "(", close: ")") { $0.spell(into: &$1) }
            }
            if let trailingClosure {
                sink.append(" ")
                trailingClosure.spell(into: &sink)
            }
        case .subscripted(let base, let index):
            base.spellOperand(.postfix, into: &sink)
            sink.append("[")
            index.spell(into: &sink)
            sink.append("]")
        case .array(let elements):
            sink.appendList(elements, open: "[", close: "]") { $0.spell(into: &$1) }
        case .dictionary(let elements):
            guard !elements.isEmpty else { sink.append("[:]"); return }
            sink.appendList(elements, open: "[", close: "]") { $0.spell(into: &$1) }
        case .closure(let closure): closure.spell(into: &sink)
        case .binary(let left, let op, let right):
            left.spellOperand(.binaryLeft(op), into: &sink)
            sink.append(" ")
            sink.append(op.rawValue)
            sink.append(" ")
            right.spellOperand(.binaryRight(op), into: &sink)
        case .not(let operand):
            sink.append("!")
            operand.spellOperand(.prefix, into: &sink)
        case .tryExpression(let operand):
            sink.append("try ")
            operand.spell(into: &sink)
        case .awaitExpression(let operand):
            sink.append("await ")
            operand.spell(into: &sink)
        case .optionalChaining(let wrapped):
            wrapped.spellOperand(.postfix, into: &sink)
            sink.append("?")
        case .forceUnwrap(let wrapped):
            wrapped.spellOperand(.postfix, into: &sink)
            sink.append("!")
        case .cast(let value, let type):
            value.spellOperand(.binaryLeft(nil), into: &sink)
            sink.append(" as ")
            sink.appendType(type)
        }
    }

    /// Where an expression stands as the operand of another, which decides whether it needs parentheses.
    enum OperandPosition: Equatable {
        /// Before `.member`, `(…)`, `[…]`, `?`, `!`.
        case postfix
        /// After `!`.
        case prefix
        /// Left of a binary operator (`nil`: of `as`); the same operator associates to the left.
        case binaryLeft(BinaryOperator?)
        case binaryRight(BinaryOperator)
    }

    /// Whether the expression must be in parentheses at `position` to keep its meaning.
    func needsParentheses(at position: OperandPosition) -> Bool {
        switch self {
        case .identifier, .type, .literal, .member, .call, .subscripted, .array, .dictionary, .optionalChaining, .forceUnwrap:
            return false
        case .closure:
            if case .postfix = position { return true } else { return false }
        case .not:
            if case .postfix = position { return true } else { return false }
        case .binary(_, let op, _):
            if case .binaryLeft(op?) = position { return false }
            // `a != nil || b != nil`, `a != nil && b != nil`: a comparison binds tighter than `||` and `&&`.
            if [.equal, .notEqual].contains(op), [.binaryLeft(.or), .binaryRight(.or), .binaryLeft(.and), .binaryRight(.and)].contains(position) {
                return false
            }
            return true
        case .cast, .tryExpression, .awaitExpression:
            if case .binaryRight = position { return false }
            return true
        }
    }

    func spellOperand<Sink: TextSink>(_ position: OperandPosition, into sink: inout Sink) {
        if needsParentheses(at: position) {
            sink.append("(")
            spell(into: &sink)
            sink.append(")")
        } else {
            spell(into: &sink)
        }
    }
}

extension Expression.Literal {
    func spell<Sink: TextSink>(into sink: inout Sink) {
        switch self {
        case .string(let value): sink.appendStringLiteral(value)
        case .integer(let value): sink.append(String(value))
        case .floatingPoint(let value):
            precondition(value.isFinite, "a Swift literal is finite")
            sink.append(value.description)
        case .boolean(let value): sink.append(value ? "true" : "false")
        case .nil: sink.append("nil")
        }
    }
}

extension Expression.Argument {
    func spell<Sink: TextSink>(into sink: inout Sink) {
        if let label {
            sink.append(label)
            sink.append(": ")
        }
        value.spell(into: &sink)
    }
}

extension Expression.DictionaryElement {
    func spell<Sink: TextSink>(into sink: inout Sink) {
        key.spell(into: &sink)
        sink.append(": ")
        value.spell(into: &sink)
    }
}

extension Expression.Closure {
    /// Whether there is a signature (`parameters throws(Failure)`) before `in`.
    var hasSignature: Bool { !parameters.isEmpty || throwsClause != nil }

    func spellSignature<Sink: TextSink>(into sink: inout Sink) {
        Self.spellSignature(parameters, throwsClause, into: &sink)
    }

    /// A closure's signature; also a multi-statement trailing closure's, which has no `Closure` value.
    static func spellSignature<Sink: TextSink>(_ parameters: [String], _ throwsClause: ThrowsClause?, into sink: inout Sink) {
        // A throws clause needs a parameter list to follow, even an empty one: `{ () throws(E) in`.
        if parameters.isEmpty && throwsClause != nil { sink.append("()") }
        for (index, parameter) in parameters.enumerated() {
            if index > 0 { sink.append(", ") }
            sink.append(parameter)
        }
        switch throwsClause {
        case nil: break
        case .untyped: sink.append(" throws")
        case .typed(let failure):
            sink.append(" throws(")
            sink.appendType(failure)
            sink.append(")")
        }
    }

    func spell<Sink: TextSink>(into sink: inout Sink) {
        sink.append("{ ")
        if hasSignature {
            spellSignature(into: &sink)
            sink.append(" in ")
        }
        body.spell(into: &sink)
        sink.append(" }")
    }
}

extension Pattern {
    func spell<Sink: TextSink>(into sink: inout Sink) {
        switch self {
        case .value(let expression): expression.spell(into: &sink)
        case .identifier(let name): sink.append(name)
        case .binding(let name):
            sink.append("let ")
            sink.append(name)
        case .tuple(let elements):
            sink.appendList(elements, open: "(", close: ")") { $0.spell(into: &$1) }
        case .enumCase(let name, let associatedValues):
            sink.append(".")
            sink.append(name)
            guard !associatedValues.isEmpty else { return }
            sink.appendList(associatedValues, open: "(", close: ")") { $0.spell(into: &$1) }
        case .optional(let wrapped):
            wrapped.spell(into: &sink)
            sink.append("?")
        }
    }
}
