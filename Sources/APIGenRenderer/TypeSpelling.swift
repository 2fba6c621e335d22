import APIGenIR

extension TypeName {
    /// The type as Swift source: `Swift.String`, `[APIGenRuntime.JSONValue]`, `(any P)?`.
    var spelling: String {
        var writer = CodeWriter(reservingCapacity: 64)
        write(into: &writer)
        return writer.text
    }

    /// The spelling's width in UTF-8 bytes, counted without building it: types are measured for
    /// every line they appear on, so this runs often.
    var spellingWidth: Int {
        switch self {
        case .named(let module, let name, let arguments):
            var width = (module.map { $0.utf8.count + 1 } ?? 0) + name.utf8.count
            if !arguments.isEmpty { width += 2 + arguments.reduce(0) { $0 + $1.spellingWidth } + (arguments.count - 1) * 2 }
            return width
        case .member(let base, let name): return base.spellingWidth + 1 + name.utf8.count
        case .optional(.existential(let wrapped)): return wrapped.spellingWidth + 7
        case .optional(let wrapped): return wrapped.spellingWidth + 1
        case .array(let element): return element.spellingWidth + 2
        case .dictionary(let key, let value): return key.spellingWidth + value.spellingWidth + 4
        case .existential(let wrapped): return wrapped.spellingWidth + 4
        }
    }

    /// Writes the spelling straight into `writer`.
    func write(into writer: inout CodeWriter) {
        switch self {
        case .named(let module, let name, let arguments):
            if let module {
                writer.append(module)
                writer.append(".")
            }
            writer.append(name)
            guard !arguments.isEmpty else { return }
            writer.appendList(arguments, open: "<", close: ">") { $0.write(into: &$1) }
        case .member(let base, let name):
            base.write(into: &writer)
            writer.append(".")
            writer.append(name)
        case .optional(.existential(let wrapped)):
            writer.append("(any ")
            wrapped.write(into: &writer)
            writer.append(")?")
        case .optional(let wrapped):
            wrapped.write(into: &writer)
            writer.append("?")
        case .array(let element):
            writer.append("[")
            element.write(into: &writer)
            writer.append("]")
        case .dictionary(let key, let value):
            writer.append("[")
            key.write(into: &writer)
            writer.append(": ")
            value.write(into: &writer)
            writer.append("]")
        case .existential(let wrapped):
            writer.append("any ")
            wrapped.write(into: &writer)
        }
    }
}
