/// Swift code text with string literals kept apart, so that the renderer (not the translator)
/// escapes them: `"object.encode(\(name), forKey: \(literal: key))"`.
public struct Expression: Sendable, Hashable, ExpressibleByStringInterpolation {
    public enum Segment: Sendable, Hashable {
        /// Code, written as is.
        case code(String)
        /// A string value, written as a Swift string literal.
        case stringLiteral(String)
        /// A type, spelled by the renderer (`Swift.String`).
        case type(TypeName)
        /// `callee(label: value, …)`; the renderer breaks it over lines when it is too long.
        case call(callee: Expression, arguments: [Argument])
        /// `[a, b, …]`; broken over lines like a call. Elements of a dictionary literal are `key: value` expressions.
        case arrayLiteral([Expression], isDictionary: Bool)
        /// `{ signature in body }`; the body goes on its own indented line when it does not fit.
        case closure(signature: Expression, body: Expression)
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

    public var segments: [Segment]

    public init(segments: [Segment]) {
        self.segments = segments
    }

    public init(stringLiteral value: String) {
        segments = [.code(value)]
    }

    public init(stringInterpolation: Interpolation) {
        segments = stringInterpolation.segments
    }

    /// A call whose arguments may be laid out one per line.
    public static func call(_ callee: Expression, _ arguments: [Argument]) -> Expression {
        Expression(segments: [.call(callee: callee, arguments: arguments)])
    }

    /// A call of a type's initializer, `Type(label: value, …)`, laid out like any call.
    public static func call(_ type: TypeName, _ arguments: [Argument]) -> Expression {
        call("\(type)", arguments)
    }

    /// A call of a function or method named in code, e.g. `listServers(…)`.
    public static func call(named callee: String, _ arguments: [Argument]) -> Expression {
        call(Expression(stringLiteral: callee), arguments)
    }

    /// An array literal whose elements may be laid out one per line.
    public static func array(_ elements: [Expression]) -> Expression {
        Expression(segments: [.arrayLiteral(elements, isDictionary: false)])
    }

    /// The same elements as a dictionary literal (`[:]` when empty); elements are `key: value`.
    public var asDictionaryLiteral: Expression {
        guard case .arrayLiteral(let elements, _)? = segments.first, segments.count == 1 else { return self }
        return Expression(segments: [.arrayLiteral(elements, isDictionary: true)])
    }

    /// A closure with a one-expression body.
    public static func closure(_ signature: Expression, _ body: Expression) -> Expression {
        Expression(segments: [.closure(signature: signature, body: body)])
    }

    /// A string literal on its own.
    public static func literal(_ value: String) -> Expression {
        Expression(segments: [.stringLiteral(value)])
    }

    /// A string literal, or `nil` when there is no value.
    public static func optionalLiteral(_ value: String?) -> Expression {
        value.map(literal) ?? "nil"
    }

    public struct Interpolation: StringInterpolationProtocol {
        var segments: [Segment] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { segments.append(.code(literal)) }
        }

        /// Code (a name, a type, another expression's text).
        public mutating func appendInterpolation(_ code: String) {
            segments.append(.code(code))
        }

        /// A whole number, as code.
        public mutating func appendInterpolation(_ value: Int) {
            segments.append(.code(String(value)))
        }

        /// A type, spelled by the renderer.
        public mutating func appendInterpolation(_ type: TypeName) {
            segments.append(.type(type))
        }

        public mutating func appendInterpolation(_ expression: Expression) {
            segments += expression.segments
        }

        /// A string value to write as a literal.
        public mutating func appendInterpolation(literal value: String) {
            segments.append(.stringLiteral(value))
        }
    }
}
