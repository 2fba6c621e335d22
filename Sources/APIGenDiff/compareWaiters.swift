import APIGenJSON
import APIGenSpec

extension SpecComparison {
    /// A removed waiter takes its `waitUntil…` method away; one that polls another operation takes
    /// that operation's arguments. What it compares and how long it waits between polls change
    /// when the method returns, not how it is called.
    mutating func compareWaiters() {
        let waiters = match(old.waiters, new.waiters, by: \.name)
        for waiter in waiters.removed {
            record(.breaking, .old, at: waiter.location.path, "waiter '\(waiter.name)' removed: its waitUntil method is gone")
        }
        for (before, after) in waiters.kept {
            let path = after.location.path
            let name = "waiter '\(after.name)'"
            if before.operation != after.operation {
                record(.breaking, .new, at: path + "operation",
                       "\(name) polls '\(after.operation)' instead of '\(before.operation)': its method takes that operation's arguments")
            }
            if before.field != after.field || before.success != after.success || before.failure != after.failure {
                record(.compatible, .new, at: path, "\(name) waits for another state: callers may return at another moment")
            }
            if before.minDelay != after.minDelay || before.maxDelay != after.maxDelay {
                record(.compatible, .new, at: path, "\(name) waits \(after.minDelay) to \(after.maxDelay) seconds between polls (was \(before.minDelay) to \(before.maxDelay))")
            }
        }
        for waiter in waiters.added {
            record(.additive, .new, at: waiter.location.path, "waiter '\(waiter.name)' added")
        }
    }
}
