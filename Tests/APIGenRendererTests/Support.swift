import APIGenIR
import APIGenRenderer

// Small builders for IR values, so that a change to the IR's property types touches these and
// not every test. Each test asserts the exact text of a whole (small) rendered file.

/// The rendered text of a file that holds only `declarations`, one group each.
func render(_ declarations: Declaration...) -> String {
    SwiftRenderer.render(SourceFile(name: "Test.swift", imports: [], declarations: DeclarationGroups(declarations)))
}

/// `func f() {` … `}` around `statements`, rendered: the statements sit at 4 spaces of indentation.
func renderBody(_ statements: Statement...) -> String {
    render(function("f", body: statements))
}

func function(_ name: String, access: AccessLevel? = nil, isStatic: Bool = false, parameters: [FunctionDeclaration.Parameter] = [],
              isAsync: Bool = false, throwing: ThrowsClause? = nil, returns: TypeName? = nil, body: [Statement]? = [],
              documentation: Documentation? = nil) -> Declaration {
    .function(FunctionDeclaration(access: access, isStatic: isStatic, kind: .function(name), parameters: parameters, isAsync: isAsync,
                                  throwsClause: throwing, returnType: returns, body: body, documentation: documentation))
}

/// A type of the file's own module, written as it is: `local("Int")` renders `Int`.
func local(_ name: String) -> TypeName { .local(name) }

func parameter(_ label: String?, _ name: String, _ type: String, isInout: Bool = false, default defaultValue: Expression? = nil) -> FunctionDeclaration.Parameter {
    FunctionDeclaration.Parameter(label: label, name: name, type: local(type), isInout: isInout, defaultValue: defaultValue)
}

func property(_ name: String, _ type: String?, access: AccessLevel? = nil, isStatic: Bool = false, binding: PropertyDeclaration.Binding = .var,
              value: Expression? = nil, getter: [Statement]? = nil, isRequirement: Bool = false,
              documentation: Documentation? = nil) -> Declaration {
    .property(PropertyDeclaration(access: access, isStatic: isStatic, binding: binding, name: name, type: type.map(local), initialValue: value,
                                  getter: getter, isRequirement: isRequirement, documentation: documentation))
}

func type(_ kind: TypeDeclaration.Kind, _ name: String, access: AccessLevel? = nil, conformances: [String] = [],
          documentation: Documentation? = nil, _ members: Declaration...) -> Declaration {
    .type(TypeDeclaration(kind: kind, name: local(name), access: access, conformances: conformances.map(local),
                          documentation: documentation, members: members))
}

func enumCase(_ name: String, associatedType: String? = nil, rawValue: String? = nil, documentation: Documentation? = nil) -> Declaration {
    .enumCase(EnumCaseDeclaration(name: name, associatedType: associatedType.map(local), rawValue: rawValue, documentation: documentation))
}

/// A declaration carrying only `documentation`, to see its `///` lines.
func documented(_ documentation: Documentation) -> Declaration {
    property("x", "Int", documentation: documentation)
}

/// An argument of a call; unlabelled by default.
func argument(_ value: Expression, _ label: String? = nil) -> Expression.Argument {
    Expression.Argument(label, value)
}

/// `count` copies of `letter`: a name of an exact width.
func word(_ count: Int, _ letter: Character = "a") -> String {
    String(repeating: letter, count: count)
}

/// The widest line of `text`, in UTF-8 bytes (the unit the renderer counts in).
func widestLine(_ text: String) -> Int {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(\.utf8.count).max() ?? 0
}

// Test shorthand: a string literal stands for a name (`"x"`, `"\(word(50))"`), as the layout
// only measures it.
extension Expression: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral,
    ExpressibleByExtendedGraphemeClusterLiteral, ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) { self = .identifier(value) }
}

extension Expression {
    /// `name(arguments…)`
    static func call(_ name: String, _ arguments: [Argument]) -> Expression { .name(name).call(arguments) }

    /// `{ parameter in body }`
    static func closure(_ parameter: String, _ body: Expression) -> Expression { .closure(Closure(parameters: [parameter], body: body)) }
}

extension Statement {
    /// An expression statement.
    static func line(_ expression: Expression) -> Statement { .expression(expression) }
}

// The same shorthand for statements, patterns and conditions whose text the test only measures.
extension Statement: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral, ExpressibleByExtendedGraphemeClusterLiteral {
    public init(stringLiteral value: String) { self = .expression(.identifier(value)) }
}

extension Pattern: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral, ExpressibleByExtendedGraphemeClusterLiteral {
    public init(stringLiteral value: String) { self = .identifier(value) }
}

extension Condition: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral, ExpressibleByExtendedGraphemeClusterLiteral,
    ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) { self = .expression(.identifier(value)) }
}

extension Statement {
    static func ifThen(_ condition: Condition, _ body: [Statement]) -> Statement { .ifThen([condition], body) }

    static func guardElse(condition: Condition, body: [Statement]) -> Statement { .guardElse(conditions: [condition], body: body) }

    /// A trailing closure whose signature is its parameters.
    static func trailingClosure(call: Expression, signature: String, body: [Statement]) -> Statement {
        .trailingClosure(call: call, parameters: [signature], throwsClause: nil, body: body)
    }
}

extension ConditionalBranch {
    init(_ condition: Condition, _ body: [Statement]) { self.init([condition], body) }
}
