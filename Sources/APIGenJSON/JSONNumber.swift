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

    /// The value as an `Int` when it is integral and in range (`3`, `3.0`, `3e0`), otherwise `nil`.
    public var intValue: Int? {
        if let exact = Int(text) { return exact }
        let double = doubleValue
        guard double.isFinite, double == double.rounded(.towardZero),
              double >= -9_223_372_036_854_775_808.0, double < 9_223_372_036_854_775_808.0
        else { return nil }
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
