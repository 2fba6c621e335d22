#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif
import Foundation

/// A small HTTP/1.1 server on 127.0.0.1 for tests over real sockets.
///
/// Each connection gets its own thread, so delays and misbehaviour on one connection never hold
/// up another; keep-alive, `Content-Length` and chunked request bodies, and `Expect: 100-continue`
/// are supported. The handler decides what happens to each request (see ``ServerAction``).
///
/// ```swift
/// let calls = LockedValue(0)
/// let server = try LoopbackHTTPServer { request in
///     calls.withLock { $0 += 1 } < 3 ? .json(status: 503, body: "{}") : .json(body: #"{"ok":true}"#)
/// }
/// defer { server.stop() }
/// ```
public final class LoopbackHTTPServer: Sendable {
    /// The ephemeral port the server listens on.
    public let port: Int
    private let core: ServerCore

    /// Starts listening at once. The handler runs once per request, possibly concurrently for
    /// different connections; it may keep state (in an actor or ``LockedValue``).
    public init(handler: @escaping @Sendable (RecordedRequest) async -> ServerAction) throws {
        let (fd, port) = try Socket.listenOnLoopback()
        var pipeFDs: [Int32] = [0, 0]
        guard pipe(&pipeFDs) == 0 else {
            let code = errno
            close(fd)
            throw Socket.Failure(call: "pipe", code: code)
        }
        self.port = port
        core = ServerCore(listenFD: fd, wakeRead: pipeFDs[0], wakeWrite: pipeFDs[1], handler: handler)
        core.start()
    }

    /// A server that answers every request with the same action.
    public convenience init(always action: ServerAction) throws {
        try self.init { _ in action }
    }

    /// A server that answers the n-th request with `actions[n]`, repeating the last one after that.
    public convenience init(sequence actions: [ServerAction]) throws {
        precondition(!actions.isEmpty, "LoopbackHTTPServer(sequence:) needs at least one action")
        let next = LockedValue(0)
        try self.init { _ in
            let index = next.withLock { index in defer { index += 1 }; return index }
            return actions[min(index, actions.count - 1)]
        }
    }

    deinit { core.stop() }

    /// `http://127.0.0.1:PORT`
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// `baseURL` plus a raw path-and-query such as `/v1/items?page=2`.
    public func url(_ pathAndQuery: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(pathAndQuery)")!
    }

    /// Stops keeping received requests (``requests`` stays as it is), for soaks whose memory
    /// figures must show the client's, not the server's record.
    public func stopRecording() { core.state.withLock { $0.isRecording = false } }

    /// Every complete request received so far, in arrival order.
    public var requests: [RecordedRequest] { core.state.withLock { $0.recorded } }

    /// How many TCP connections were accepted so far (fewer than requests when keep-alive works).
    public var connectionCount: Int { core.state.withLock { $0.acceptedCount } }

    /// Closes the listener and every connection, and waits for all server threads to finish
    /// (milliseconds: every blocking wait in the server also watches for the stop).
    /// Idempotent; also done on deinit.
    public func stop() { core.stop() }
}

/// The server's shared state. Threads hold this, not the server, so dropping the server stops it.
final class ServerCore: @unchecked Sendable {
    struct State {
        var stopped = false
        var openFDs: Set<Int32> = []
        var recorded: [RecordedRequest] = []
        var isRecording = true
        var acceptedCount = 0
    }

    let listenFD: Int32
    /// Read end of a pipe whose write end `stop()` closes; every poll includes it, so every
    /// blocked thread wakes at once when the server stops.
    let wakeRead: Int32
    private let wakeWrite: Int32
    private let handler: @Sendable (RecordedRequest) async -> ServerAction
    let state = LockedValue(State())
    private let threads = DispatchGroup()
    private let stopLock = NSLock()

    init(listenFD: Int32, wakeRead: Int32, wakeWrite: Int32, handler: @escaping @Sendable (RecordedRequest) async -> ServerAction) {
        self.listenFD = listenFD
        self.wakeRead = wakeRead
        self.wakeWrite = wakeWrite
        self.handler = handler
    }

    func start() { spawn(name: "LoopbackHTTPServer.accept") { self.acceptLoop() } }

    private func spawn(name: String, _ body: @escaping @Sendable () -> Void) {
        threads.enter()
        let thread = Thread { [threads] in
            body()
            threads.leave()
        }
        thread.name = name
        thread.stackSize = 512 * 1024
        thread.start()
    }

    private func acceptLoop() {
        while Socket.wait(for: listenFD, wakeFD: wakeRead, timeoutMS: -1) == .readable {
            let fd = accept(listenFD, nil, nil)
            guard fd >= 0 else { continue }  // EAGAIN (client gone already), EINTR, EMFILE: try again
            Socket.configureAccepted(fd)
            // Register under the lock so stop() either sees this fd or we see `stopped`.
            let id: Int? = state.withLock { state in
                guard !state.stopped else { return nil }
                state.openFDs.insert(fd)
                state.acceptedCount += 1
                return state.acceptedCount
            }
            guard let id else { close(fd); return }
            spawn(name: "LoopbackHTTPServer.connection.\(id)") {
                HTTPConnection(fd: fd, id: id, core: self).run()
            }
        }
    }

    func record(_ request: RecordedRequest) {
        state.withLock { if $0.isRecording { $0.recorded.append(request) } }
    }

    /// Runs the async handler from a connection thread; nil if the server stops first.
    func handle(_ request: RecordedRequest) -> ServerAction? {
        let result = LockedValue<ServerAction?>(nil)
        let done = DispatchSemaphore(value: 0)
        let run: @Sendable () async -> Void = { [handler] in
            let action = await handler(request)
            result.withLock { $0 = action }
            done.signal()
        }
        // Handlers run on the server's own executor: on the shared concurrency pool (two threads on
        // a 2-core machine) CPU-heavy tests running alongside could stall every answer for seconds.
        if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, *) {
            Task(executorPreference: HandlerExecutor.shared, operation: run)
        } else {
            Task(operation: run)
        }
        while done.wait(timeout: .now() + .milliseconds(10)) == .timedOut {
            if state.withLock({ $0.stopped }) { return nil }
        }
        return result.current
    }

    /// Unregisters and closes a connection. Unregistering first, under the lock, means stop()
    /// can never shut down a descriptor number that was already reused elsewhere.
    func release(_ fd: Int32) {
        state.withLock { _ = $0.openFDs.remove(fd) }
        close(fd)
    }

    func stop() {
        stopLock.lock()
        defer { stopLock.unlock() }
        let openFDs: Set<Int32>? = state.withLock { state in
            guard !state.stopped else { return nil }
            state.stopped = true
            // Shut down while holding the lock: owners close only after unregistering under it.
            for fd in state.openFDs { shutdown(fd, Int32(SHUT_RDWR)) }
            return state.openFDs
        }
        guard openFDs != nil else { return }
        close(wakeWrite)
        threads.wait()
        close(listenFD)
        close(wakeRead)
    }
}
