#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif
import Foundation

/// `@PATH` and `@-` arguments: a value read from a file or from standard input instead of the
/// command line, where `ps` would show it.
///
/// Reads through a file handle, so anything readable works: regular files, pipes, `/dev/stdin`,
/// process substitution (`<(…)`, a `/dev/fd/N` pipe).
enum ArgumentFile {
    /// The most read from one argument file; a body or a secret is far smaller.
    static let limit = 16 * 1024 * 1024
    static let standardInput = "-"

    /// The path of `text` when it is `@PATH` or `@-`, else nil.
    static func reference(_ text: String) -> String? {
        text.hasPrefix("@") ? String(text.dropFirst()) : nil
    }

    /// The contents of `path` (`-`: standard input), or a message saying why they cannot be read.
    static func read(_ path: String) -> Result<Data, ReadFailure> {
        let handle: FileHandle
        if path == standardInput {
            handle = FileHandle.standardInput
        } else {
            switch open(path) {
            case .success(let opened): handle = opened
            case .failure(let failure): return .failure(failure)
            }
        }
        defer { if path != standardInput { try? handle.close() } }
        do {
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            guard data.count <= limit else {
                return .failure(ReadFailure(message: "'\(path)' is larger than \(limit) bytes"))
            }
            return .success(data)
        } catch {
            return .failure(ReadFailure(message: "cannot read '\(path)': \(error.localizedDescription)"))
        }
    }

    /// `path` opened for reading, or why not: `cannot read 'PATH': no such file or directory`
    /// (or `permission denied`, `is a directory`: the system's reason, which a bare "cannot read" hides).
    private static func open(_ path: String) -> Result<FileHandle, ReadFailure> {
        func failure(_ code: Int32) -> Result<FileHandle, ReadFailure> {
            let reason = String(cString: strerror(code)).lowercased()
            return .failure(ReadFailure(message: "cannot read '\(path)': \(reason)"))
        }
        let descriptor = path.withCString { systemOpen($0, O_RDONLY) }
        guard descriptor >= 0 else { return failure(errno) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            return failure(EISDIR)
        }
        return .success(FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
    }

    /// A secret read from `path` as text: one final line break (`echo … > file`) is not part of it.
    static func secret(_ path: String) -> Result<String, ReadFailure> {
        read(path).map { data in
            var text = String(decoding: data, as: UTF8.self)
            if text.hasSuffix("\r\n") || text.hasSuffix("\n") { text.removeLast() }  // "\r\n" is one Character
            return text
        }
    }

    struct ReadFailure: Error {
        var message: String
    }
}

/// The C library's `open`, under a name the enum's own `open` does not hide.
private func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32) -> Int32 {
    open(path, flags)
}
