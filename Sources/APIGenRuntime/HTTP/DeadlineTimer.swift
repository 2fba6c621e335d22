import Foundation

/// A one-shot timer that is released the moment it is cancelled.
///
/// `DispatchQueue.asyncAfter` keeps a cancelled work item queued until its deadline (60 s by
/// default), so every finished call left one behind; a cancelled dispatch source is freed at once.
final class DeadlineTimer: @unchecked Sendable {
    // @unchecked: a dispatch source is thread-safe.

    /// How many timers of one owner exist, for tests that prove none are left behind.
    final class Count: @unchecked Sendable {
        // @unchecked: `value` is guarded by `lock`.
        private let lock = NSLock()
        private var value = 0

        var current: Int {
            lock.lock()
            defer { lock.unlock() }
            return value
        }

        fileprivate func add(_ change: Int) {
            lock.lock()
            value += change
            lock.unlock()
        }
    }

    private let source: any DispatchSourceTimer
    private let count: Count

    init(after seconds: Double, on queue: DispatchQueue, counting count: Count, handler: @escaping @Sendable () -> Void) {
        source = DispatchSource.makeTimerSource(queue: queue)
        source.schedule(deadline: .now() + seconds, leeway: .milliseconds(1))
        source.setEventHandler(handler: handler)
        self.count = count
        count.add(1)
        source.resume()
    }

    /// Stops the timer if it has not fired; the handler (and what it captures) is released.
    func cancel() { source.cancel() }

    deinit {
        source.cancel()
        count.add(-1)
    }
}
