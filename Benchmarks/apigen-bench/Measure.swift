import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Consumes a value so the optimiser cannot drop the work that produced it.
@inline(never) @_optimize(none)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// Timings of one benchmark, in seconds.
struct Samples {
    var seconds: [Double]
    /// CPU time (user + system, whole process) per sample: far below `seconds` means the machine was busy.
    var cpuSeconds: [Double] = []

    var cpuMedian: Double { Samples(seconds: cpuSeconds).median }

    var median: Double {
        guard !seconds.isEmpty else { return .nan }
        let sorted = seconds.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var minimum: Double { seconds.min() ?? .nan }
    var maximum: Double { seconds.max() ?? .nan }
    var count: Int { seconds.count }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}

/// Runs `body` `warmup` times untimed, then `repetitions` times timed (each sample divided by `batch`,
/// the number of operations `body` performs per call).
func measure<T>(repetitions: Int, warmup: Int = 1, batch: Int = 1, _ body: () throws -> T) rethrows -> Samples {
    let clock = ContinuousClock()
    for _ in 0..<warmup { blackHole(try body()) }
    var samples = Samples(seconds: [])
    for _ in 0..<repetitions {
        let cpuStart = processCPUSeconds()
        let start = clock.now
        let result = try body()
        let elapsed = clock.now - start
        let cpu = processCPUSeconds() - cpuStart
        blackHole(result)
        samples.seconds.append(elapsed.seconds / Double(batch))
        samples.cpuSeconds.append(cpu / Double(batch))
    }
    return samples
}

/// Samples `first` and `second` alternately (`first`, `second`, `first`, …), so that a slow phase
/// of a noisy machine lands on both and the ratio of their medians stays fair; each sample is
/// divided by `batch`. On the main actor, like main.swift, for calls through the generated client.
@MainActor
func measureAlternately<A, B>(repetitions: Int, warmup: Int = 1, batch: Int = 1,
                              _ first: () async throws -> A, _ second: () async throws -> B) async rethrows -> (Samples, Samples) {
    for _ in 0..<warmup {
        blackHole(try await first())
        blackHole(try await second())
    }
    var samples = (Samples(seconds: []), Samples(seconds: []))
    for _ in 0..<repetitions {
        try await sample(first, batch: batch, into: &samples.0)
        try await sample(second, batch: batch, into: &samples.1)
    }
    return samples
}

@MainActor
private func sample<T>(_ body: () async throws -> T, batch: Int, into samples: inout Samples) async rethrows {
    let clock = ContinuousClock()
    let cpuStart = processCPUSeconds()
    let start = clock.now
    let result = try await body()
    let elapsed = clock.now - start
    let cpu = processCPUSeconds() - cpuStart
    blackHole(result)
    samples.seconds.append(elapsed.seconds / Double(batch))
    samples.cpuSeconds.append(cpu / Double(batch))
}

/// User + system CPU time of this process so far, in seconds.
func processCPUSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Peak resident set size of this process, in MiB.
func peakResidentMegabytes() -> Double {
    #if os(Linux)
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Double($0) }
            if let kilobytes = digits { return kilobytes / 1024 }
        }
    }
    return .nan
    #else
    var usage = rusage()
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / (1024 * 1024) // bytes on macOS
    #endif
}

/// Stops the benchmark with a message on standard error.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("apigen-bench: error: \(message)\n".utf8))
    exit(1)
}
