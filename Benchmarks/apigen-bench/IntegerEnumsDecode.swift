import Foundation
import Snapshot_integer_enums

/// Decoding a list whose items hold integer enums: the integer-enums snapshot's `listAlerts` (each alert a name, a
/// `Severity`, a `RetryDelay` and a list of severities, one in 25 a number the spec does not list) against plain
/// `Codable` enums that keep unknown numbers the way a careful hand-written decoder would: decode the `Int`, then switch.
enum IntegerEnumsDecode {
    enum Plain {
        struct ListEnvelope: Decodable {
            var result: [Alert]
        }

        struct Alert: Decodable {
            var name: String
            var severity: Severity
            var retry_delay: RetryDelay?
            var escalations: [Severity]?
        }

        enum Severity: Decodable, Equatable {
            case info, warning, critical, unknown(Int)

            init(from decoder: any Decoder) throws {
                switch try Int(from: decoder) {
                case 0: self = .info
                case 1: self = .warning
                case 2: self = .critical
                case let other: self = .unknown(other)
                }
            }

            var rawValue: Int {
                switch self {
                case .info: 0
                case .warning: 1
                case .critical: 2
                case .unknown(let value): value
                }
            }
        }

        enum RetryDelay: Decodable, Equatable {
            case never, halfMinute, fiveMinutes, unknown(Int)

            init(from decoder: any Decoder) throws {
                switch try Int(from: decoder) {
                case -1: self = .never
                case 30: self = .halfMinute
                case 300: self = .fiveMinutes
                case let other: self = .unknown(other)
                }
            }

            var rawValue: Int {
                switch self {
                case .never: -1
                case .halfMinute: 30
                case .fiveMinutes: 300
                case .unknown(let value): value
                }
            }
        }
    }

    /// `{"result": [...]}` with `count` alerts, each about 90 bytes.
    static func listBody(count: Int) -> Data {
        resultList(count: count) { index in
            let severity = index % 25 == 24 ? 7 : index % 3
            let delay = [-1, 30, 300, 60][index % 4]
            return #"{"name":"alert \#(index)","severity":\#(severity),"retry_delay":\#(delay),"escalations":[\#(severity),2,\#(index % 2)]}"#
        }
    }

    @MainActor
    static func benchmark(count: Int, repetitions: Int) async -> DecodeResult {
        log("decode: list of \(count) alerts with integer enums")
        let body = listBody(count: count)
        let client = AlertsClient(configuration: AlertsClient.defaultConfiguration(credentials: nil), transport: MemoryTransport(status: 200, body: body))
        return await compareListDecoding("decode integer enums \(count)", body: body, repetitions: repetitions,
                                         notes: ("listAlerts (open Int enums), in-memory", "JSONDecoder, enums by Int switch"),
                                         generated: { try await client.listAlerts(severity: .critical) }, plain: Plain.ListEnvelope.self,
                                         check: { Self.check($0, $1.result) })
    }

    /// Both sides read the same numbers for every alert.
    private static func check(_ generated: [Alert], _ plain: [Plain.Alert]) {
        guard generated.count == plain.count else { fail("decoded \(generated.count) alerts generated, \(plain.count) plain") }
        for (g, p) in zip(generated, plain) {
            guard g.name == p.name, g.severity.rawValue == p.severity.rawValue, g.retryDelay?.rawValue == p.retry_delay?.rawValue,
                  g.escalations?.map(\.rawValue) == p.escalations?.map(\.rawValue)
            else { fail("generated and plain decoding disagree on \(g)") }
        }
    }
}
