/// Swift code text with string literals kept apart, so that the renderer (not the translator)
/// escapes them: `"object.encode(\(name), forKey: \(literal: key))"`.
public struct Expression: Sendable, Hashable, ExpressibleByStringInterpolation {
    public enum Segment: Sendable, Hashable {
        /// Code, written as is.
        case code(String)
        /// A string value, written as a Swift string literal.
        case stringLiteral(String)
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

    /// A string literal on its own.
    public static func literal(_ value: String) -> Expression {
        Expression(segments: [.stringLiteral(value)])
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

        public mutating func appendInterpolation(_ expression: Expression) {
            segments += expression.segments
        }

        /// A string value to write as a literal.
        public mutating func appendInterpolation(literal value: String) {
            segments.append(.stringLiteral(value))
        }
    }
}
