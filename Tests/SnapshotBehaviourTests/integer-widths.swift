import APIGenRuntime
import Foundation
import Snapshot_integer_widths
import Testing
import TestSupport

/// integer-widths: `"format": "int32"` integers stay `Int` and are checked before sending to fit in 32 bits (with any
/// bounds of their own); `int64` ones are any `Int`.
@Suite struct IntegerWidthsSnapshotTests {
    static func send(_ counter: Counter, offset: Int? = nil) async throws -> (violations: [ConstraintViolation], transport: InMemoryTransport) {
        let transport = InMemoryTransport(json: #"{"result": {"value": 1}}"#)
        let client = CountersClient(configuration: CountersClient.defaultConfiguration(credentials: nil), transport: transport)
        do {
            _ = try await client.setCounter(id: "c", offset: offset, body: counter)
            return ([], transport)
        } catch {
            guard case .invalidRequest(let violations) = error else { throw error }
            return (violations, transport)
        }
    }

    @Test func int32ValuesOutsideTheRangeAreRefused() async throws {
        let (violations, transport) = try await Self.send(Counter(value: Int(Int32.max) + 1, step: 0, total: Int.max), offset: Int(Int32.min) - 1)
        #expect(violations.map(\.description) == [
            "offset: -2147483649, at least -2147483648", "value: 2147483648, at most 2147483647", "step: 0, at least 1",
        ])
        #expect(transport.requests.isEmpty)
    }

    @Test func theEdgesOfTheRangeAreSent() async throws {
        let (violations, transport) = try await Self.send(Counter(value: Int(Int32.min), step: Int(Int32.max), total: Int.min), offset: 1000)
        #expect(violations.isEmpty)
        #expect(String(decoding: try #require(transport.requests.first?.body), as: UTF8.self)
            == #"{"value":-2147483648,"step":2147483647,"total":-9223372036854775808}"#)
    }
}
