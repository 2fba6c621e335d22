import APIGenIR
import Testing

/// Types, members and their spacing, properties, enum cases and function signatures.
@Suite("Declaration layout")
struct DeclarationLayoutTests {
    @Test func typeHeadersWithAccessAndConformances() {
        #expect(render(
            type(.struct, "Server", access: .public, conformances: ["Sendable", "Hashable"]),
            type(.enum, "Kind", access: .internal),
            type(.protocol, "Transport", access: .private),
            type(.finalClass, "Box", access: .fileprivate),
            type(.extension, "Array")
        ) == """
            public struct Server: Sendable, Hashable {}

            internal enum Kind {}

            private protocol Transport {}

            fileprivate final class Box {}

            extension Array {}

            """)
    }

    /// One blank line between members, except between undocumented enum cases, which sit together.
    @Test func membersAreSpacedButUndocumentedEnumCasesSitTogether() {
        let kind = type(.enum, "Kind", access: .public, conformances: ["String"],
                        enumCase("a", rawValue: "a"), enumCase("authType", rawValue: "auth_type"),
                        enumCase("documented", documentation: Documentation(paragraphs: ["Has a comment."])),
                        enumCase("value", associatedType: "String"),
                        enumCase("quoted", rawValue: "say \"hi\" \\ \n"),
                        .mark("Helpers"), property("x", "Int"), property("y", "Int"),
                        type(.struct, "Nested", property("z", "Int")))
        #expect(render(kind) == """
            public enum Kind: String {
                case a = "a"
                case authType = "auth_type"

                /// Has a comment.
                case documented

                case value(String)
                case quoted = "say \\"hi\\" \\\\ \\n"

                // MARK: - Helpers

                var x: Int

                var y: Int

                struct Nested {
                    var z: Int
                }
            }

            """)
    }

    @Test func aMarkIsOneLine() {
        #expect(render(.mark("Models\nand */ more")) == """
            // MARK: - Models and */ more

            """)
    }

    @Test func storedComputedAndRequiredProperties() {
        let members: [Declaration] = [
            property("a", "Int", access: .public, isStatic: true, binding: .let, value: "1"),
            property("b", "String", access: .private),
            property("c", nil, access: .fileprivate, binding: .let, value: .string("x")),
            property("d", "Int", access: .internal, getter: ["return 1"]),
            property("e", "Int", isRequirement: true),
        ]
        #expect(render(.type(TypeDeclaration(kind: .protocol, name: local("P"), access: nil, members: members))) == """
            protocol P {
                public static let a: Int = 1

                private var b: String

                fileprivate let c = "x"

                internal var d: Int {
                    return 1
                }

                var e: Int { get }
            }

            """)
    }

    @Test func functionSignatures() {
        #expect(render(
            function("send", access: .public,
                     parameters: [parameter("_", "value", "Int"), parameter(nil, "name", "String"), parameter("id", "id", "String"),
                                  parameter("with", "options", "Options", default: .dot("default"))],
                     isAsync: true, throwing: .untyped, returns: local("Bool"), body: nil),
            function("tag", parameters: [parameter(nil, "tag", "String", default: .string("a\"b"))], body: nil),
            function("decode", isStatic: true, parameters: [parameter("_", "type", "T.Type"), parameter("into", "report", "Report", isInout: true)],
                     throwing: .typed(.named(module: "Lib", name: "APIError", arguments: [])), returns: .optional(.existential(local("P"))),
                     body: ["fatalError()"]),
            .function(FunctionDeclaration(access: .public, kind: .initializer, parameters: [parameter(nil, "value", "Int")],
                                          body: ["self.value = value"])),
            function("empty")
        ) == """
            public func send(_ value: Int, name: String, id: String, with options: Options = .default) async throws -> Bool

            func tag(tag: String = "a\\"b")

            static func decode(_ type: T.Type, into report: inout Report) throws(Lib.APIError) -> (any P)? {
                fatalError()
            }

            public init(value: Int) {
                self.value = value
            }

            func empty() {
            }

            """)
    }

    /// `func f(a: <101>, b: Int)` is 120 columns wide.
    private func signature(padding: Int, body: [Statement]? = nil) -> Declaration {
        function("f", parameters: [parameter(nil, "a", word(padding)), parameter(nil, "b", "Int")], body: body)
    }

    @Test func aSignatureExactly120ColumnsWideStaysOnOneLine() {
        #expect(render(signature(padding: 101)) == """
            func f(a: \(word(101)), b: Int)

            """)
    }

    @Test func aSignature121ColumnsWideBreaksOneParameterPerLine() {
        #expect(render(signature(padding: 102)) == """
            func f(
                a: \(word(102)),
                b: Int
            )

            """)
    }

    @Test func aBrokenSignatureKeepsEffectsReturnTypeAndBraceOnTheClosingLine() {
        let function = function("f", parameters: [parameter(nil, "a", word(60)), parameter("_", "b", word(60, "b"))],
                                isAsync: true, throwing: .untyped, returns: local("Int"), body: ["return 1"])
        #expect(render(type(.struct, "S", function)) == """
            struct S {
                func f(
                    a: \(word(60)),
                    _ b: \(word(60, "b"))
                ) async throws -> Int {
                    return 1
                }
            }

            """)
    }

    /// One parameter is never put on a line of its own, however long.
    @Test func aSignatureWithOneParameterIsNeverBroken() {
        #expect(render(function("f", parameters: [parameter(nil, "a", word(120))], body: nil)) == """
            func f(a: \(word(120)))

            """)
    }
}

@Suite("SPI declarations")
struct SPIDeclarationTests {
    @Test func anSPIExtensionCarriesItsAttribute() {
        let conformance = Declaration.type(TypeDeclaration(kind: .extension, name: local("Server"), access: nil, spi: "Generated",
                                                           conformances: [local("JSONCodable")], members: []))
        #expect(render(conformance) == "@_spi(Generated) extension Server: JSONCodable {}\n")
    }
}
