import APIGenIR
@testable import APIGenRenderer
import Testing

/// Types are spelled from their structure: module-qualified names, generic arguments, optionals,
/// arrays, dictionaries, existentials and nested types.
@Suite("Type spelling")
struct TypeSpellingTests {
    static let string = TypeName.named(module: "Swift", name: "String", arguments: [])
    static let page = TypeName.named(module: "Runtime", name: "Page", arguments: [.local("Item"), .local("Info")])
    static let transport = TypeName.named(module: "Runtime", name: "Transport", arguments: [])

    @Test(arguments: [
        (string, "Swift.String"),
        (page, "Runtime.Page<Item, Info>"),
        (.optional(string), "Swift.String?"),
        (.array(.optional(string)), "[Swift.String?]"),
        (.dictionary(key: string, value: .array(page)), "[Swift.String: [Runtime.Page<Item, Info>]]"),
        (.existential(transport), "any Runtime.Transport"),
        (.optional(.existential(transport)), "(any Runtime.Transport)?"),
        (.member(page, "Fetched"), "Runtime.Page<Item, Info>.Fetched"),
        (.named(module: "Runtime", name: "Nullable", arguments: [.array(string)]), "Runtime.Nullable<[Swift.String]>"),
    ] as [(TypeName, String)])
    func spelling(type: TypeName, text: String) {
        #expect(render(property("x", nil, value: .metatype(type))) == "var x = \(text).self\n")
        #expect(render(.property(PropertyDeclaration(access: nil, name: "x", type: type))) == "var x: \(text)\n")
        #expect(type.spelling == text && type.spellingWidth == text.utf8.count)
    }

    @Test func aForInSequenceIsMeasuredFromItsColumn() {
        // `for item in make(<n>) {` at 4 spaces: 120 columns stay on one line, 121 break the call.
        let fits = renderBody(.forIn(pattern: "item", sequence: .call("make", [argument("\(word(96))")]), body: ["use(item)"]))
        #expect(widestLine(fits) == 120)
        let breaks = renderBody(.forIn(pattern: "item", sequence: .call("make", [argument("\(word(97))")]), body: ["use(item)"]))
        #expect(breaks == """
            func f() {
                for item in make(
                    \(word(97))
                ) {
                    use(item)
                }
            }

            """)
    }

    @Test func aGuardConditionCountsItsElse() {
        // `guard let v = make(<n>) else {` at 4 spaces: 120 columns fit, 121 break.
        let fits = renderBody(.guardElse(condition: .optionalBinding("v", value: .call("make", [argument("\(word(89))")])), body: ["return"]))
        #expect(widestLine(fits) == 120)
        let breaks = renderBody(.guardElse(condition: .optionalBinding("v", value: .call("make", [argument("\(word(90))")])), body: ["return"]))
        #expect(breaks.hasPrefix("func f() {\n    guard let v = make(\n        \(word(90))\n    ) else {\n"))
    }
}
