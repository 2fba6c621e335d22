/// Wall-clock bounds for the tests that prove a deadline or a cancellation acted.
///
/// On a 2-core CI machine, tests running in parallel (a fixture package compiling, fuzzing, a
/// ThreadSanitizer build) can delay a resumed task by many seconds, so a tight bound fails for
/// reasons that have nothing to do with the code under test. A server that answers only after
/// `serverDelay`, and a bound of half that, still prove that the client gave up on its own.
public enum TimingBounds {
    /// How long a deliberately slow loopback server waits before it answers.
    public static let serverDelay: Duration = .seconds(120)
    /// The most a timeout or a cancellation may take: far below `serverDelay`, far above any stall.
    public static let promptly: Duration = .seconds(60)
    /// The time limit of an exchange that should succeed: a loaded machine stalls a 2 MB round trip
    /// on loopback past 5 s (seen in a CI run beside four builds), and a tight limit fails for that.
    public static let generousTimeout: Duration = .seconds(60)
}
