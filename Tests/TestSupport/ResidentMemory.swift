import Foundation

/// The process's resident memory, sampled on a thread of its own while some work runs, for tests
/// and benchmarks that bound memory by measuring it (never by timing).
public final class ResidentMemorySampler: @unchecked Sendable {
    // @unchecked: `peak` and `running` are guarded by `lock`.
    private let lock = NSLock()
    private var peak = 0
    private var running = true
    private let finished = DispatchSemaphore(value: 0)

    /// Starts sampling every `intervalMicroseconds`.
    public init(intervalMicroseconds: UInt32 = 500) {
        peak = Self.current()
        let thread = Thread { [self] in
            while true {
                let sample = Self.current()
                lock.lock()
                peak = max(peak, sample)
                let keepGoing = running
                lock.unlock()
                if !keepGoing { break }
                usleep(intervalMicroseconds)
            }
            finished.signal()
        }
        thread.start()
    }

    /// Stops sampling; returns the highest resident size seen, in bytes.
    public func stop() -> Int {
        lock.lock()
        running = false
        lock.unlock()
        finished.wait()
        return peak
    }

    /// Whether this process runs under ThreadSanitizer, whose shadow memory grows resident memory
    /// several times over what the code itself holds: a memory bound measured then means nothing.
    public static let isThreadSanitized: Bool = {
        guard let program = dlopen(nil, RTLD_NOW) else { return false }
        defer { dlclose(program) }
        return dlsym(program, "__tsan_init") != nil
    }()

    /// Resident bytes now (Linux: /proc/self/statm; elsewhere the peak so far, from getrusage).
    public static func current() -> Int {
        #if os(Linux)
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
        var usage = rusage()
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss)
        #endif
    }
}
