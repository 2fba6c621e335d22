import APIGenRuntime
import CloudflareMCP
import Foundation
import Testing
import TestSupport

/// Every documented example of the pages and of the published schema goes through the real client:
/// the request body decodes, validates and is sent exactly; the response decodes, validates and
/// re-encodes to equal JSON; error answers become `APIClientError.api` with every error.
@Suite struct DocumentedExampleTests {
    static let successExamples = SpecExample.all.filter(\.isSuccess)
    static let errorExamples = SpecExample.all.filter { !$0.isSuccess }

    @Test func everyOperationHasExamples() {
        let operations = Set(SpecExample.all.map(\.operation))
        #expect(operations == ["listServers", "createServer", "getServer", "updateServer", "deleteServer", "syncServer"])
        #expect(Self.successExamples.count >= 8)
        #expect(Self.errorExamples.count >= 6)
    }

    @Test(arguments: successExamples)
    func successExampleRoundTrips(_ example: SpecExample) async throws {
        let (client, transport) = Self.client(answering: example)
        let descriptor = try #require(MCPServersClient.operations.first { $0.name == example.operation })
        let result = try await descriptor.invoke(client, OperationArguments(parameters: example.parameterText, body: example.body))

        // The result re-encodes to the documented JSON: nothing lost, null kept, timestamps exact.
        let documented = try #require(example.responseBody["result"])
        #expect(result == documented)
        #expect(JSONSerializer.string(result, options: .init(sortedKeys: true)) == JSONSerializer.string(documented, options: .init(sortedKeys: true)))

        // The client sent exactly the documented body (or none).
        let sent = try #require(transport.requests.first)
        if let body = example.body {
            #expect(try JSONParser.parse(sent.body ?? Data()) == body)
        } else {
            #expect(sent.body == nil)
        }
    }

    @Test(arguments: successExamples)
    func successExampleValidates(_ example: SpecExample) throws {
        let result = try #require(example.responseBody["result"])
        let violations: [ConstraintViolation]
        switch example.operation {
        case "listServers": violations = try [MCPServer](json: result).flatMap { $0.violations(mode: .response) }
        case "syncServer": violations = try SyncResult(json: result).violations(mode: .response)
        default: violations = try MCPServer(json: result).violations(mode: .response)
        }
        #expect(violations.isEmpty)
        if let body = example.body {
            switch example.operation {
            case "createServer": #expect(try CreateMCPServerRequest(json: body).violations().isEmpty)
            case "updateServer": #expect(try UpdateMCPServerRequest(json: body).violations().isEmpty)
            default: Issue.record("unexpected body for \(example.operation)")
            }
        }
    }

    @Test(arguments: errorExamples)
    func errorExampleBecomesAPIError(_ example: SpecExample) async throws {
        let (client, _) = Self.client(answering: example)
        let descriptor = try #require(MCPServersClient.operations.first { $0.name == example.operation })
        do {
            _ = try await descriptor.invoke(client, OperationArguments(parameters: example.parameterText, body: example.body))
            Issue.record("expected an API error")
        } catch let error as APIClientError {
            guard case .api(let apiError) = error else {
                Issue.record("expected .api, got \(error)")
                return
            }
            #expect(apiError.status == example.status)
            #expect(apiError.requestID == "8f0c2a1b3d4e5f60-SJC")
            let documented = try #require(example.responseBody["errors"]?.arrayValue)
            #expect(apiError.messages.map(\.message) == documented.map { $0["message"]!.stringValue! })
            #expect(apiError.messages.map(\.code) == documented.map { $0["code"]?.numberValue?.intValue })
            #expect(apiError.body == example.responseBody)
        }
    }

    @Test func errorBodiesDecodeIntoTheirModels() throws {
        for example in Self.errorExamples {
            let body = example.responseBody
            let reencoded: JSONValue = switch (example.operation, example.status) {
            case ("listServers", 400): try BadRequestFailure(json: body).encodeJSON()
            case (_, 400): try InputValidationFailure(json: body).encodeJSON()
            case (_, 404): try NotFoundFailure(json: body).encodeJSON()
            default: try Failure(json: body).encodeJSON()
            }
            #expect(reencoded == body, "\(example)")
        }
    }

    static func client(answering example: SpecExample) -> (MCPServersClient, InMemoryTransport) {
        let body = JSONSerializer.data(example.responseBody)
        let transport = InMemoryTransport { _ in
            HTTPResponse(status: example.status, headers: ["Content-Type": "application/json", "cf-ray": "8f0c2a1b3d4e5f60-SJC"], body: body)
        }
        var configuration = MCPServersClient.defaultConfiguration(credentials: .apiToken("test-token"))
        configuration.retryPolicy = .none
        return (MCPServersClient(configuration: configuration, transport: transport), transport)
    }
}
