import CloudflareMCP
import Foundation

/// Answers every request with the same prepared bytes, without copying them (Data is shared).
struct MemoryTransport: HTTPTransport {
    let status: Int
    let body: Data

    func send(_ request: HTTPRequest, options: TransportOptions) async throws -> HTTPResponse {
        var headers = HTTPHeaders()
        headers["Content-Type"] = "application/json"
        headers["cf-ray"] = "8f2b1c3d4e5f6a7b-LHR"
        return HTTPResponse(status: status, headers: headers, body: body)
    }
}

extension MCPServersClient {
    /// A client whose transport is `MemoryTransport(body:)`.
    static func inMemory(body: Data) -> MCPServersClient {
        let configuration = MCPServersClient.defaultConfiguration(credentials: .apiToken("benchmark-token"))
        return MCPServersClient(configuration: configuration, transport: MemoryTransport(status: 200, body: body))
    }
}
