/// A statement inside a function or getter body.
public enum Statement: Sendable, Hashable {
    /// An expression evaluated for its effect, or a getter's single returned value.
    case expression(Expression)
    /// `let name: Type = value` or `var …`; type and value each optional.
    case declaration(PropertyDeclaration.Binding, name: String, type: TypeName?, value: Expression?)
    /// `target = value`
    case assignment(target: Expression, value: Expression)
    /// `return value`
    case returnStatement(Expression)
    /// `throw error`
    case throwStatement(Expression)
    /// `for pattern in sequence {` body `}`.
    case forIn(pattern: Pattern, sequence: Expression, body: [Statement])
    /// `guard conditions else {` body `}`; the body must leave the scope.
    case guardElse(conditions: [Condition], body: [Statement])
    /// `if … { } else { }` chains: each branch its conditions and a body; a final `else` has none.
    case conditional([ConditionalBranch])
    /// `switch subject { case …: … }`.
    case switchStatement(subject: Expression, cases: [SwitchCase])
    /// `call { signature in` body `}`: a call whose last argument is a multi-statement closure.
    case trailingClosure(call: Expression, parameters: [String], throwsClause: ThrowsClause?, body: [Statement])
    /// An empty line between groups of statements.
    case blankLine
}

extension Statement {
    /// `if conditions {` body `}`.
    public static func ifThen(_ conditions: [Condition], _ body: [Statement]) -> Statement {
        .conditional([ConditionalBranch(conditions, body)])
    }

    /// `let name = value`
    public static func constant(_ name: String, _ value: Expression) -> Statement {
        .declaration(.let, name: name, type: nil, value: value)
    }
}

/// A pattern, as `case`, `for` and `if case` use it.
public indirect enum Pattern: Sendable, Hashable {
    /// A value to compare with: a literal, an implicit member (`.oauth`).
    case value(Expression)
    /// A new name for the matched value, in a `for` loop: `member`.
    case identifier(String)
    /// `let name`, binding the matched value.
    case binding(String)
    /// `(a, b)`
    case tuple([Pattern])
    /// `.name` or `.name(patterns…)`, an enum case and its associated values.
    case enumCase(String, associatedValues: [Pattern])
    /// `pattern?`, matching a non-`nil` optional.
    case optional(Pattern)
}

/// One clause of an `if` or `guard` condition list.
public enum Condition: Sendable, Hashable {
    /// A Boolean expression.
    case expression(Expression)
    /// `let name` or `let name = value`.
    case optionalBinding(String, value: Expression?)
    /// `case pattern = value`.
    case matches(Pattern, value: Expression)
}

/// One branch of an `if`/`else if`/`else` chain; the final `else` has no conditions.
public struct ConditionalBranch: Sendable, Hashable {
    public var conditions: [Condition]?
    public var body: [Statement]

    public init(_ conditions: [Condition]?, _ body: [Statement]) {
        self.conditions = conditions
        self.body = body
    }
}

public struct SwitchCase: Sendable, Hashable {
    /// `nil` for `default`.
    public var patterns: [Pattern]?
    /// `where condition`, after the patterns.
    public var whereClause: Expression?
    public var body: [Statement]

    public init(patterns: [Pattern]?, where whereClause: Expression? = nil, body: [Statement]) {
        self.patterns = patterns
        self.whereClause = whereClause
        self.body = body
    }
}
