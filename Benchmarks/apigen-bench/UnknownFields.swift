import CloudflareMCP
import Foundation

/// `apigen-bench --unknown-fields N`: one MCP server object with N members the spec does not list,
/// decoded, re-encoded and compared with the same object whose unknown members come in reverse
/// order. Each step should grow linearly with N (before 2026-12-02, 8,000 members took 6.8 s to
/// re-encode and 6.4 s to compare, 20,000 members 40 s and 18 s).
enum UnknownFields {
    static func run(members: Int) {
        func document(reversed: Bool) -> Data {
            let indices = reversed ? Array((0..<members).reversed()) : Array(0..<members)
            let unknown = indices.map { #""extra_\#($0)":\#($0)"# }.joined(separator: ",")
            return Data(#"{"id":"s1","name":"S","hostname":"https://example.com/mcp","auth_type":"bearer","tools":[],"prompts":[],\#(unknown)}"#.utf8)
        }
        let forward = document(reversed: false), backward = document(reversed: true)
        let clock = ContinuousClock()
        var server: MCPServer?
        let decode = clock.measure { server = try? MCPServer(jsonData: forward) }
        guard let server, let other = try? MCPServer(jsonData: backward) else { fail("the document does not decode") }
        var encoded = Data()
        let encode = clock.measure { encoded = (try? JSONEncoder().encode(server)) ?? Data() }
        var equal = false
        let compare = clock.measure { equal = server == other }
        guard equal, encoded.count >= forward.count - 2 else { fail("the round trip lost members") }
        func ms(_ duration: Duration) -> String { String(format: "%.1f", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000) }
        print("unknown fields: \(members) members: decode \(ms(decode)) ms, re-encode \(ms(encode)) ms, compare \(ms(compare)) ms")
    }
}
