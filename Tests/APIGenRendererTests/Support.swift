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

func function(_ name: String, access: AccessLevel? = nil, attributes: [String] = [], isStatic: Bool = false, generics: [String] = [],
              parameters: [FunctionDeclaration.Parameter] = [], isAsync: Bool = false, throwing: String? = nil, returns: String? = nil,
              body: [Statement]? = [], documentation: Documentation? = nil) -> Declaration {
    .function(FunctionDeclaration(access: access, attributes: attributes, isStatic: isStatic, kind: .function(name),
                                  genericParameters: generics, parameters: parameters, isAsync: isAsync, throwsType: throwing,
                                  returnType: returns, body: body, documentation: documentation))
}

func parameter(_ label: String?, _ name: String, _ type: String, default defaultValue: Expression? = nil) -> FunctionDeclaration.Parameter {
    FunctionDeclaration.Parameter(label: label, name: name, type: type, defaultValue: defaultValue)
}

func property(_ name: String, _ type: String?, access: AccessLevel? = nil, isStatic: Bool = false, binding: PropertyDeclaration.Binding = .var,
              value: Expression? = nil, getter: [Statement]? = nil, isRequirement: Bool = false,
              documentation: Documentation? = nil) -> Declaration {
    .property(PropertyDeclaration(access: access, isStatic: isStatic, binding: binding, name: name, type: type, initialValue: value,
                                  getter: getter, isRequirement: isRequirement, documentation: documentation))
}

func type(_ kind: TypeDeclaration.Kind, _ name: String, access: AccessLevel? = nil, conformances: [String] = [], whereClause: String? = nil,
          documentation: Documentation? = nil, _ members: Declaration...) -> Declaration {
    .type(TypeDeclaration(kind: kind, name: name, access: access, conformances: conformances, whereClause: whereClause,
                          documentation: documentation, members: members))
}

func enumCase(_ name: String, associatedType: String? = nil, rawValue: String? = nil, documentation: Documentation? = nil) -> Declaration {
    .enumCase(EnumCaseDeclaration(name: name, associatedType: associatedType, rawValue: rawValue, documentation: documentation))
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
