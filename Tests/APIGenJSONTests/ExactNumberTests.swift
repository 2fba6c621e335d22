import APIGenJSON
import Testing

/// A number converts to a Double only when the conversion keeps its value.
@Suite struct ExactNumberTests {
    @Test(arguments: ["9007199254740993", "-9007199254740993", "12345678901234567890", "1e400", "-1e400", "1e-400", "0.5e-330"])
    func numbersADoubleWouldChangeHaveNoExactDouble(text: String) throws {
        let number = try #require(JSONNumber(text: text))
        #expect(number.exactDoubleValue == nil, "\(text) → \(number.doubleValue)")
    }

    @Test(arguments: [
        ("9007199254740992", 9_007_199_254_740_992.0), ("9007199254740994", 9_007_199_254_740_994.0),
        ("1180591620717411303424", 1_180_591_620_717_411_303_424.0), ("18446744073709551616", 18_446_744_073_709_551_616.0),
        ("0", 0), ("-0", 0), ("0e5", 0), ("0.1", 0.1), ("1e300", 1e300), ("123.5", 123.5), ("1e20", 1e20),
    ])
    func numbersADoubleHoldsConvert(text: String, value: Double) throws {
        #expect(try #require(JSONNumber(text: text)).exactDoubleValue == value)
    }

    @Test func anIntegerWithAFractionBeyond2To53IsNotRoundedIntoAnInt() throws {
        #expect(try #require(JSONNumber(text: "9007199254740993.0")).intValue == nil)
        #expect(try #require(JSONNumber(text: "9007199254740993")).intValue == 9_007_199_254_740_993)
        #expect(try #require(JSONNumber(text: "3e0")).intValue == 3)
    }
}
