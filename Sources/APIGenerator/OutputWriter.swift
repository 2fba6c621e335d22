import Foundation

/// Writes generated files into a folder so that a reader never sees a half-written file: every
/// file is first written to a staging folder beside the output, then renamed into place.
/// Files whose bytes did not change are not touched, so their timestamps stay and builds that
/// depend on them do not rerun.
public enum OutputWriter {
    public struct Report: Sendable, Hashable {
        public var written: [String] = []
        public var unchanged: [String] = []
    }

    public static func write(_ files: [GeneratedFile], to directory: URL) throws -> Report {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        var report = Report()
        var changed: [GeneratedFile] = []
        for file in files {
            let target = directory.appending(path: file.name)
            if let existing = fileManager.contents(atPath: target.path), existing == Data(file.contents.utf8) {
                report.unchanged.append(file.name)
            } else {
                changed.append(file)
            }
        }
        guard !changed.isEmpty else { return report }

        // The staging folder sits in the output folder so the renames stay on one file system (atomic).
        let staging = directory.appending(path: ".apigen-staging-\(UUID().uuidString)")
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        defer { try? fileManager.removeItem(at: staging) }
        for file in changed {
            try Data(file.contents.utf8).write(to: staging.appending(path: file.name))
        }
        for file in changed {
            let target = directory.appending(path: file.name)
            if rename(staging.appending(path: file.name).path, target.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path,
                                                               NSLocalizedDescriptionKey: "cannot move \(file.name) into \(directory.path): \(String(cString: strerror(errno)))"])
            }
            report.written.append(file.name)
        }
        return report
    }
}
