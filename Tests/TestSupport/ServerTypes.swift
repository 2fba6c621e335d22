import APIGenJSON
import Foundation

/// One request as the loopback server received it, bytes intact.
public struct RecordedRequest: Sendable {
    public var method: String
    /// The request target exactly as sent: raw path plus `?query`, percent-encoding intact.
    public var target: String
    /// The raw path part of `target` (percent-encoding intact).
    public var path: String
    /// The raw query (without `?`), or nil when the target has none.
    public var query: String?
    /// Header fields in the order they arrived, names as sent.
    public var headers: [(name: String, value: String)]
    public var body: Data
    /// Which accepted connection carried the request (1-based, in accept order); shows keep-alive reuse.
    public var connectionID: Int

    public init(
        method: String, target: String, headers: [(name: String, value: String)], body: Data, connectionID: Int = 0
    ) {
        self.method = method
        self.target = target
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = target
            query = nil
        }
        self.headers = headers
        self.body = body
        self.connectionID = connectionID
    }

    /// The query decoded the way servers commonly do: split on `&` and `=`, `+` read as a space,
    /// then percent-decoded. A `+` the client meant literally must therefore arrive as `%2B`.
    public var queryItems: [(name: String, value: String)] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (raw: Substring) -> String in
                let spaced = raw.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// The first value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Every value of the header `name`, in arrival order.
    public func headerValues(_ name: String) -> [String] {
        headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// The body as UTF-8 text (empty when it is not UTF-8).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// What the loopback server does with one request.
public indirect enum ServerAction: Sendable {
    /// A normal answer; the server adds `Content-Length` unless `headers` already has one.
    case respond(status: Int, headers: [(String, String)] = [], body: Data = Data())
    /// Waits, then does `then`. The client may give up and close meanwhile; that is fine.
    case delay(Duration, then: ServerAction)
    /// Closes the connection with SO_LINGER 0 so the client sees a TCP reset; no response.
    case resetConnection
    /// Closes the connection (FIN) without answering.
    case closeWithoutResponse
    /// Sends the status and headers with `Content-Length: declaredLength`, then only `body`
    /// (shorter than declared), then closes.
    case truncatedBody(status: Int, headers: [(String, String)] = [], body: Data, declaredLength: Int)
    /// Writes these bytes verbatim (a hand-made response, e.g. chunked), then closes.
    case raw(Data)
    /// Writes the pieces verbatim with `interval` between them, then closes: a server that
    /// trickles, so a client's idle timeout never fires but a whole-request deadline does.
    case paced([Data], interval: Duration)
    /// Writes `head`, then `chunk` over and over until the client stops reading or `upTo` bytes
    /// of chunks are written, then closes; `stream` counts what was written. An endless body.
    case endless(head: Data, chunk: Data, upTo: Int, stream: StreamRecord)

    /// A JSON answer: `Content-Type: application/json` and `body` as UTF-8.
    public static func json(status: Int = 200, headers: [(String, String)] = [], body: String) -> ServerAction {
        .respond(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8))
    }

    /// A JSON answer serialized from a ``JSONValue`` (keys in their given order).
    public static func json(status: Int = 200, headers: [(String, String)] = [], _ value: JSONValue) -> ServerAction {
        .respond(status: status, headers: [("Content-Type", "application/json")] + headers, body: JSONSerializer.data(value))
    }

    /// A plain-text answer.
    public static func text(status: Int = 200, headers: [(String, String)] = [], _ body: String) -> ServerAction {
        .respond(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")] + headers, body: Data(body.utf8))
    }

    /// Raw bytes given as text (CRLFs included by the caller).
    public static func raw(_ text: String) -> ServerAction { .raw(Data(text.utf8)) }
}

/// A value behind a lock, for handler state shared across connection threads and test tasks.
/// What an ``ServerAction/endless(head:chunk:upTo:stream:)`` answer wrote, and whether it ended.
public final class StreamRecord: Sendable {
    private let state = LockedValue<(written: Int, ended: Bool)>((0, false))

    public init() {}

    /// Body bytes written so far.
    public var written: Int { state.current.written }
    /// True once the server stopped writing (the client closed, or the cap was reached).
    public var ended: Bool { state.current.ended }

    func add(_ count: Int) { state.withLock { $0.written += count } }
    func end() { state.withLock { $0.ended = true } }
}

public final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    /// A copy of the current value.
    public var current: Value { withLock { $0 } }
}
