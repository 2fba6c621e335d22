import APIGenRuntime
import Foundation
import TestSupport

/// `apigen-bench --response-memory`: one call against an endless body and one against an endless
/// gzip bomb, both with a 1 MiB limit; prints how far resident memory rose above where it
/// started and how much the server wrote before the client stopped reading.
enum ResponseMemory {
    static func run() async {
        let plain = Data("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n".utf8)
        let gzip = Data("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n".utf8)
        var figures: [String] = []
        for (name, head, chunk, cap) in [
            ("endless", plain, Data(repeating: UInt8(ascii: "x"), count: 64 << 10), 1 << 30),
            ("gzip_bomb", gzip + GzipBomb.head, Data((0..<1024).flatMap { _ in GzipBomb.chunk }), 8 << 20),
        ] {
            let stream = StreamRecord()
            guard let server = try? LoopbackHTTPServer(always: .endless(head: head, chunk: chunk, upTo: cap, stream: stream)) else {
                fail("cannot start the loopback server")
            }
            let transport = URLSessionTransport()
            let baseline = ResidentMemorySampler.current()
            let sampler = ResidentMemorySampler()
            let started = ContinuousClock.now
            var outcome = "answered"
            do {
                _ = try await transport.send(HTTPRequest(method: "GET", url: server.url("/")),
                                             options: TransportOptions(timeout: .seconds(120), maxResponseBytes: 1 << 20))
            } catch {
                outcome = "\(error)"
            }
            let errorAfter = ContinuousClock.now - started
            while !stream.ended { try? await Task.sleep(for: .milliseconds(10)) }
            transport.shutdown()
            server.stop()
            let growth = Double(sampler.stop() - baseline) / 1_048_576
            print(String(format: "%@: %@ after %.2f s; server wrote %.1f MiB; resident memory rose %.1f MiB", name, outcome,
                         Double(errorAfter.components.seconds) + Double(errorAfter.components.attoseconds) / 1e18,
                         Double(stream.written) / 1_048_576, growth))
            figures.append(String(format: "\"%@\":{\"server_wrote_mib\":%.1f,\"rss_growth_mib\":%.1f}", name, Double(stream.written) / 1_048_576, growth))
        }
        print("{\(figures.joined(separator: ","))}")
    }
}
