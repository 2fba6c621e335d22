@testable import APIGenRuntime
import Foundation
import Testing
import TestSupport

/// The response size limit bounds memory, not just the answer: once a body passes the limit the
/// task is cancelled once, off the delegate queue, and what still arrives is dropped as it comes.
/// Measured as the process's peak resident memory while the server keeps sending, never in time.
@Suite("Response memory bound")
struct ResponseMemoryTests {
    static let limit = 1 << 20
    /// What the process may grow by beyond the limit: URLSession's and libcurl's buffers (5–30 MiB
    /// measured). Before the fix the same calls grew it by 380 MiB (endless body) and 1.4 GiB (gzip bomb).
    static let allowance = 96 << 20

    /// Set in the child process that measures one case alone (see ``measuredAlone(_:)``).
    static let childVariable = "APIGEN_RESPONSE_MEMORY_CASE"

    /// Resident memory is one figure for the whole process, and tests running in parallel move it
    /// by hundreds of MiB; so each case runs again in a child process of this test binary, alone,
    /// and reports its growth. Returns the growth, or nil (after recording why) when it cannot.
    /// `suite` is the test's suite (the child prints `SUITE: NAME resident growth N`, see ``report(_:_:growth:)``).
    static func measuredAlone(_ name: String, suite: String = "ResponseMemoryTests") async throws -> Int? {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0])
        let output = try await runProcess(
            executable, ["--testing-library", "swift-testing", "--filter", "\(suite)/\(name)"],
            in: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), environment: ProcessInfo.processInfo.environment.merging([childVariable: name]) { $1 })
        guard let line = output.standardOutput.split(separator: "\n").first(where: { $0.hasPrefix("\(suite): \(name)") }),
              let growth = line.split(separator: " ").last.flatMap({ Int($0) })
        else {
            Issue.record("the child measuring \(name) reported nothing (status \(output.status)):\n\(output.standardOutput.suffix(2000))\n\(output.standardError.suffix(2000))")
            return nil
        }
        #expect(output.status == 0, "the child measuring \(name) failed")
        return growth
    }

    /// Whether this process is the child that measures `name` alone.
    static func isChild(measuring name: String) -> Bool {
        ProcessInfo.processInfo.environment[childVariable] == name
    }

    /// In the child: the line the parent reads.
    static func report(_ suite: String, _ name: String, growth: Int) {
        print("\(suite): \(name) resident growth \(growth)")
    }

    /// In the parent: measures `name` in a child and checks the bound. In the child: runs `body`.
    static func bounded(_ name: String, _ body: () async throws -> Int) async throws {
        if isChild(measuring: name) {
            report("ResponseMemoryTests", name, growth: try await body())
            return
        }
        guard let growth = try await measuredAlone(name) else { return }
        print("ResponseMemoryTests: \(name) measured alone: resident memory grew by \(growth) bytes")
        // The plain run holds the bound; under ThreadSanitizer the case runs for its races only.
        if ResidentMemorySampler.isThreadSanitized {
            print("ResponseMemoryTests: \(name): the memory bound is not checked under ThreadSanitizer (its shadow memory grows with every byte touched); plain `swift test` checks it")
            return
        }
        #expect(growth < limit + allowance, "resident memory grew by \(growth) bytes")
    }
    /// Where the server gives up on a client that never stops reading.
    static let cap = 1 << 30

    static func head(_ extraHeaders: String = "") -> Data {
        Data("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\(extraHeaders)Connection: close\r\n\r\n".utf8)
    }

    /// Sends one GET through a fresh transport and waits until the server stopped writing.
    static func fetch(_ action: ServerAction, stream: StreamRecord) async throws -> (TransportError?, [RecordedRequest], growth: Int) {
        let server = try LoopbackHTTPServer(always: action)
        defer { server.stop() }
        let transport = URLSessionTransport()
        let baseline = ResidentMemorySampler.current()
        let sampler = ResidentMemorySampler()
        var failure: TransportError?
        do {
            _ = try await transport.send(HTTPRequest(method: "GET", url: server.url("/")),
                                         options: TransportOptions(timeout: .seconds(60), maxResponseBytes: limit))
        } catch let error as TransportError {
            failure = error
        }
        // The server ends when the client closes the connection (or at the cap, if it never does).
        while !stream.ended { try await Task.sleep(for: .milliseconds(10)) }
        transport.shutdown()
        let growth = sampler.stop() - baseline
        return (failure, server.requests, growth)
    }

    @Test("an endless body with a 1 MiB limit: refused, and what still arrives before the cancel takes effect is dropped, not held")
    func endlessBody() async throws {
        try await Self.bounded("endlessBody") {
            let stream = StreamRecord()
            let chunk = Data(repeating: UInt8(ascii: "x"), count: 64 << 10)
            let (error, _, growth) = try await Self.fetch(.endless(head: Self.head(), chunk: chunk, upTo: Self.cap, stream: stream), stream: stream)
            #expect(error == .responseTooLarge(limit: Self.limit))
            return growth
        }
    }

    @Test("a gzip bomb: identity is asked for, a compressed answer is refused before it is inflated")
    func gzipBomb() async throws {
        try await Self.bounded("gzipBomb") {
            let stream = StreamRecord()
            let chunk = Data((0..<1024).flatMap { _ in GzipBomb.chunk })  // 13 KiB, inflating to 2 MiB
            let head = Self.head("Content-Encoding: gzip\r\n") + GzipBomb.head
            let (error, requests, growth) = try await Self.fetch(.endless(head: head, chunk: chunk, upTo: 8 << 20, stream: stream), stream: stream)
            #expect(requests.first?.header("Accept-Encoding") == "identity")
            if case .connectionFailed(let message)? = error {
                #expect(message.contains("Content-Encoding: gzip"))
            } else {
                Issue.record("got \(String(describing: error))")
            }
            return growth
        }
    }

    @Test("a cancelled attempt's deadline timer is released at once: none left after 500 calls")
    func deadlineTimersReleased() async throws {
        let server = try LoopbackHTTPServer(always: .text("ok"))
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        #expect(transport.liveDeadlineTimers.current == 0)
        for _ in 0..<500 {
            _ = try await transport.send(HTTPRequest(method: "GET", url: server.url("/")), options: TransportOptions(timeout: .seconds(60)))
            #expect(transport.liveDeadlineTimers.current == 0)
        }
    }
}
