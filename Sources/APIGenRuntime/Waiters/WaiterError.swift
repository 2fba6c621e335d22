/// Why waiting for a state ended without reaching it.
public enum WaiterError<Output: Sendable>: Error, Sendable {
    /// The polled result reached a state the spec calls a failure; it carries that result.
    case failed(Output)
    /// The timeout passed before a success or failure state; `lastSeen` is the last result polled.
    case timedOut(after: Duration, lastSeen: Output)
    /// A poll failed: the call's own error, which ends the wait (the client already retried what
    /// its retry policy allows).
    case request(APIClientError)
    /// The waiting task was cancelled; no further call is made.
    case cancelled
}
