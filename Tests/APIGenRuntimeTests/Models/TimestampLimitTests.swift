import APIGenRuntime
import Foundation
import Testing

/// `Timestamp(Date)` never traps, and what it writes the parser reads back as the same instant.
@Suite("Timestamp limits")
struct TimestampLimitTests {
    @Test("every date, however odd, gives text that parses back to the timestamp's date", arguments: [
        Double.nan, .infinity, -.infinity, 1e17, -1e17, 1e12, -62_167_219_200.5, 253_402_300_799.9996, 0, 1_577_470_279.117,
    ])
    func writesWhatItReads(interval: Double) throws {
        let timestamp = Timestamp(Date(timeIntervalSince1970: interval))
        let parsed = try #require(Timestamp(rfc3339: timestamp.text), "\(timestamp.text)")
        #expect(parsed.date == timestamp.date)
        #expect(timestamp.date >= Timestamp.earliestWritable && timestamp.date <= Timestamp.latestWritable)
    }

    @Test("dates outside years 0000–9999 are clamped to the nearest writable instant; NaN is the epoch")
    func clamping() {
        #expect(Timestamp(Date(timeIntervalSince1970: 1e12)).text == "9999-12-31T23:59:59.999Z")
        #expect(Timestamp(Date(timeIntervalSince1970: -.infinity)).text == "0000-01-01T00:00:00.000Z")
        #expect(Timestamp(Date(timeIntervalSince1970: .nan)).text == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp(Date(timeIntervalSince1970: 1_577_470_279.117)).text == "2019-12-27T18:11:19.117Z")
    }
}
