#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif
import Foundation

/// A minimal blocking TCP client for byte-exact tests of HTTP framing (what URLSession won't send).
public enum RawClient {
    /// Connects to 127.0.0.1:`port`, sends `request`, and returns everything received until the
    /// server closes the connection or `timeout` passes.
    public static func exchange(port: Int, _ request: String, timeout: Duration = TimingBounds.generousTimeout) throws -> String {
        #if canImport(Darwin)
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw Socket.Failure(call: "socket", code: errno) }
        defer { close(fd) }
        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Socket.Failure(call: "connect", code: errno) }
        guard Socket.sendAll(fd, Data(request.utf8)) else { throw Socket.Failure(call: "send", code: errno) }

        var received = [UInt8]()
        let capacity = 16 * 1024
        var chunk = [UInt8](repeating: 0, count: capacity)
        let deadline = ContinuousClock.now + timeout
        var pollFD = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while ContinuousClock.now < deadline {
            guard poll(&pollFD, 1, 50) > 0 else { continue }
            let count = recv(fd, &chunk, capacity, 0)
            if count <= 0 { break }
            received.append(contentsOf: chunk[0..<count])
        }
        return String(decoding: received, as: UTF8.self)
    }
}
