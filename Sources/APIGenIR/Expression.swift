/// A Swift expression, structured: names, literals, types, member access, calls, operators.
/// No node holds Swift source as text; the renderer spells each one and adds the parentheses
/// that precedence needs.
public indirect enum Expression: Sendable, Hashable {
    /// A name in scope: a local, a parameter, a member, a module, `self`, `Self`, `$0`.
    case identifier(String)
    /// A type used as a value: `Swift.String(…)`, `[MCPServer].self`.
    case type(TypeName)
    case literal(Literal)
    /// `base.name`; without a base, the implicit member `.name`.
    case member(base: Expression?, name: String)
    /// `callee(label: value, …)`, with an optional trailing closure; the renderer breaks the
    /// arguments over lines when the call is too long.
    case call(callee: Expression, arguments: [Argument], trailingClosure: Closure?)
    /// `base[index]`
    case subscripted(base: Expression, index: Expression)
    /// `[a, b, …]`
    case array([Expression])
    /// `[key: value, …]`; `[:]` when empty.
    case dictionary([DictionaryElement])
    /// `{ parameters in body }`
    case closure(Closure)
    /// `left op right`
    case binary(Expression, BinaryOperator, Expression)
    /// `!operand`
    case not(Expression)
    /// `try expression`
    case tryExpression(Expression)
    /// `await expression`
    case awaitExpression(Expression)
    /// `wrapped?`, for optional chaining: `result.info?.totalPages`.
    case optionalChaining(Expression)
    /// `wrapped!`
    case forceUnwrap(Expression)
    /// `value as Type`
    case cast(Expression, TypeName)

    /// A literal value, spelled by the renderer.
    public enum Literal: Sendable, Hashable {
        case string(String)
        case integer(Int)
        /// A number with a fraction or exponent; finite.
        case floatingPoint(Double)
        case boolean(Bool)
        case `nil`
    }

    public enum BinaryOperator: String, Sendable, Hashable {
        case plus = "+"
        case nilCoalescing = "??"
        case equal = "=="
        case notEqual = "!="
        case or = "||"
        case and = "&&"
    }

    /// One argument of a call; `label == nil` for an unlabelled one.
    public struct Argument: Sendable, Hashable {
        public var label: String?
        public var value: Expression

        public init(_ label: String?, _ value: Expression) {
            self.label = label
            self.value = value
        }
    }

    public struct DictionaryElement: Sendable, Hashable {
        public var key: Expression
        public var value: Expression

        public init(_ key: Expression, _ value: Expression) {
            self.key = key
            self.value = value
        }
    }

    /// `{ parameters throws(Failure) in body }`; no parameters and no throws clause give `{ body }`.
    public struct Closure: Sendable, Hashable {
        public var parameters: [String]
        public var throwsClause: ThrowsClause?
        public var body: Expression

        public init(parameters: [String] = [], throwsClause: ThrowsClause? = nil, body: Expression) {
            self.parameters = parameters
            self.throwsClause = throwsClause
            self.body = body
        }
    }
}

// Builders, so that translator code reads close to the Swift it produces:
// `.name("report").dot("check").call([.init(nil, value)])`.
extension Expression {
    /// A name in scope.
    public static func name(_ name: String) -> Expression { .identifier(name) }

    /// The implicit member `.name`, e.g. an enum case.
    public static func dot(_ name: String) -> Expression { .member(base: nil, name: name) }

    /// `self.name`
    public static func selfMember(_ name: String) -> Expression { .member(base: .identifier("self"), name: name) }

    /// `self.member`
    public func dot(_ name: String) -> Expression { .member(base: self, name: name) }

    /// `self(arguments…)`
    public func call(_ arguments: [Argument] = [], trailingClosure: Closure? = nil) -> Expression {
        .call(callee: self, arguments: arguments, trailingClosure: trailingClosure)
    }

    /// `self[index]`
    public func subscripted(_ index: Expression) -> Expression { .subscripted(base: self, index: index) }

    /// A call of a type's initializer, `Type(label: value, …)`.
    public static func initializer(_ type: TypeName, _ arguments: [Argument] = []) -> Expression {
        .call(callee: .type(type), arguments: arguments, trailingClosure: nil)
    }

    /// `Type.self`
    public static func metatype(_ type: TypeName) -> Expression { .member(base: .type(type), name: "self") }

    /// A string literal.
    public static func string(_ value: String) -> Expression { .literal(.string(value)) }

    /// A string literal, or `nil` when there is no value.
    public static func optionalString(_ value: String?) -> Expression { value.map(string) ?? .nil }

    public static func integer(_ value: Int) -> Expression { .literal(.integer(value)) }

    public static func boolean(_ value: Bool) -> Expression { .literal(.boolean(value)) }

    public static let `nil`: Expression = .literal(.nil)

    /// `try self`
    public var tried: Expression { .tryExpression(self) }

    /// `try await self`
    public var triedAwaited: Expression { .tryExpression(.awaitExpression(self)) }

    /// `self?`, to continue with optional chaining.
    public var optionallyChained: Expression { .optionalChaining(self) }

    /// `self + other`
    public static func + (left: Expression, right: Expression) -> Expression { .binary(left, .plus, right) }
}
