/// How long a waiter waits in all, and the clock it measures and sleeps with.
///
/// The clock is injectable so that tests can run a waiter through any number of delays without
/// waiting for them (a clock whose `sleep` advances `now`).
public struct WaiterTiming: Sendable {
    /// The longest the waiter polls before ``WaiterError/timedOut(after:lastSeen:)``.
    public var timeout: Duration
    /// Starts a stopwatch on the clock: the returned closure gives the time since.
    let startStopwatch: @Sendable () -> @Sendable () -> Duration
    let sleep: @Sendable (Duration) async throws -> Void

    /// Waits at most `timeout` by the continuous clock.
    public init(timeout: Duration) {
        self.init(timeout: timeout, clock: ContinuousClock())
    }

    public init<C: Clock>(timeout: Duration, clock: C) where C.Duration == Duration {
        self.timeout = timeout
        startStopwatch = {
            let start = clock.now
            return { start.duration(to: clock.now) }
        }
        sleep = { try await clock.sleep(for: $0) }
    }
}
