@_spi(Generated) import APIGenRuntime
import CloudflareMCP
import Foundation
import Testing
import TestSupport

@Suite struct RedactionTests {
    @Test func headerDescriptionsHideCredentialValues() {
        let headers: HTTPHeaders = ["Authorization": "Bearer SECRET-1", "X-Auth-Key": "SECRET-2", "Accept": "application/json"]
        var dumped = ""
        dump(headers, to: &dumped)
        for text in [headers.description, String(reflecting: headers), dumped,
                     String(describing: HTTPRequest(method: "GET", url: URL(string: "https://example.com")!, headers: headers))] {
            #expect(!text.contains("SECRET"), "\(text)")
        }
        #expect(headers.description == "[Authorization: <redacted>, X-Auth-Key: <redacted>, Accept: application/json]")
    }

    @Test func violationsOfSensitiveValuesDoNotQuoteThem() {
        var report = ValidationReport(mode: .request)
        report.check("SECRET-3 with spaces", at: JSONPath.root + "client_secret", pattern: "^[a-z]+$", format: .uri, isSensitive: true)
        #expect(report.violations.map(\.description) == [
            "client_secret: the value (redacted) does not match the pattern ^[a-z]+$",
            "client_secret: the value (redacted) is not an absolute URI",
        ])
    }

    @Test func emptyPathParametersAreRefused() async {
        let transport = InMemoryTransport(json: "{}")
        let client = MCPServersClient(credentials: .apiToken("t"), transport: transport)
        await #expect(throws: APIClientError.self) { try await client.getServer(accountID: "", id: "x") }
        #expect(transport.requests.isEmpty)
    }
}
