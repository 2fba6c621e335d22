/// One value that breaks one constraint of the spec, and where it is.
///
/// Prints as `updated_tools[2].alias: 41 characters, at most 40`.
public struct ConstraintViolation: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Constraint: Sendable, Hashable {
        case minLength(Int)
        case maxLength(Int)
        case minimum(Double)
        case maximum(Double)
        /// The value is not more than this (`"exclusiveMinimum"`).
        case exclusiveMinimum(Double)
        /// The value is not less than this (`"exclusiveMaximum"`).
        case exclusiveMaximum(Double)
        /// The value divided by this is not a whole number (`"multipleOf"`).
        case multipleOf(Double)
        case minItems(Int)
        case maxItems(Int)
        case minProperties(Int)
        case maxProperties(Int)
        /// An array item equal to an earlier one (`uniqueItems`), reported at the later one's index.
        case uniqueItems
        case pattern(String)
        case format(String)
        case allowedValues([String])
        /// A union's value must be one of its variants (named by their types).
        case variant([String])
        case required
        case integer
        /// No group of fields of which a request must carry one whole (`requiredAlternatives`) is.
        case requiredAlternatives([[String]])
    }

    public var path: JSONPath
    public var constraint: Constraint
    /// What was found, in words: "41 characters", "0", "\"ftp:/x\" is not an absolute URI".
    public var message: String

    public init(path: JSONPath, constraint: Constraint, message: String) {
        self.path = path
        self.constraint = constraint
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
