@_spi(Generated) import APIGenRuntime
import Foundation
import Testing

@Suite("RequestSafety")
struct RequestSafetyTests {
    private func check(_ url: String, headers: HTTPHeaders = [:], credentials: Bool = false) -> String? {
        do {
            try RequestSafety.check(HTTPRequest(method: "GET", url: URL(string: url)!, headers: headers), carriesCredentials: credentials)
            return nil
        } catch {
            guard case .invalidConfiguration(let message) = error else { return "unexpected \(error)" }
            return message
        }
    }

    @Test("CR, LF, NUL and other control characters in a value are refused without echoing the value")
    func headerInjection() throws {
        for value in ["SECRET\r\nX-Evil: 1", "SECRET\nx", "SECRET\rx", "SECRET\0x", "SECRET\u{7F}", "SECRET\u{1B}"] {
            let message = try #require(check("https://api.example.com/", headers: ["Authorization": value]))
            #expect(message.contains("Authorization"))
            #expect(!message.contains("SECRET"))
        }
        #expect(check("https://api.example.com/", headers: ["X-Ok": "tab\tand ünïcode and spaces"]) == nil)
    }

    @Test("header names must be RFC 9110 tokens; a bad name is not echoed")
    func headerNames() throws {
        for name in ["", "Bad Name", "X-Evil\r\nSECRET", "Colon:", "Ünicode", "(paren)"] {
            let message = try #require(check("https://api.example.com/", headers: HTTPHeaders([.init(name: name, value: "v")])))
            #expect(!message.contains("SECRET"))
        }
        #expect(check("https://api.example.com/", headers: ["X-Auth-Email": "a@b.c", "!#$%&'*+-.^_`|~09aZ": "v"]) == nil)
    }

    @Test("credentials over plain http to a non-loopback host are refused")
    func plainHTTPCredentials() {
        #expect(check("http://api.example.com/", credentials: true)?.contains("api.example.com") == true)
        #expect(check("http://api.example.com/", headers: ["authorization": "Bearer x"]) != nil)
        #expect(check("http://api.example.com/", headers: ["X-Auth-Key": "k"]) != nil)
        #expect(check("http://user:pass@api.example.com/") != nil)
        #expect(check("http://127.0.0.1.example.com/", credentials: true) != nil)
        #expect(check("http://api.example.com/") == nil)
        #expect(check("https://api.example.com/", credentials: true) == nil)
    }

    @Test("loopback hosts may use plain http with credentials")
    func loopback() {
        for url in ["http://127.0.0.1:8080/", "http://127.1.2.3/", "http://localhost/", "http://LOCALHOST:1/", "http://[::1]:9000/"] {
            #expect(check(url, credentials: true) == nil, "\(url)")
        }
        for host in ["127.0.0.1.evil.com", "128.0.0.1", "127.0.0", "127.0.0.256", "localhost.evil.com", "::2", "0x7f.0.0.1",
                     // A trailing dot makes a name absolute: resolved through DNS, so not this machine.
                     "localhost.", "127.0.0.1.", "[::1]."] {
            #expect(!RequestSafety.isLoopback(host: host), "\(host)")
        }
    }

    @Test("only http and https, with a host")
    func schemes() {
        #expect(check("ftp://example.com/file") != nil)
        #expect(check("file:///etc/passwd") != nil)
        #expect(check("HTTPS://example.com/") == nil)
    }
}
