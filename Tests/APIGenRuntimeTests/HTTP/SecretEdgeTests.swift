@_spi(Generated) import APIGenRuntime
import Foundation
import Testing
import TestSupport

/// Secrets stay out of the edge paths: a password in the URL, header names the fixed list does
/// not know, and small request bodies in a mirror.
@Suite struct SecretEdgeTests {
    static let password = "pa55-W0rd-x"
    static let url = URL(string: "https://me:\(password)@api.example.com/v4/things")!

    @Test func theObserverNeverSeesTheURLsPassword() async throws {
        let seen = LockedValue<[HTTPExchange]>([])
        let executor = RetryingExecutor(transport: InMemoryTransport(status: 200, json: "{}"), policy: .none,
                                        observer: { exchange in seen.withLock { $0.append(exchange) } })
        _ = try await executor.execute(HTTPRequest(method: "GET", url: Self.url))
        let exchange = try #require(seen.withLock { $0.first })
        #expect(exchange.url.password == nil && exchange.url.user == nil)
        #expect(exchange.url.absoluteString == "https://api.example.com/v4/things")
        #expect(!String(reflecting: exchange).contains(Self.password))
    }

    @Test func aRequestsDescriptionAndDumpShowNoSecret() {
        let body = Data(#"{"s":"hunter22"}"#.utf8)
        let request = HTTPRequest(method: "POST", url: Self.url,
                                  headers: ["cf-access-client-secret": "hunter22", "Content-Type": "application/json"], body: body)
        var dumped = ""
        dump(request, to: &dumped)
        // Foundation's mirror of a small Data lists each byte in decimal: 104 is "h".
        for text in [dumped, String(describing: request), String(reflecting: request)] {
            #expect(!text.contains("hunter22"), "\(text)")
            #expect(!text.contains(Self.password), "\(text)")
            #expect(text.contains("\(body.count) bytes"), "\(text)")
        }
        #expect(!dumped.contains("- 104\n"), "\(dumped)")
    }

    @Test(arguments: ["cf-access-client-secret", "X-API-Token", "X-Custom-Key", "X-Upstream-Auth", "Authorization", "X-Auth-Key"])
    func headerNamesThatSayTheyHoldASecretAreMasked(name: String) {
        let headers: HTTPHeaders = [name: "hunter22", "Accept": "application/json"]
        for text in [String(describing: headers), String(reflecting: headers), { var out = ""; dump(headers, to: &out); return out }()] {
            #expect(!text.contains("hunter22"), "\(text)")
            #expect(text.contains("application/json"))
        }
    }
}
