import APIGenRuntime

/// A clock whose `sleep` returns at once and moves `now` on by the time asked, recording it:
/// code that waits (waiters' backoff) runs through any number of delays without a test waiting
/// for them, and the test reads the delays it would have waited.
public final class ImmediateClock: Clock, Sendable {
    public struct Instant: InstantProtocol {
        public var offset: Duration

        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (left: Instant, right: Instant) -> Bool { left.offset < right.offset }
    }

    private let state = LockedValue((now: Instant(offset: .zero), sleeps: [Duration]()))

    public init() {}

    public var now: Instant { state.current.now }
    public var minimumResolution: Duration { .nanoseconds(1) }
    /// Every duration slept, in order.
    public var sleeps: [Duration] { state.current.sleeps }

    public func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        state.withLock { state in
            state.sleeps.append(state.now.duration(to: deadline))
            state.now = max(state.now, deadline)
        }
    }
}
