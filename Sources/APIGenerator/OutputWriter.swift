import Foundation

/// Writes generated files into a folder so that a reader never sees a half-written file: every
/// file is first written to a staging folder beside the output, then renamed into place.
/// Files whose bytes did not change are not touched, so their timestamps stay and builds that
/// depend on them do not rerun.
public enum OutputWriter {
    public struct Report: Sendable, Hashable {
        public var written: [String] = []
        public var unchanged: [String] = []
        /// Files of the part that the spec no longer generates (its shards before it grew or shrank).
        public var removed: [String] = []
    }

    /// With `part`, also removes the files of that part that `files` no longer has (``OutputLayout/isFileName(_:of:)``),
    /// so a folder never keeps a stale shard beside the new ones.
    public static func write(_ files: [GeneratedFile], to directory: URL, part: OutputPart? = nil) throws -> Report {
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
        guard !changed.isEmpty else {
            try removeStale(of: part, keeping: files, in: directory, report: &report)
            return report
        }

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
        // After the new files are in place, so a reader sees the old shards until then.
        try removeStale(of: part, keeping: files, in: directory, report: &report)
        return report
    }

    private static func removeStale(of part: OutputPart?, keeping files: [GeneratedFile], in directory: URL, report: inout Report) throws {
        guard let part else { return }
        let kept = Set(files.map(\.name))
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        where OutputLayout.isFileName(name, of: part) && !kept.contains(name) {
            try FileManager.default.removeItem(at: directory.appending(path: name))
            report.removed.append(name)
        }
    }
}
