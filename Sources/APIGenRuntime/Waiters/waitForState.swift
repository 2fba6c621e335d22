/// Polls `poll` until `acceptor` calls its result a success (returned) or a failure
/// (``WaiterError/failed(_:)``), sleeping ``WaiterDelays`` between polls.
///
/// Waiting ends early with ``WaiterError/timedOut(after:lastSeen:)`` once `timing.timeout` has
/// passed (the last delay is shortened so that one last poll happens at the timeout), with
/// ``WaiterError/request(_:)`` when a poll fails, and with ``WaiterError/cancelled`` as soon as
/// the task is cancelled, also during a delay.
@_spi(Generated)
public func waitForState<Output: Sendable>(
    delays: WaiterDelays,
    timing: WaiterTiming,
    acceptor: (Output) -> WaiterAcceptor,
    poll: () async throws(APIClientError) -> Output
) async throws(WaiterError<Output>) -> Output {
    var generator = SystemRandomNumberGenerator()
    let elapsed = timing.startStopwatch()
    var attempt = 0
    while true {
        if Task.isCancelled { throw .cancelled }
        let output: Output
        do {
            output = try await poll()
        } catch .cancelled {
            throw .cancelled
        } catch {
            throw .request(error)
        }
        attempt += 1
        switch acceptor(output) {
        case .success: return output
        case .failure: throw .failed(output)
        case .retry: break
        }
        let remaining = timing.timeout - elapsed()
        guard remaining > .zero else { throw .timedOut(after: timing.timeout, lastSeen: output) }
        do {
            try await timing.sleep(min(delays.delay(after: attempt, using: &generator), remaining))
        } catch {
            // Clocks' sleep throws only on cancellation.
            throw .cancelled
        }
    }
}
