/// One generated Swift file: imports and top-level declarations.
public struct SourceFile: Sendable, Hashable {
    public var name: String
    /// Plain comment lines at the top of the file (what generated it, how to regenerate it).
    public var header: [String]
    public var imports: [Import]
    public var declarations: [Declaration]

    public init(name: String, header: [String] = [], imports: [Import], declarations: [Declaration]) {
        self.name = name
        self.header = header
        self.imports = imports
        self.declarations = declarations
    }
}

public struct Import: Sendable, Hashable {
    public var module: String
    public var isExported: Bool
    /// Import only where the module exists (`FoundationNetworking` on Linux).
    public var isConditional: Bool

    public init(_ module: String, isExported: Bool = false, isConditional: Bool = false) {
        self.module = module
        self.isExported = isExported
        self.isConditional = isConditional
    }
}
