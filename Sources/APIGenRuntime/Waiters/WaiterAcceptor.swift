/// What one polled result means for a waiter.
public enum WaiterAcceptor: Sendable, Hashable {
    /// The awaited state: waiting ends and returns the result.
    case success
    /// A state the awaited one can no longer follow: waiting ends with ``WaiterError/failed(_:)``.
    case failure
    /// Neither: poll again after a delay.
    case retry

    /// `success` when `value` is one of `success`, `failure` when it is one of `failure`, else
    /// `retry` (an absent value too, unless a list names `nil`).
    public init<Value: Equatable>(_ value: Value, success: [Value], failure: [Value]) {
        if success.contains(value) {
            self = .success
        } else if failure.contains(value) {
            self = .failure
        } else {
            self = .retry
        }
    }
}
