/// One generated Swift file: imports and top-level declarations.
public struct SourceFile: Sendable {
    public var name: String
    /// Plain comment lines at the top of the file (what generated it, how to regenerate it).
    public var header: [String]
    public var imports: [Import]
    /// The top-level declarations, in order, in groups the renderer asks for one at a time.
    public var declarations: DeclarationGroups

    public init(name: String, header: [String] = [], imports: [Import], declarations: DeclarationGroups) {
        self.name = name
        self.header = header
        self.imports = imports
        self.declarations = declarations
    }
}

/// A file's top-level declarations as numbered groups, each made when it is asked for.
///
/// A spec with thousands of models has hundreds of megabytes of declarations; made on demand,
/// each group can be laid out as text and dropped before the next is made, so a file never
/// exists whole in memory as declarations. The groups, read in order and concatenated, are the
/// file's declarations; reading a group twice gives equal declarations.
public struct DeclarationGroups: Sendable {
    public let count: Int
    private let make: @Sendable (Int) -> [Declaration]

    /// `count` groups; `make(n)` returns group `n`'s declarations (it may run on any thread).
    public init(count: Int, make: @escaping @Sendable (Int) -> [Declaration]) {
        self.count = count
        self.make = make
    }

    /// Declarations already made: one group each.
    public init(_ declarations: [Declaration]) {
        self.init(count: declarations.count) { [declarations[$0]] }
    }

    public subscript(group: Int) -> [Declaration] {
        make(group)
    }
}

public struct Import: Sendable, Hashable {
    /// One declaration of a module, imported by itself: `import struct Module.Name`.
    public struct Symbol: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case `struct`, `enum`, `protocol`, `class`, `func`
        }

        public var kind: Kind
        public var name: String

        public init(_ kind: Kind, _ name: String) {
            self.kind = kind
            self.name = name
        }
    }

    public var module: String
    /// Only this declaration of the module, when set.
    public var symbol: Symbol?
    public var isExported: Bool
    /// Also the module's declarations of this SPI group (`@_spi(Generated)`).
    public var spi: String?
    /// Import only where the module exists (`FoundationNetworking` on Linux).
    public var isConditional: Bool

    public init(_ module: String, symbol: Symbol? = nil, isExported: Bool = false, spi: String? = nil, isConditional: Bool = false) {
        self.module = module
        self.symbol = symbol
        self.isExported = isExported
        self.spi = spi
        self.isConditional = isConditional
    }
}
