import Foundation

/// A one-shot timer that is released the moment it is cancelled.
///
/// `DispatchQueue.asyncAfter` keeps a cancelled work item queued until its deadline (60 s by
/// default), so every finished call left one behind; a cancelled dispatch source is freed at once.
final class DeadlineTimer: @unchecked Sendable {
    // @unchecked: a dispatch source is thread-safe; `liveCount` is guarded by `liveLock`.
    private static let liveLock = NSLock()
    nonisolated(unsafe) private static var liveCount = 0

    /// Timers created and not yet released, for tests that prove none are left behind.
    static var live: Int {
        liveLock.lock()
        defer { liveLock.unlock() }
        return liveCount
    }

    private let source: any DispatchSourceTimer

    init(after seconds: Double, on queue: DispatchQueue, handler: @escaping @Sendable () -> Void) {
        source = DispatchSource.makeTimerSource(queue: queue)
        source.schedule(deadline: .now() + seconds, leeway: .milliseconds(1))
        source.setEventHandler(handler: handler)
        Self.count(+1)
        source.resume()
    }

    /// Stops the timer if it has not fired; the handler (and what it captures) is released.
    func cancel() { source.cancel() }

    deinit {
        source.cancel()
        Self.count(-1)
    }

    private static func count(_ change: Int) {
        liveLock.lock()
        liveCount += change
        liveLock.unlock()
    }
}
