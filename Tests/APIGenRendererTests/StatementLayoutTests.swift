import APIGenIR
import Testing

/// Blocks, `if` chains, `switch`, trailing closures and blank lines inside bodies.
@Suite("Statement layout")
struct StatementLayoutTests {
    @Test func aBlockIndentsItsBody() {
        #expect(renderBody(.forIn(pattern: "item", sequence: "items", body: ["use(item)", .ifThen("item.isLast", ["stop()"])])) == """
            func f() {
                for item in items {
                    use(item)
                    if item.isLast {
                        stop()
                    }
                }
            }

            """)
    }

    @Test func anIfElseIfElseChain() {
        let chain = Statement.conditional([ConditionalBranch("a", ["one()"]), ConditionalBranch("b", ["two()"]), ConditionalBranch(nil, ["three()"])])
        #expect(renderBody(chain, .conditional([ConditionalBranch(.optionalBinding("x", value: nil), ["use(x)"])])) == """
            func f() {
                if a {
                    one()
                } else if b {
                    two()
                } else {
                    three()
                }
                if let x {
                    use(x)
                }
            }

            """)
    }

    @Test func aSwitchWithSeveralPatternsAnEmptyCaseAndADefault() {
        let cases = [
            SwitchCase(patterns: [.enumCase("a", associatedValues: []), .enumCase("b", associatedValues: [])], body: ["one()"]),
            SwitchCase(patterns: [.value(.string("c"))], body: []),
            SwitchCase(patterns: nil, body: ["other()", "more()"]),
        ]
        #expect(renderBody(.switchStatement(subject: "value", cases: cases)) == """
            func f() {
                switch value {
                case .a, .b:
                    one()
                case "c":
                    break
                default:
                    other()
                    more()
                }
            }

            """)
    }

    @Test func aTrailingClosureWithAStatementBody() {
        let statement = Statement.trailingClosure(
            call: Expression.call("withThrowingTaskGroup", [argument(.metatype(local("Void")), "of")]).triedAwaited, signature: "group", body: ["group.cancelAll()"]
        )
        #expect(renderBody(statement) == """
            func f() {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.cancelAll()
                }
            }

            """)
    }

    /// A blank line never opens a body and never doubles.
    @Test func blankLinesNeverOpenABodyAndNeverDouble() {
        #expect(renderBody(.blankLine, "a()", .blankLine, .blankLine, "b()", .guardElse(condition: "ok", body: [.blankLine, "return"])) == """
            func f() {
                a()

                b()
                guard ok else {
                    return
                }
            }

            """)
    }

    // Headers are measured from where they start and with what follows them on their line.

    @Test func aBlockHeaderExactly120ColumnsWideStaysOnOneLine() {
        // `if let value = lookup(key: <86>) {` at 4 spaces of indentation ends at column 120.
        let text = renderBody(.ifThen(.optionalBinding("value", value: .call("lookup", [argument("\(word(86))", "key")])), ["use(value)"]))
        #expect(widestLine(text) == 120)
        #expect(text == """
            func f() {
                if let value = lookup(key: \(word(86))) {
                    use(value)
                }
            }

            """)
    }

    @Test func aBlockHeader121ColumnsWideBreaks() {
        let text = renderBody(.ifThen(.optionalBinding("value", value: .call("lookup", [argument("\(word(87))", "key")])), ["use(value)"]))
        #expect(text == """
            func f() {
                if let value = lookup(
                    key: \(word(87))
                ) {
                    use(value)
                }
            }

            """)
    }

    @Test func anElseIfCondition121ColumnsWideBreaks() {
        // `} else if check(<98>) {` at 4 spaces of indentation would end at column 121.
        let chain = Statement.conditional([ConditionalBranch("a", ["one()"]), ConditionalBranch(.expression(.call("check", [argument("\(word(98))")])), ["two()"])])
        #expect(renderBody(chain) == """
            func f() {
                if a {
                    one()
                } else if check(
                    \(word(98))
                ) {
                    two()
                }
            }

            """)
    }

    @Test func aSwitchSubject121ColumnsWideBreaks() {
        // `switch kind(<102>) {` at 4 spaces of indentation would end at column 121.
        #expect(renderBody(.switchStatement(subject: .call("kind", [argument("\(word(102))")]), cases: [SwitchCase(patterns: nil, body: [])])) == """
            func f() {
                switch kind(
                    \(word(102))
                ) {
                default:
                    break
                }
            }

            """)
    }

    @Test func aTrailingClosureCall121ColumnsWideBreaks() {
        // `run(<102>) { item in` at 4 spaces of indentation would end at column 121.
        #expect(renderBody(.trailingClosure(call: .call("run", [argument("\(word(102))")]), signature: "item", body: ["use(item)"])) == """
            func f() {
                run(
                    \(word(102))
                ) { item in
                    use(item)
                }
            }

            """)
    }
}
