/// The delays between polls: exponential backoff with full jitter, from `minimum` up to `maximum`.
///
/// The n-th delay (from 1) is a random duration between `minimum` and
/// `min(maximum, minimum × 2^(n-1))`, as in Smithy's waiters: polls spread out as the wait goes
/// on, and clients waiting for the same resource do not poll in step.
public struct WaiterDelays: Sendable, Hashable {
    public var minimum: Duration
    public var maximum: Duration

    /// `minimum` must be positive and at most `maximum` (the spec's lint guarantees it for
    /// generated waiters).
    public init(minimum: Duration, maximum: Duration) {
        precondition(minimum > .zero && minimum <= maximum, "waiter delays must satisfy 0 < minimum <= maximum")
        self.minimum = minimum
        self.maximum = maximum
    }

    /// The delay before poll `attempt + 1`, having polled `attempt` times (1 or more).
    func delay(after attempt: Int, using generator: inout some RandomNumberGenerator) -> Duration {
        // Doubling stops once the cap is reached, so a long wait cannot overflow.
        var cap = minimum
        for _ in 1..<max(attempt, 1) where cap < maximum { cap *= 2 }
        cap = min(cap, maximum)
        let low = minimum / .nanoseconds(1)
        let high = cap / .nanoseconds(1)
        return .nanoseconds(Int64(Double.random(in: low...high, using: &generator)))
    }
}
