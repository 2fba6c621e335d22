/// A JSON number that keeps its literal text.
///
/// Keeping the text means `7001`, `0.1` and `12345678901234567890` serialize exactly as they
/// arrived; ``doubleValue`` and ``intValue`` convert on demand. Two numbers are equal when
/// they denote the same value (`1`, `1.0` and `1e0` are equal).
public struct JSONNumber: Sendable, CustomStringConvertible {
    /// The number as JSON text, for example `-12.5e3`.
    public let text: String

    /// Creates a number from JSON number text, or returns `nil` if `text` is not a valid JSON number.
    public init?(text: String) {
        guard JSONNumber.isValidLiteral(text.utf8) else { return nil }
        self.text = text
    }

    /// Creates a number from text the caller has already checked against the JSON grammar.
    public init(uncheckedText text: String) {
        self.text = text
    }

    public init(_ value: Int) {
        self.text = String(value)
    }

    /// Creates a number from a finite `Double`; integral values print without a fraction (`3`, not `3.0`).
    /// Non-finite values have no JSON form and become `0`.
    public init(_ value: Double) {
        guard value.isFinite else {
            self.text = "0"
            return
        }
        if value == value.rounded(.towardZero), abs(value) < 1e15 {
            self.text = String(Int64(value))
        } else {
            self.text = "\(value)"
        }
    }

    public var doubleValue: Double { Double(text) ?? .nan }

    /// The value as a `Double` when converting keeps it: `nil` when it overflows to infinity
    /// (`1e400`), underflows to zero (`1e-400`), or is an integer the `Double` would change
    /// (`9007199254740993`, `12345678901234567890`). Fractions that have no exact binary form
    /// (`0.1`) convert to the nearest `Double`, as JSON readers expect.
    public var exactDoubleValue: Double? {
        let double = doubleValue
        guard double.isFinite else { return nil }
        let mantissa = text.utf8.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
        if double == 0 { return mantissa.contains { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") } ? nil : double }
        guard !mantissa.contains(UInt8(ascii: ".")), mantissa.count == text.utf8.count else { return double }
        // An integer literal: it must be the Double's exact value. Beyond 2^53 not every integer is one.
        guard abs(double) >= 9_007_199_254_740_992 else { return double }
        let digits = text.hasPrefix("-") ? String(text.dropFirst()) : text
        return JSONNumber.exactDecimalDigits(of: abs(double)) == digits ? double : nil
    }

    /// The decimal digits of a finite `Double` of at least 2^52, exactly (`2^70` → `1180591620717411303424`).
    static func exactDecimalDigits(of value: Double) -> String {
        // value = significand × 2^shift, with an integer significand below 2^53 and shift >= 0.
        let significand = value.significandBitPattern | (1 << UInt64(Double.significandBitCount))
        var digits = String(significand).utf8.reversed().map { $0 - UInt8(ascii: "0") }  // least significant first
        for _ in 0..<max(0, Int(value.exponent) - Double.significandBitCount) {
            var carry: UInt8 = 0
            for index in digits.indices {
                let doubled = digits[index] * 2 + carry
                digits[index] = doubled % 10
                carry = doubled / 10
            }
            if carry > 0 { digits.append(carry) }
        }
        return String(decoding: digits.reversed().map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    }

    /// The value as an `Int` when it is integral and in range (`3`, `3.0`, `3e0`), otherwise `nil`.
    /// Written with a fraction or an exponent, it must be below 2^53 in magnitude, where the
    /// `Double` it is read through holds every integer (`9007199254740993.0` is not read as ...992).
    public var intValue: Int? {
        if let exact = Int(text) { return exact }
        let double = doubleValue
        guard double.isFinite, double == double.rounded(.towardZero), abs(double) < 9_007_199_254_740_992 else { return nil }
        return Int(double)
    }

    public var description: String { text }

    /// Whether `bytes` is a number by the JSON grammar (RFC 8259 §6).
    public static func isValidLiteral<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var index = bytes.startIndex
        func peek() -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }
        func advanceDigits() -> Int {
            var count = 0
            while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                bytes.formIndex(after: &index)
                count += 1
            }
            return count
        }
        if peek() == UInt8(ascii: "-") { bytes.formIndex(after: &index) }
        if peek() == UInt8(ascii: "0") {
            bytes.formIndex(after: &index)
        } else if advanceDigits() == 0 {
            return false
        }
        if peek() == UInt8(ascii: ".") {
            bytes.formIndex(after: &index)
            if advanceDigits() == 0 { return false }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            bytes.formIndex(after: &index)
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { bytes.formIndex(after: &index) }
            if advanceDigits() == 0 { return false }
        }
        return index == bytes.endIndex
    }
}

extension JSONNumber: Hashable {
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.text == rhs.text || lhs.doubleValue == rhs.doubleValue
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(doubleValue)
    }
}
