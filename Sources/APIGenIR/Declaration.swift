/// A Swift declaration, structured; the renderer decides how it is laid out.
public indirect enum Declaration: Sendable, Hashable {
    case type(TypeDeclaration)
    case property(PropertyDeclaration)
    case function(FunctionDeclaration)
    case enumCase(EnumCaseDeclaration)
    /// A `// MARK: -` divider between groups of declarations.
    case mark(String)
}

/// `@available(*, deprecated, message: "…")`: uses of the declaration warn, with the message when there is one.
public struct Deprecated: Sendable, Hashable {
    public var message: String?

    public init(message: String?) {
        self.message = message
    }
}

public enum AccessLevel: String, Sendable, Hashable {
    case `public`, `internal`, `private`, `fileprivate`
}

public struct TypeDeclaration: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case `struct`, `enum`, `protocol`, `extension`
        case finalClass = "final class"
    }

    public var kind: Kind
    /// The declared type or, for an extension, the extended one.
    public var name: TypeName
    public var access: AccessLevel?
    /// `@_spi(Name)`: visible only to modules that import this one with that SPI.
    public var spi: String?
    public var conformances: [TypeName]
    public var documentation: Documentation?
    public var deprecated: Deprecated?
    public var members: [Declaration]

    public init(kind: Kind, name: TypeName, access: AccessLevel? = .public, spi: String? = nil, conformances: [TypeName] = [],
                documentation: Documentation? = nil, deprecated: Deprecated? = nil, members: [Declaration]) {
        self.kind = kind
        self.name = name
        self.access = access
        self.spi = spi
        self.conformances = conformances
        self.documentation = documentation
        self.deprecated = deprecated
        self.members = members
    }
}

public struct PropertyDeclaration: Sendable, Hashable {
    public enum Binding: String, Sendable, Hashable {
        case `let`, `var`
    }

    public var access: AccessLevel?
    public var isStatic: Bool
    public var binding: Binding
    public var name: String
    public var type: TypeName?
    public var initialValue: Expression?
    /// A computed property's getter body; `nil` for stored properties.
    public var getter: [Statement]?
    /// A computed property's setter body (`newValue`); `nil` for a read-only or stored property.
    public var setter: [Statement]?
    /// For protocol requirements: `{ get }`.
    public var isRequirement: Bool
    public var documentation: Documentation?
    public var deprecated: Deprecated?
    /// A property wrapper the stored property is declared with (`@APIGenRuntime.Indirect`).
    public var wrapper: TypeName?

    public init(access: AccessLevel? = .public, isStatic: Bool = false, binding: Binding = .var, name: String, type: TypeName?,
                initialValue: Expression? = nil, getter: [Statement]? = nil, setter: [Statement]? = nil, isRequirement: Bool = false,
                documentation: Documentation? = nil, deprecated: Deprecated? = nil, wrapper: TypeName? = nil) {
        self.access = access
        self.isStatic = isStatic
        self.binding = binding
        self.name = name
        self.type = type
        self.initialValue = initialValue
        self.getter = getter
        self.setter = setter
        self.isRequirement = isRequirement
        self.documentation = documentation
        self.deprecated = deprecated
        self.wrapper = wrapper
    }
}

public struct FunctionDeclaration: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case function(String)
        case initializer
    }

    public struct Parameter: Sendable, Hashable {
        /// The argument label; `nil` means the same as the name, `"_"` means unlabelled.
        public var label: String?
        public var name: String
        public var type: TypeName
        /// `inout Type`
        public var isInout: Bool
        public var defaultValue: Expression?

        public init(label: String? = nil, name: String, type: TypeName, isInout: Bool = false, defaultValue: Expression? = nil) {
            self.label = label
            self.name = name
            self.type = type
            self.isInout = isInout
            self.defaultValue = defaultValue
        }
    }

    public var access: AccessLevel?
    public var isStatic: Bool
    public var kind: Kind
    public var parameters: [Parameter]
    public var isAsync: Bool
    /// `nil`: does not throw.
    public var throwsClause: ThrowsClause?
    public var returnType: TypeName?
    /// `nil` for a protocol requirement.
    public var body: [Statement]?
    public var documentation: Documentation?
    public var deprecated: Deprecated?

    public init(access: AccessLevel? = .public, isStatic: Bool = false, kind: Kind, parameters: [Parameter] = [], isAsync: Bool = false,
                throwsClause: ThrowsClause? = nil, returnType: TypeName? = nil, body: [Statement]?, documentation: Documentation? = nil,
                deprecated: Deprecated? = nil) {
        self.access = access
        self.isStatic = isStatic
        self.kind = kind
        self.parameters = parameters
        self.isAsync = isAsync
        self.throwsClause = throwsClause
        self.returnType = returnType
        self.body = body
        self.documentation = documentation
        self.deprecated = deprecated
    }
}

public struct EnumCaseDeclaration: Sendable, Hashable {
    public var name: String
    public var associatedType: TypeName?
    /// A string raw value, written as a literal (`case authType = "auth_type"`).
    public var rawValue: String?
    /// `indirect case`: the associated value is boxed (it holds the enum again, by value).
    public var isIndirect: Bool
    public var documentation: Documentation?

    public init(name: String, associatedType: TypeName? = nil, rawValue: String? = nil, isIndirect: Bool = false, documentation: Documentation? = nil) {
        self.name = name
        self.associatedType = associatedType
        self.rawValue = rawValue
        self.isIndirect = isIndirect
        self.documentation = documentation
    }
}
