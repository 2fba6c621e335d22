import APIGenIR
import APIGenRenderer
import Testing

/// Operators, member access and patterns are spelled from the tree, with the parentheses
/// precedence needs and no others.
@Suite("Operators and patterns")
struct OperatorTests {
    /// The expression as a property's initial value, `var x = …`, without the `var x = `.
    private func spelled(_ expression: Expression) -> String {
        String(render(property("x", nil, value: expression)).dropFirst(8).dropLast())
    }

    @Test func memberAccessOnABinaryExpressionIsParenthesized() {
        let path = Expression.name("path") + Expression.name("key")
        #expect(spelled(path.dot("appending").call([argument("index", "index")])) == "(path + key).appending(index: index)")
        #expect(spelled(path + .string("x")) == #"path + key + "x""#)
        #expect(spelled(.name("a") + (Expression.name("b") + .name("c"))) == "a + (b + c)")
        #expect(spelled(.binary(.name("a") + .name("b"), .equal, .name("c"))) == "(a + b) == c")
    }

    @Test func tryAndAwaitCoverTheWholeChainAfterThem() {
        let chain = Expression.name("api").dot("list").call().dot("items").dot("encodeJSON").call()
        #expect(spelled(chain.triedAwaited) == "try await api.list().items.encodeJSON()")
        #expect(spelled(Expression.name("api").dot("list").call().triedAwaited.dot("items")) == "(try await api.list()).items")
    }

    @Test func prefixPostfixAndCasts() {
        #expect(spelled(.not(Expression.name("text").dot("isEmpty"))) == "!text.isEmpty")
        #expect(spelled(Expression.name("result").dot("info").optionallyChained.dot("count")) == "result.info?.count")
        #expect(spelled(.forceUnwrap(.initializer(.local("URL"), [argument(.string("https://x"), "string")]))) == #"URL(string: "https://x")!"#)
        #expect(spelled(.cast(.selfMember("name"), .local("Any"))) == "self.name as Any")
        #expect(spelled(Expression.name("environment").subscripted(.string("TOKEN"))) == #"environment["TOKEN"]"#)
        #expect(spelled(.metatype(.array(.local("Item")))) == "[Item].self")
    }

    @Test func literals() {
        #expect(spelled(.array([.integer(-3), .literal(.floatingPoint(2.5)), .boolean(true), .nil])) == "[-3, 2.5, true, nil]")
        #expect(spelled(.dot("enumeration").call([argument(.array([.string("a")]))])) == #".enumeration(["a"])"#)
    }

    @Test func aTrailingClosureWithoutArgumentsDropsTheParentheses() {
        let call = Expression.name("value").dot("flatMap").call(trailingClosure: .init(body: .initializer(.local("Int"), [argument("$0", "exactly")])))
        #expect(spelled(call) == "value.flatMap { Int(exactly: $0) }")
    }

    @Test func patternsConditionsAndWhereClauses() {
        let cases = [
            SwitchCase(patterns: [.optional(.enumCase("id", associatedValues: []))], where: .not(Expression.name("value").dot("isNull")), body: ["use()"]),
            SwitchCase(patterns: [.enumCase("unknown", associatedValues: [.binding("raw")])], body: [.returnStatement("raw")]),
        ]
        let conditions: [Condition] = [
            .optionalBinding("a", value: nil), .optionalBinding("b", value: .selfMember("b")),
            .matches(.enumCase("value", associatedValues: [.binding("c")]), value: .selfMember("c")), .expression(.not("d")),
        ]
        #expect(renderBody(.switchStatement(subject: "key", cases: cases), .ifThen(conditions, [.throwStatement(.dot("failed"))]),
                           .forIn(pattern: .tuple(["index", "item"]), sequence: Expression.name("items").dot("enumerated").call(), body: [])) == """
            func f() {
                switch key {
                case .id? where !value.isNull:
                    use()
                case .unknown(let raw):
                    return raw
                }
                if let a, let b = self.b, case .value(let c) = self.c, !d {
                    throw .failed
                }
                for (index, item) in items.enumerated() {
                }
            }

            """)
    }
}
