import Foundation

/// An RFC 3339 `date-time` that keeps the text it was read from.
///
/// Keeping the text means `2019-12-27T18:11:19.117Z` re-encodes to exactly that, milliseconds
/// and all, and timestamps with or without fractional seconds both decode. Parsing is
/// hand-written over UTF-8 bytes: `ISO8601DateFormatter` costs about 100 µs a call here.
/// Two timestamps are equal when they denote the same instant.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The instant.
    public let date: Date
    /// The RFC 3339 text, as received or as formatted by ``init(_:)``.
    public let text: String

    /// Parses RFC 3339 text (`2019-12-27T18:11:19Z`, `2019-12-27T18:11:19.117+02:00`), or returns `nil`.
    public init?(rfc3339 text: String) {
        guard let seconds = RFC3339.parse(text) else { return nil }
        self.date = Date(timeIntervalSince1970: seconds)
        self.text = text
    }

    /// A timestamp for `date`, written in UTC with milliseconds (`2019-12-27T18:11:19.117Z`).
    ///
    /// RFC 3339 writes years 0000 to 9999: a date outside them is clamped to the nearest instant
    /// it can write, and a NaN date becomes the epoch, so the text always parses back to `date`.
    public init(_ date: Date) {
        let interval = date.timeIntervalSince1970
        let clamped = interval.isNaN ? Date(timeIntervalSince1970: 0)
            : min(max(date, Self.earliestWritable), Self.latestWritable)
        self.date = clamped
        self.text = RFC3339.format(clamped)
    }

    /// 0000-01-01T00:00:00.000Z, the first instant RFC 3339 can write.
    public static let earliestWritable = Date(timeIntervalSince1970: -62_167_219_200)
    /// 9999-12-31T23:59:59.999Z, the last instant RFC 3339 can write (to the millisecond).
    public static let latestWritable = Date(timeIntervalSince1970: 253_402_300_799.999)

    public var description: String { text }

    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.date == rhs.date }

    public func hash(into hasher: inout Hasher) { hasher.combine(date) }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.date < rhs.date }
}

/// RFC 3339 `date-time` parsing and formatting over bytes.
enum RFC3339 {
    /// Seconds since 1970 for valid text, otherwise `nil`.
    static func parse(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        // YYYY-MM-DDTHH:MM:SS is 19 bytes; then an optional fraction and a zone.
        guard bytes.count >= 20 else { return nil }
        func digits(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<(start + count) {
                let digit = Int(bytes[index]) - 48
                guard digit >= 0, digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = digits(0, 4), bytes[4] == UInt8(ascii: "-"),
              let month = digits(5, 2), bytes[7] == UInt8(ascii: "-"),
              let day = digits(8, 2),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
              let hour = digits(11, 2), bytes[13] == UInt8(ascii: ":"),
              let minute = digits(14, 2), bytes[16] == UInt8(ascii: ":"),
              let second = digits(17, 2)
        else { return nil }
        guard (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month),
              hour <= 23, minute <= 59, second <= 60
        else { return nil }

        var index = 19
        var fraction = 0.0
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard index < bytes.count else { return nil }
        var offsetSeconds = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == bytes.count, let offsetHour = digits(index + 1, 2), bytes[index + 3] == UInt8(ascii: ":"),
                  let offsetMinute = digits(index + 4, 2), offsetHour <= 23, offsetMinute <= 59
            else { return nil }
            offsetSeconds = (offsetHour * 3600 + offsetMinute * 60) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
            index += 6
        default:
            return nil
        }
        guard index == bytes.count else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Double(seconds) + fraction
    }

    /// UTC, milliseconds, `Z`.
    static func format(_ date: Date) -> String {
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var days = totalMilliseconds / 86_400_000
        var millisecondsOfDay = totalMilliseconds % 86_400_000
        if millisecondsOfDay < 0 {
            millisecondsOfDay += 86_400_000
            days -= 1
        }
        let (year, month, day) = civilDate(daysSinceEpoch: Int(days))
        let hour = millisecondsOfDay / 3_600_000
        let minute = millisecondsOfDay / 60_000 % 60
        let second = millisecondsOfDay / 1000 % 60
        let millisecond = millisecondsOfDay % 1000
        func pad(_ value: some BinaryInteger, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(millisecond, 3))Z"
    }

    private static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

@_spi(Generated) extension Timestamp: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .string(let text) = json else { throw .typeMismatch(json, expected: "a date-time string", at: path) }
        guard let timestamp = Timestamp(rfc3339: text) else {
            throw DecodingFailure(path: path, reason: .invalidValue("\"\(text)\" is not an RFC 3339 date-time"))
        }
        self = timestamp
    }

    public func encodeJSON() -> JSONValue { .string(text) }
}
