import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_integer_enums
import Testing
import TestSupport

/// integer-enums: enums of whole numbers are open like string enums: a number the spec does not list decodes as
/// `.unknown(Int)` and re-encodes unchanged, requests refuse it, queries and the command-line tool use the number.
@Suite struct IntegerEnumsSnapshotTests {
    static func client(_ transport: any HTTPTransport, baseURL: URL = AlertsClient.defaultBaseURL) -> AlertsClient {
        AlertsClient(configuration: AlertsClient.defaultConfiguration(baseURL: baseURL, credentials: nil), transport: transport)
    }

    @Test func knownAndUnknownValues() throws {
        #expect(Severity.allCases.map(\.rawValue) == [0, 1, 2])
        #expect(Severity(rawValue: 2) == .critical && RetryDelay(rawValue: -1) == .valueMinus1)
        let alert = try expectRoundTrip(["name": "disk", "severity": 7, "retry_delay": 30, "escalations": [0, 9]], as: Alert.self)
        #expect(alert.severity == .unknown(7) && !alert.severity.isKnown)
        #expect(alert.retryDelay == .value30 && alert.escalations == [.info, .unknown(9)])
    }

    /// A whole number written with a zero fraction is that number (JSON does not tell them apart).
    @Test func aZeroFractionIsTheWholeNumber() throws {
        #expect(try Alert(jsonData: Data(#"{"name":"a","severity":1.0}"#.utf8)).severity == .warning)
    }

    @Test(arguments: [
        (#"{"name":"a","severity":1.5}"#, "severity: expected a whole number, found a number"),
        (#"{"name":"a","severity":"1"}"#, "severity: expected a whole number, found a string"),
        (#"{"name":"a","severity":null}"#, "severity: expected a whole number, found null"),
    ])
    func anotherKindOfValueIsADecodingFailureNamingTheField(json: String, message: String) throws {
        #expect { try Alert(jsonData: Data(json.utf8)) } throws: { error in
            (error as? DecodingFailure)?.description == message
        }
    }

    @Test func requestsRefuseAnUnknownValue() async throws {
        let transport = InMemoryTransport(status: 201, json: #"{"result": {"name": "a", "severity": 1}}"#)
        do {
            _ = try await Self.client(transport).createAlert(body: NewAlert(name: "a", severity: .unknown(5), retryDelay: .unknown(60)))
            Issue.record("sent")
        } catch {
            guard case .invalidRequest(let violations) = error else { throw error }
            let severities = Severity.allCases.map { String($0.rawValue) }.joined(separator: ", ")
            let delays = RetryDelay.allCases.map { String($0.rawValue) }.joined(separator: ", ")
            #expect(violations.map(\.description) == ["severity: 5 is not one of \(severities)", "retry_delay: 60 is not one of \(delays)"])
        }
        #expect(transport.requests.isEmpty)
    }

    /// Over a real socket: the query carries the number, the body numbers, and an answer's unknown numbers come back as sent.
    @Test func theNumbersTravelAsNumbers() async throws {
        let answer = #"{"result": [{"name": "disk", "severity": 3, "retry_delay": 60}]}"#
        let server = try LoopbackHTTPServer(always: .json(body: answer))
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let alerts = try await Self.client(transport, baseURL: server.baseURL).listAlerts(severity: .critical)
        #expect(server.requests.first?.target == "/alerts?severity=2")
        #expect(alerts.map(\.severity) == [.unknown(3)] && alerts.map(\.retryDelay) == [.unknown(60)])
        #expect(try JSONParser.parse(alerts[0].jsonData()) == JSONParser.parse(Data(answer.utf8))["result"]?[0])
    }

    /// The tool takes the number (`--severity 2`), sends a body field as a JSON number, and names the flag and the
    /// allowed values when given another.
    @Test func theCommandLineToolTakesTheNumbers() async throws {
        let transport = InMemoryTransport(status: 201, json: #"{"result": {"name": "a", "severity": 2}}"#)
        let output = LockedValue(""), errors = LockedValue("")
        let tool = CommandLineTool(AlertsClient.commandLine, environment: [:], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } })
        let status = await tool.run(["create-alert", "--name", "a", "--severity", "2", "--retry-delay", "-1"])
        #expect(status == 0, "\(errors.current)")
        let body = try #require(transport.requests.first?.body)
        #expect(try JSONParser.parse(body) == ["name": "a", "severity": 2, "retry_delay": -1])

        let refused = await tool.run(["list-alerts", "--severity", "5"])
        #expect(refused != 0 && transport.requests.count == 1)
        let allowed = Severity.allCases.map { String($0.rawValue) }.joined(separator: ", ")
        #expect(errors.current.contains("--severity") && errors.current.contains(allowed), "\(errors.current)")
    }
}
