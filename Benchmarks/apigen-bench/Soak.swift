import APIGenRuntime
import Foundation
import TestSupport

/// `apigen-bench --soak N`: N sequential calls through one URLSessionTransport to a loopback
/// server, printing resident memory every tenth of the way. Flat figures mean nothing is kept per
/// call (before 2026-12-02 each call left its cancelled 60 s deadline timer queued).
enum Soak {
    static func run(calls: Int) async {
        guard let server = try? LoopbackHTTPServer(always: .json(body: #"{"success":true,"errors":[],"result":{}}"#)) else {
            fail("cannot start the loopback server")
        }
        defer { server.stop() }
        server.stopRecording()
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let request = HTTPRequest(method: "GET", url: server.url("/soak"))
        let options = TransportOptions(timeout: .seconds(60))
        var figures: [String] = []
        func sample(_ done: Int) {
            let text = String(format: "%.1f", Double(ResidentMemorySampler.current()) / 1_048_576)
            figures.append("\"\(done)\":\(text)")
            print("soak: \(done) calls, resident \(text) MiB")
        }
        sample(0)
        for call in 1...calls {
            do {
                _ = try await transport.send(request, options: options)
            } catch {
                fail("call \(call) failed: \(error)")
            }
            if call % max(1, calls / 10) == 0 { sample(call) }
        }
        print("{\"soak_calls\":\(calls),\"resident_mib\":{\(figures.joined(separator: ","))}}")
    }
}
