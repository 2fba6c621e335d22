import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_constants
import Testing
import TestSupport

/// constants: `"const"` fields are not stored (they cannot be set wrong), are always sent, and a response with another
/// value is a decoding failure naming the field.
@Suite struct ConstantsSnapshotTests {
    static func client(_ transport: InMemoryTransport) -> JobsClient {
        JobsClient(configuration: JobsClient.defaultConfiguration(credentials: nil), transport: transport)
    }

    static let job = #"{"id":"j1","kind":"job","version":2,"name":"nightly"}"#

    @Test func aRequestAlwaysSendsItsConstants() async throws {
        let transport = InMemoryTransport(status: 201, json: #"{"result": \#(Self.job)}"#)
        let job = try await Self.client(transport).createJob(body: NewJob(name: "nightly"))
        #expect(job.kind == "job" && job.version == 2 && job.name == "nightly")
        let body = try #require(transport.requests.first?.body)
        #expect(String(decoding: body, as: UTF8.self) == #"{"kind":"job","dry_run":false,"name":"nightly"}"#)
        #expect(NewJob(name: "a").kind == "job" && NewJob(name: "a").dryRun == false)
    }

    @Test func aConstantDecodesAndReencodes() throws {
        let job = try Job(jsonData: Data(Self.job.utf8))
        #expect(String(decoding: job.jsonData(), as: UTF8.self) == Self.job)
        let failure = try Failure(jsonData: Data(#"{"success":false,"errors":[{"code":7003,"message":"not found"}]}"#.utf8))
        #expect(failure.success == false && failure.errors.map(\.code) == [7003])
    }

    @Test(arguments: [
        (#"{"id":"j1","kind":"task"}"#, #"kind: expected the constant "job", found "task""#),
        (#"{"id":"j1","kind":"job","version":3}"#, "version: expected the constant 2, found 3"),
        (#"{"id":"j1","kind":1}"#, "kind: expected a string, found a number"),
        (#"{"id":"j1"}"#, "kind: required field is missing"),
    ])
    func anotherValueIsADecodingFailureNamingTheField(json: String, message: String) async throws {
        #expect(throws: DecodingFailure.self) { try Job(jsonData: Data(json.utf8)) }
        do {
            _ = try await Self.client(InMemoryTransport(status: 201, json: #"{"result": \#(json)}"#)).createJob(body: NewJob(name: "n"))
            Issue.record("decoded \(json)")
        } catch {
            guard case .decoding(let failure, status: 201, requestID: _) = error else { throw error }
            #expect(failure.description == "result.\(message)" || failure.description == message, "\(failure)")
        }
    }

    @Test func aFailuresSuccessMustBeFalse() {
        #expect(throws: DecodingFailure.self) { try Failure(jsonData: Data(#"{"success":true,"errors":[]}"#.utf8)) }
        #expect(throws: DecodingFailure.self) { try NewJob(jsonData: Data(#"{"kind":"job","dry_run":true,"name":"n"}"#.utf8)) }
    }

    /// The tool offers no option for a constant, and sends it.
    @Test func theCommandLineToolSendsConstantsWithoutOptions() async throws {
        let transport = InMemoryTransport(status: 201, json: #"{"result": \#(Self.job)}"#)
        let output = LockedValue(""), errors = LockedValue("")
        let tool = CommandLineTool(JobsClient.commandLine, environment: ["JOBS_TOKEN": "t0ken"], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } })
        #expect(await tool.run(["create-job", "--help"]) == 0)
        #expect(output.current.contains("--name") && !output.current.contains("--dry-run") && !output.current.contains("--kind"), "\(output.current)")
        let status = await tool.run(["create-job", "--name", "nightly"]); #expect(status == 0, "\(errors.current)")
        let body = try #require(transport.requests.first?.body)
        #expect(String(decoding: body, as: UTF8.self) == #"{"kind":"job","dry_run":false,"name":"nightly"}"#)
    }
}
