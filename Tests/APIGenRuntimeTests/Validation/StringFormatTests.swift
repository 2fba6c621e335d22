import APIGenRuntime
import Testing

/// Each string format accepts its form and refuses what is close to it but not it.
@Suite("String formats")
struct StringFormatTests {
    static let cases: [(StringFormat, accepted: [String], refused: [String])] = [
        (.date, ["2025-01-31", "2024-02-29", "2000-02-29"], ["2023-02-29", "1900-02-29", "2025-13-01", "2025-1-01", "2025-01-31T00:00:00Z", "2025-00-10", ""]),
        (.uuid, ["123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000"],
         ["123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400g", "{123e4567-e89b-12d3-a456-426614174000}", ""]),
        (.email, ["a@b", "first.last+tag@example.co.uk"], ["a", "@example.com", "a@", "a@b@c", "a b@example.com", "a@exa\u{7}mple.com", ""]),
        (.hostname, ["example.com", "a", "xn--bcher-kva.example", "clinic-1.example.com"],
         ["-example.com", "example-.com", "exa_mple.com", "example..com", String(repeating: "a", count: 64) + ".com", ""]),
        (.ipv4, ["0.0.0.0", "192.168.0.10", "255.255.255.255"], ["256.0.0.1", "192.168.0", "192.168.0.010", "1.2.3.4.5", "a.b.c.d", ""]),
        (.ipv6, ["::1", "2001:db8::1", "fe80::1:2:3:4", "::ffff:192.168.0.1"], ["2001:db8::g", "1.2.3.4", "2001:db8:::1", ":", ""]),
        (.ip, ["192.168.0.10", "2001:db8::1"], ["192.168.0", "example.com", ""]),
        (.cidr, ["10.0.0.0/8", "192.168.1.0/24", "0.0.0.0/0", "2001:db8::/32", "::1/128"],
         ["10.0.0.0", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/08", "10.0.0.0/", "/8", "example.com/8", ""]),
        (.byte, ["", "aGk=", "aGVsbG8=", "AAECAw==", "+/+/"], ["aGk", "aGk===", "a=Gk", "aGVsbG8=\n", "aGk_", "é==="]),
        (.uriReference, ["", "/a/b?c=d#e", "../x", "https://example.com/a%20b", "x"], ["a b", "/a%2", "/a%zz", "a\u{7}"]),
        (.uriTemplate, ["/zones/{zone_id}/dns_records", "https://example.com/{+path}{?q,page}", "plain"],
         ["/zones/{}", "/zones/{zone_id", "/zones/zone_id}", "/a b/{x}", "/{a{b}}"]),
    ]

    @Test(arguments: cases.map(\.0))
    func acceptsItsFormOnly(format: StringFormat) throws {
        let entry = try #require(Self.cases.first { $0.0 == format })
        for value in entry.accepted { #expect(format.accepts(value), "\(format) should accept \(value)") }
        for value in entry.refused { #expect(!format.accepts(value), "\(format) should refuse \(value)") }
    }

    @Test("date-time is a type of its own (Timestamp); every other format is a check on a String")
    func whichFormatsCheckStrings() {
        #expect(StringFormat.allCases.filter { !$0.checksString } == [.dateTime])
    }
}
