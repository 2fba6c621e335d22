import Foundation

/// What a finished child process printed and how it ended.
public struct ProcessOutput: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String
}

/// Runs `executable arguments…` in `folder` and waits for it without blocking a thread of the
/// concurrency pool (two threads on a 2-core machine; blocking one stalls every other test).
/// Output goes to files, so a chatty process can never fill a pipe and stall.
/// `environment` adds to (or replaces entries of) this process's environment.
public func runProcess(_ executable: URL, _ arguments: [String], in folder: URL,
                       environment: [String: String] = [:]) async throws -> ProcessOutput {
    let logs = FileManager.default.temporaryDirectory.appending(path: "apigen-process-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: logs) }
    let outputURL = logs.appending(path: "stdout")
    let errorURL = logs.appending(path: "stderr")
    try Data().write(to: outputURL)
    try Data().write(to: errorURL)
    let output = try FileHandle(forWritingTo: outputURL)
    let error = try FileHandle(forWritingTo: errorURL)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    process.currentDirectoryURL = folder
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    let status: Int32 = try await withCheckedThrowingContinuation { continuation in
        process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
        do { try process.run() } catch { continuation.resume(throwing: error) }
    }
    try output.close()
    try error.close()
    return ProcessOutput(status: status, standardOutput: try String(contentsOf: outputURL, encoding: .utf8),
                         standardError: try String(contentsOf: errorURL, encoding: .utf8))
}
