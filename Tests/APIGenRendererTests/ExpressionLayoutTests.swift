import APIGenIR
import Testing

/// Calls, array and dictionary literals and closures: one line when they fit in 120 columns,
/// otherwise broken one argument or element per line, 4 spaces deeper than the line they open.
@Suite("Expression layout")
struct ExpressionLayoutTests {
    /// `f(x, label: <n letters>)` at 4 spaces of indentation is 17 + n columns wide.
    private func call(padding: Int) -> Statement {
        .line(.call("f", [argument("x"), argument("\(word(padding))", "label")]))
    }

    @Test func aCallThatFitsStaysOnOneLine() {
        #expect(renderBody(.line(.call("f", [argument("x"), argument(.string("y"), "label")]))) == """
            func f() {
                f(x, label: "y")
            }

            """)
    }

    @Test func aCallExactly120ColumnsWideStaysOnOneLine() {
        let text = renderBody(call(padding: 103))
        #expect(widestLine(text) == 120)
        #expect(text == """
            func f() {
                f(x, label: \(word(103)))
            }

            """)
    }

    @Test func aCall121ColumnsWideBreaksOneArgumentPerLine() {
        #expect(renderBody(call(padding: 104)) == """
            func f() {
                f(
                    x,
                    label: \(word(104))
                )
            }

            """)
    }

    @Test func aCallWithoutArgumentsIsNeverBroken() {
        let text = renderBody(.constant("value", .call("\(word(120))", [])))
        #expect(text == """
            func f() {
                let value = \(word(120))()
            }

            """)
    }

    @Test func aNestedCallThatFitsItsLineStaysWhole() {
        let inner = Expression.call("inner", [argument("\(word(40))"), argument("\(word(40, "b"))")])
        let statement = Statement.constant("value", .call("outer", [argument(inner, "first"), argument("\(word(30, "c"))", "second")]))
        #expect(renderBody(statement) == """
            func f() {
                let value = outer(
                    first: inner(\(word(40)), \(word(40, "b"))),
                    second: \(word(30, "c"))
                )
            }

            """)
    }

    @Test func aNestedCallTooLongForItsLineBreaksOneLevelDeeper() {
        let inner = Expression.call("inner", [argument("\(word(55))"), argument("\(word(55, "b"))")])
        let statement = Statement.constant("value", .call("outer", [argument(inner, "first"), argument("c", "second")]))
        #expect(renderBody(statement) == """
            func f() {
                let value = outer(
                    first: inner(
                        \(word(55)),
                        \(word(55, "b"))
                    ),
                    second: c
                )
            }

            """)
    }

    /// The comma after an argument counts: `inner(x, <101>),` at 8 columns ends at 120, `inner(x, <102>),` at 121.
    @Test func theCommaAfterAnArgumentCountsTowardsItsWidth() {
        let fits = Expression.call("inner", [argument("x"), argument("\(word(101))")])
        let breaks = Expression.call("inner", [argument("x"), argument("\(word(102))")])
        #expect(renderBody(.line(.call("outer", [argument(fits), argument(breaks), argument("y")]))) == """
            func f() {
                outer(
                    inner(x, \(word(101))),
                    inner(
                        x,
                        \(word(102))
                    ),
                    y
                )
            }

            """)
    }

    @Test func codeAfterACallOnTheSameLineCountsTowardsTheCallsWidth() {
        // `try decode(T.self, from: <88>)` ends at column 120; `.get()` after it would end at 126.
        let statement = Statement.line(Expression.call("decode", [argument(.metatype(local("T"))), argument("\(word(88))", "from")]).dot("get").call().tried)
        let text = renderBody(statement)
        #expect(widestLine(text) <= 120)
        #expect(text == """
            func f() {
                try decode(
                    T.self,
                    from: \(word(88))
                ).get()
            }

            """)
    }

    @Test func anArrayLiteralThatFitsStaysOnOneLine() {
        #expect(renderBody(.constant("values", .array([.integer(1), .string("two"), "three"]))) == """
            func f() {
                let values = [1, "two", three]
            }

            """)
    }

    @Test func aLongArrayLiteralBreaksOneElementPerLineWithTrailingCommas() {
        #expect(renderBody(.constant("values", .array(["\(word(50))", "\(word(50, "b"))"]))) == """
            func f() {
                let values = [
                    \(word(50)),
                    \(word(50, "b")),
                ]
            }

            """)
    }

    @Test func emptyArrayAndDictionaryLiterals() {
        #expect(renderBody(.constant("a", .array([])), .constant("d", .dictionary([]))) == """
            func f() {
                let a = []
                let d = [:]
            }

            """)
    }

    /// An empty literal has nothing to break: past column 120 it stays `[:]`, never `[` `]`.
    @Test func anEmptyDictionaryPastTheLineWidthStaysEmpty() {
        #expect(renderBody(.constant(word(110), .dictionary([]))) == """
            func f() {
                let \(word(110)) = [:]
            }

            """)
    }

    @Test func aDictionaryLiteralShortAndLong() {
        let short = Expression.dictionary([.init(.string("a"), .integer(1)), .init(.string("b"), .integer(2))])
        let long = Expression.dictionary([.init(.string(word(50)), .integer(1)), .init(.string(word(50, "b")), .integer(2))])
        #expect(renderBody(.constant("short", short), .constant("long", long)) == """
            func f() {
                let short = ["a": 1, "b": 2]
                let long = [
                    "\(word(50))": 1,
                    "\(word(50, "b"))": 2,
                ]
            }

            """)
    }

    @Test func aClosureThatFitsStaysOnOneLine() {
        #expect(renderBody(.constant("names", Expression.name("items").dot("map").call(trailingClosure: .init(parameters: ["item"], body: "item.name")))) == """
            func f() {
                let names = items.map { item in item.name }
            }

            """)
    }

    @Test func aLongClosureMovesItsBodyToItsOwnLine() {
        #expect(renderBody(.constant("names", Expression.name("items").dot("map").call(trailingClosure: .init(parameters: ["item"], body: Expression.name("item").dot(word(100)))))) == """
            func f() {
                let names = items.map { item in
                    item.\(word(100))
                }
            }

            """)
    }

    /// Arguments of a broken call lay out on their own lines by the same rules: an array that fits
    /// its line (`items: [<50>, <50>],` ends at 120) stays whole, a closure that does not breaks.
    @Test func literalsAndClosuresInsideABrokenCall() {
        let items = Expression.array(["\(word(50))", "\(word(50, "b"))"])
        let transform = Expression.closure("v", Expression.name("v").dot(word(100, "c")))
        #expect(renderBody(.constant("x", .call("outer", [argument(items, "items"), argument(transform, "transform")]))) == """
            func f() {
                let x = outer(
                    items: [\(word(50)), \(word(50, "b"))],
                    transform: { v in
                        v.\(word(100, "c"))
                    }
                )
            }

            """)
    }

    @Test func aPropertysInitialValueIsMeasuredFromAfterItsName() {
        // `static let defaults: [String] = ` is 32 columns at 4 spaces of indentation: 36 + `make(` + 78 + `)` = 120.
        let fits = property("defaults", "[String]", isStatic: true, binding: .let, value: .call("make", [argument("\(word(78))")]))
        let breaks = property("defaults", "[String]", isStatic: true, binding: .let, value: .call("make", [argument("\(word(79))")]))
        #expect(render(type(.enum, "E", fits, breaks)) == """
            enum E {
                static let defaults: [String] = make(\(word(78)))

                static let defaults: [String] = make(
                    \(word(79))
                )
            }

            """)
    }
}
