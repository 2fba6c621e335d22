import APIGenRuntime
import Foundation
import SpecDrivenTesting
import Testing
import TestSupport

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same sequence on every platform, so
/// a failing fuzz case can be replayed from its seed and case number.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (bound > 0). The modulo bias is irrelevant for fuzzing.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// True with probability `numerator / denominator`.
    mutating func chance(_ numerator: Int, in denominator: Int) -> Bool { below(denominator) < numerator }

    mutating func pick<T>(_ elements: [T]) -> T { elements[below(elements.count)] }
}

/// Files of the repository, found from this source file so tests do not depend on the working directory.
enum Repository {
    /// `Tests/HardeningTests/`
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// The package root.
    static let root = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let fixturesFolder = testsFolder.appending(path: "Fixtures")
}

/// Whether this is a CI run (`CI` set, as CI services do): slow tests and full fuzz counts run.
let isContinuousIntegration = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false

/// Local runs fuzz this share of the full count, to keep `swift test` near 3 minutes on 2 cores.
let localFuzzShare = 4

/// How many fuzz cases each API under test gets: `APIGEN_FUZZ_CASES` if set, else `fullTotal` on CI
/// and a quarter of it locally (saying so, with how to run all), shared evenly among the APIs, so
/// that a second API does not make the run longer.
func fuzzCasesPerAPI(fullTotal: Int, suite: String) -> Int {
    let given = ProcessInfo.processInfo.environment["APIGEN_FUZZ_CASES"].flatMap { Int($0) }
    let total = given ?? (isContinuousIntegration ? fullTotal : fullTotal / localFuzzShare)
    if total < fullTotal {
        print("\(suite): \(total) of \(fullTotal) fuzz cases in this local run; CI=true or APIGEN_FUZZ_CASES=\(fullTotal) swift test --filter \(suite) runs them all")
    }
    return max(1, total / APIUnderTest.all.count)
}

/// Runs `body` and returns the APIClientError it threw (nil if it succeeded). The client's
/// methods throw only `APIClientError` (typed throws); anything else is recorded as a failure.
func apiError<T>(_ body: () async throws -> T, sourceLocation: Testing.SourceLocation = #_sourceLocation) async -> APIClientError? {
    do {
        _ = try await body()
        return nil
    } catch let error as APIClientError {
        return error
    } catch {
        Issue.record("not an APIClientError: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Every way a value can be printed: what ends up in logs, crash reports and test output.
func allRenderings(_ value: Any) -> [String] {
    var dumped = ""
    dump(value, to: &dumped)
    return [String(describing: value), String(reflecting: value), "\(value)", dumped]
}

/// Runs `body` on a thread of its own (not the test's: a CPU-bound loop must not occupy the
/// cooperative pool the loopback server's handlers also need) and returns false when it does not
/// finish within `limit`, instead of hanging the whole test run.
func finishesInTime(_ limit: Duration, _ body: @escaping @Sendable () -> Void) async -> Bool {
    await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
        let resumed = LockedValue(false)
        let resume: @Sendable (Bool) -> Void = { finished in
            let first = resumed.withLock { done in defer { done = true }; return !done }
            if first { continuation.resume(returning: finished) }
        }
        let thread = Thread {
            body()
            resume(true)
        }
        thread.stackSize = 8 << 20
        thread.start()
        DispatchQueue.global().asyncAfter(deadline: .now() + limit.milliseconds / 1000) { resume(false) }
    }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}
