/// A Swift type, structured; the renderer spells it. Named types carry their module, so generated
/// code can say `Swift.String` and a user's own `String` in the same target cannot shadow it.
/// Only the cases that hold another type are `indirect`: a named type, by far the most common,
/// costs no box.
public enum TypeName: Sendable, Hashable {
    /// `Module.Name<Arguments>`; no module for types of the generated module itself.
    case named(module: String?, name: String, arguments: [TypeName])
    /// `Base.Name`, a type nested in another.
    indirect case member(TypeName, String)
    /// `Wrapped?`
    indirect case optional(TypeName)
    /// `[Element]`
    indirect case array(TypeName)
    /// `[Key: Value]`
    indirect case dictionary(key: TypeName, value: TypeName)
    /// `any Protocol`
    indirect case existential(TypeName)

    /// A type of the generated module, written without a module: `MCPServer`.
    public static func local(_ name: String) -> TypeName { .named(module: nil, name: name, arguments: []) }

    /// The same type, optional.
    public var optional: TypeName { .optional(self) }

    /// A nested type: `PageSequence.Fetched`.
    public func member(_ name: String) -> TypeName { .member(self, name) }
}

/// What a function's signature says about errors.
public enum ThrowsClause: Sendable, Hashable {
    /// `throws`: any error.
    case untyped
    /// `throws(Failure)`.
    case typed(TypeName)
}
