/// A statement inside a function or getter body.
public enum Statement: Sendable, Hashable {
    /// One line: an expression, a `let`, a `return`…
    case line(Expression)
    /// `for pattern in sequence {` body `}`.
    case forIn(pattern: Expression, sequence: Expression, body: [Statement])
    /// `guard condition else {` body `}`; the body must leave the scope.
    case guardElse(condition: Expression, body: [Statement])
    /// `if … { } else { }` chains: each branch a header and a body; a final `else` has header `nil`.
    case conditional([ConditionalBranch])
    /// `switch subject { case …: … }`.
    case switchStatement(subject: Expression, cases: [SwitchCase])
    /// `call { signature in` body `}`: a call whose last argument is a multi-statement closure.
    case trailingClosure(call: Expression, signature: Expression, body: [Statement])
    /// An empty line between groups of statements.
    case blankLine
}

/// A one-line statement written as its code text, with string literals and types kept apart.
extension Statement: ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) {
        self = .line(Expression(stringLiteral: value))
    }

    public init(stringInterpolation: Expression.Interpolation) {
        self = .line(Expression(stringInterpolation: stringInterpolation))
    }
}

extension Statement {
    /// `if condition {` body `}`.
    public static func ifThen(_ condition: Expression, _ body: [Statement]) -> Statement {
        .conditional([ConditionalBranch(condition, body)])
    }
}

/// One branch of an `if`/`else if`/`else` chain; the final `else` has no condition.
public struct ConditionalBranch: Sendable, Hashable {
    public var condition: Expression?
    public var body: [Statement]

    public init(_ condition: Expression?, _ body: [Statement]) {
        self.condition = condition
        self.body = body
    }
}

public struct SwitchCase: Sendable, Hashable {
    /// `nil` for `default`.
    public var patterns: [Expression]?
    public var body: [Statement]

    public init(patterns: [Expression]?, body: [Statement]) {
        self.patterns = patterns
        self.body = body
    }
}
