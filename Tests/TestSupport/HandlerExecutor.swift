import Dispatch

/// Runs the loopback server's async handlers on threads of their own (a private concurrent
/// queue, which is overcommitting), independent of the Swift concurrency pool.
@available(macOS 15, iOS 18, tvOS 18, watchOS 11, *)
final class HandlerExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = HandlerExecutor()

    private let queue = DispatchQueue(label: "LoopbackHTTPServer.handlers", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
