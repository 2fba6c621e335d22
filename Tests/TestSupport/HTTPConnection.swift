#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif
import Foundation

/// Serves one accepted connection on its own thread: parse a request, ask the handler, act, and
/// loop while the connection stays keep-alive. Any I/O failure simply ends the connection.
final class HTTPConnection {
    private let fd: Int32
    private let id: Int
    private let core: ServerCore
    private var buffer: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)  // reused by every recv

    private static let maxHeadBytes = 64 * 1024
    private static let maxBodyBytes = 64 * 1024 * 1024

    init(fd: Int32, id: Int, core: ServerCore) {
        self.fd = fd
        self.id = id
        self.core = core
    }

    func run() {
        defer { core.release(fd) }
        while let request = readRequest() {
            core.record(request.recorded)
            guard let action = core.handle(request.recorded) else { return }
            guard perform(action, method: request.recorded.method, keepAlive: request.keepAlive) else { return }
        }
    }

    // MARK: Reading

    private struct Parsed {
        var recorded: RecordedRequest
        var keepAlive: Bool
    }

    /// Reads more bytes into `buffer`; false on EOF, error or server stop.
    private func fill() -> Bool {
        guard Socket.wait(for: fd, wakeFD: core.wakeRead, timeoutMS: -1) == .readable else { return false }
        let capacity = chunk.count
        while true {
            let count = recv(fd, &chunk, capacity, 0)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
    }

    /// Index of the first CRLF at or after `start`, reading more as needed.
    private func findCRLF(from start: Int, limit: Int) -> Int? {
        var scan = start
        while true {
            while scan + 1 < buffer.count {
                if buffer[scan] == 13 && buffer[scan + 1] == 10 { return scan }
                scan += 1
            }
            guard buffer.count < limit, fill() else { return nil }
        }
    }

    /// One CRLF-terminated line, consumed from the buffer.
    private func readLine() -> String? {
        guard let end = findCRLF(from: 0, limit: Self.maxHeadBytes) else { return nil }
        let line = String(decoding: buffer[0..<end], as: UTF8.self)
        buffer.removeFirst(end + 2)
        return line
    }

    private func readExactly(_ count: Int) -> Data? {
        while buffer.count < count { guard fill() else { return nil } }
        let data = Data(buffer[0..<count])
        buffer.removeFirst(count)
        return data
    }

    private func readRequest() -> Parsed? {
        // Tolerate stray CRLFs between requests (RFC 9112 §2.2), then read the request line and fields.
        var requestLine = ""
        while requestLine.isEmpty { guard let line = readLine() else { return nil }; requestLine = line }
        var headers: [(name: String, value: String)] = []
        var headBytes = requestLine.utf8.count
        while true {
            guard let line = readLine() else { return nil }
            if line.isEmpty { break }
            headBytes += line.utf8.count
            guard headBytes < Self.maxHeadBytes, let colon = line.firstIndex(of: ":") else {
                return fail(status: 400)
            }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
            headers.append((String(line[..<colon]), value))
        }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else { return fail(status: 400) }
        let first = { (name: String) in headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value }

        if first("Expect")?.lowercased() == "100-continue" {
            guard Socket.sendAll(fd, Data("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return nil }
        }
        var body = Data()
        if first("Transfer-Encoding")?.lowercased().contains("chunked") == true {
            guard let decoded = readChunkedBody() else { return fail(status: 400) }
            body = decoded
        } else if let length = first("Content-Length") {
            guard let count = Int(length), count >= 0, count <= Self.maxBodyBytes else { return fail(status: 400) }
            guard let data = readExactly(count) else { return nil }
            body = data
        }
        let connection = first("Connection")?.lowercased() ?? ""
        let keepAlive = parts[2] == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive")
        let recorded = RecordedRequest(
            method: String(parts[0]), target: String(parts[1]), headers: headers, body: body, connectionID: id)
        return Parsed(recorded: recorded, keepAlive: keepAlive)
    }

    private func readChunkedBody() -> Data? {
        var body = Data()
        while true {
            guard let line = readLine() else { return nil }
            let sizeText = line.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size >= 0,
                body.count + size <= Self.maxBodyBytes
            else { return nil }
            if size == 0 {
                // Trailer fields until the empty line; they are not recorded.
                while true { guard let trailer = readLine() else { return nil }; if trailer.isEmpty { return body } }
            }
            guard let chunk = readExactly(size), readLine() == "" else { return nil }
            body.append(chunk)
        }
    }

    /// Answers a malformed request and ends the connection.
    private func fail(status: Int) -> Parsed? {
        _ = Socket.sendAll(fd, Self.head(status: status, headers: [], contentLength: 0, close: true))
        return nil
    }

    // MARK: Writing

    /// Carries out `action`; true when the connection should stay open for another request.
    private func perform(_ action: ServerAction, method: String, keepAlive: Bool) -> Bool {
        switch action {
        case .respond(let status, let headers, let body):
            var bytes = Self.head(status: status, headers: headers, contentLength: body.count, close: !keepAlive)
            if method != "HEAD" { bytes.append(body) }
            guard Socket.sendAll(fd, bytes) else { return false }
            if !keepAlive { lingeringClose() }
            return keepAlive
        case .delay(let duration, let then):
            guard Socket.wait(for: -1, wakeFD: core.wakeRead, timeoutMS: Self.milliseconds(duration)) == .timedOut
            else { return false }
            return perform(then, method: method, keepAlive: keepAlive)
        case .resetConnection:
            Socket.setLingerZero(fd)
            return false
        case .closeWithoutResponse:
            lingeringClose()
            return false
        case .truncatedBody(let status, let headers, let body, let declaredLength):
            var bytes = Self.head(status: status, headers: headers, contentLength: declaredLength, close: true)
            bytes.append(body)
            if Socket.sendAll(fd, bytes) { lingeringClose() }
            return false
        case .raw(let data):
            if Socket.sendAll(fd, data) { lingeringClose() }
            return false
        case .endless(let head, let chunk, let cap, let stream):
            defer { stream.end() }
            guard Socket.sendAll(fd, head) else { return false }
            while stream.written < cap {
                if Socket.wait(for: -1, wakeFD: core.wakeRead, timeoutMS: 0) != .timedOut { return false }
                guard Socket.sendAll(fd, chunk) else { return false }
                stream.add(chunk.count)
            }
            lingeringClose()
            return false
        case .paced(let pieces, let interval):
            for (index, piece) in pieces.enumerated() {
                if index > 0 && Socket.wait(for: -1, wakeFD: core.wakeRead, timeoutMS: Self.milliseconds(interval)) != .timedOut {
                    return false
                }
                guard Socket.sendAll(fd, piece) else { return false }
            }
            lingeringClose()
            return false
        }
    }

    /// Half-closes and briefly drains input before the real close: closing with unread input makes
    /// the kernel send RST, which could destroy the bytes just written before the client reads them.
    private func lingeringClose() {
        shutdown(fd, Int32(SHUT_WR))
        let deadline = DispatchTime.now() + .milliseconds(200)
        var scratch = [UInt8](repeating: 0, count: 4096)
        while DispatchTime.now() < deadline {
            switch Socket.wait(for: fd, wakeFD: core.wakeRead, timeoutMS: 50) {
            case .readable: if recv(fd, &scratch, scratch.count, 0) <= 0 { return }
            case .woken: return
            case .timedOut: continue
            }
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let parts = duration.components
        return Int32(clamping: parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000)
    }

    static func head(status: Int, headers: [(String, String)], contentLength: Int, close: Bool) -> Data {
        var text = "HTTP/1.1 \(status) \(reasonPhrase(status))\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if !headers.contains(where: { $0.0.caseInsensitiveCompare("Content-Length") == .orderedSame }) {
            text += "Content-Length: \(contentLength)\r\n"
        }
        if close { text += "Connection: close\r\n" }
        return Data((text + "\r\n").utf8)
    }

    private static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 408: "Request Timeout"
        case 409: "Conflict"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Status \(status)"
        }
    }
}
