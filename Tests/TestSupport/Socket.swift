#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif
import Foundation

/// Thin wrappers over the POSIX calls the loopback server needs, hiding Darwin/Glibc differences.
enum Socket {
    struct Failure: Error, CustomStringConvertible {
        var call: String
        var code: Int32
        var description: String { "\(call) failed: \(String(cString: strerror(code))) (errno \(code))" }
    }

    /// Creates a listening TCP socket on 127.0.0.1 with an ephemeral port; returns (fd, port).
    static func listenOnLoopback(backlog: Int32 = 256) throws -> (fd: Int32, port: Int) {
        #if canImport(Darwin)
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw Failure(call: "socket", code: errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))

        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { let code = errno; close(fd); throw Failure(call: "bind", code: code) }
        guard listen(fd, backlog) == 0 else { let code = errno; close(fd); throw Failure(call: "listen", code: code) }

        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { let code = errno; close(fd); throw Failure(call: "getsockname", code: code) }
        // Non-blocking so a connection that vanishes between poll and accept cannot wedge the loop.
        setNonBlocking(fd, true)
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    static func setNonBlocking(_ fd: Int32, _ on: Bool) {
        let flags = fcntl(fd, F_GETFL, 0)
        _ = fcntl(fd, F_SETFL, on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK)
    }

    /// Prepares an accepted socket: blocking (Darwin inherits O_NONBLOCK from the listener, Linux
    /// does not) and, on Darwin, no SIGPIPE (Linux gets MSG_NOSIGNAL on every send instead).
    static func configureAccepted(_ fd: Int32) {
        setNonBlocking(fd, false)
        var yes: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        #if canImport(Darwin)
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// Makes the next close() send RST instead of FIN.
    static func setLingerZero(_ fd: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }

    /// Writes all bytes; false when the peer is gone. Never raises SIGPIPE.
    static func sendAll(_ fd: Int32, _ data: Data) -> Bool {
        #if canImport(Darwin)
        let flags: Int32 = 0
        #else
        let flags = Int32(MSG_NOSIGNAL)
        #endif
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            guard var pointer = buffer.baseAddress else { return true }
            var remaining = buffer.count
            while remaining > 0 {
                let sent = send(fd, pointer, remaining, flags)
                if sent < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                pointer += sent
                remaining -= sent
            }
            return true
        }
    }

    enum WaitResult { case readable, woken, timedOut }

    /// Waits until `fd` is readable (or hung up), `wakeFD` signals a stop, or `timeoutMS` passes
    /// (-1: forever). `fd` may be -1 to only sleep interruptibly.
    static func wait(for fd: Int32, wakeFD: Int32, timeoutMS: Int32) -> WaitResult {
        var fds = [pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0)]
        if fd >= 0 { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
        let deadline = timeoutMS < 0 ? nil : DispatchTime.now() + .milliseconds(Int(timeoutMS))
        while true {
            var remaining: Int32 = -1
            if let deadline {
                let now = DispatchTime.now()
                if now >= deadline { return .timedOut }
                remaining = Int32(max(1, (deadline.uptimeNanoseconds - now.uptimeNanoseconds) / 1_000_000))
            }
            let result = poll(&fds, nfds_t(fds.count), remaining)
            if result < 0 {
                if errno == EINTR { continue }
                return .woken
            }
            if fds[0].revents != 0 { return .woken }
            if fds.count > 1 && fds[1].revents != 0 { return .readable }
            if result == 0 && deadline != nil { return .timedOut }
        }
    }
}
