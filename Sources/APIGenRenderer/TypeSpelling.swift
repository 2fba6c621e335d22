import APIGenIR

extension TypeName {
    /// The type as Swift source: `Swift.String`, `[APIGenRuntime.JSONValue]`, `(any P)?`.
    var spelling: String {
        switch self {
        case .named(let module, let name, let arguments):
            let qualified = module.map { $0 + "." + name } ?? name
            return arguments.isEmpty ? qualified : qualified + "<" + arguments.map(\.spelling).joined(separator: ", ") + ">"
        case .member(let base, let name): return base.spelling + "." + name
        case .optional(.existential(let wrapped)): return "(any " + wrapped.spelling + ")?"
        case .optional(let wrapped): return wrapped.spelling + "?"
        case .array(let element): return "[" + element.spelling + "]"
        case .dictionary(let key, let value): return "[" + key.spelling + ": " + value.spelling + "]"
        case .existential(let wrapped): return "any " + wrapped.spelling
        }
    }
}
