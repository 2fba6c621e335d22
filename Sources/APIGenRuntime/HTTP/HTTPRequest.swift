import Foundation

/// One HTTP request as the client sends it: method, absolute URL, headers and body bytes.
///
/// A retried request is this same value sent again, so every attempt is byte for byte the same.
public struct HTTPRequest: Sendable, Hashable {
    public var method: String
    public var url: URL
    public var headers: HTTPHeaders
    public var body: Data?

    public init(method: String, url: URL, headers: HTTPHeaders = HTTPHeaders(), body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

extension HTTPRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `GET https://host/path [headers] (N bytes)`: secret headers masked, no user or password in
    /// the URL, and the body by its size only (it may hold a secret; Foundation lists a small
    /// `Data`'s bytes one by one in a mirror).
    public var description: String {
        "\(method) \(url.removingUserInfo.absoluteString) \(headers)" + (body.map { " (\($0.count) bytes)" } ?? "")
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["method": method, "url": url.removingUserInfo, "headers": headers,
                                "body": body.map { "\($0.count) bytes" } as Any], displayStyle: .struct)
    }
}

/// One HTTP response: status, headers and the whole body.
public struct HTTPResponse: Sendable, Hashable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: Data

    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
