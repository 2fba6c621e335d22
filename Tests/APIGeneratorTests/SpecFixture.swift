import APIGenSpec
import APIGenerator
import Foundation
import Testing

/// A minimal valid spec (one model, one operation) and edits of it, for tests of one mistake each.
///
/// The text is fixed so that tests can name the line and column a diagnostic points at.
enum SpecFixture {
    static let fileName = "pets.json"

    static let minimal = #"""
        {
          "formatVersion": 1,
          "info": {"title": "Pets", "version": "1.0.0"},
          "module": {"name": "Pets", "version": "0.1.0", "client": "PetsClient", "protocol": "PetsAPI"},
          "server": {"baseURL": "https://api.example.com"},
          "envelope": {"resultField": "result", "errorsField": "errors", "errorCodeField": "code", "errorMessageField": "message"},
          "models": {
            "Pet": {
              "kind": "object",
              "fields": {
                "name": {"type": "string", "required": true}
              }
            }
          },
          "operations": {
            "getPet": {
              "method": "GET",
              "path": "/pets/{id}",
              "parameters": {
                "id": {"in": "path", "type": "string"}
              },
              "response": {"status": 200, "result": {"ref": "Pet"}}
            }
          }
        }

        """#

    /// The minimal spec with each `old` text replaced by its `new` text, in order; each `old`
    /// must occur exactly once, so an edit never lands somewhere unintended.
    static func spec(_ edits: KeyValuePairs<String, String>) throws -> String {
        var text = minimal
        for (old, new) in edits {
            let count = text.components(separatedBy: old).count - 1
            guard count == 1 else { throw FixtureError(message: "'\(old)' occurs \(count) times in the fixture, not once") }
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    /// The minimal spec with the model's `name` field replaced by `field` (a field's JSON text),
    /// for tests of one field-level mistake (the field starts at line 11, column 17).
    static func withField(_ field: String) throws -> String {
        try spec([#"{"type": "string", "required": true}"#: field])
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// Every diagnostic `Generator.generate` reports for a spec; empty when it generates.
func diagnostics(_ data: Data) -> [SpecDiagnostic] {
    do {
        _ = try Generator.generate(specData: data, fileName: SpecFixture.fileName)
        return []
    } catch {
        return error.diagnostics
    }
}

func diagnostics(_ text: String) -> [SpecDiagnostic] { diagnostics(Data(text.utf8)) }

/// One diagnostic a test expects: the message, where it points (line, column, JSON pointer), and
/// the text found there, which shows at a glance that the position is the intended one.
struct ExpectedDiagnostic: Sendable, CustomTestStringConvertible {
    var message: String
    var line: Int
    var column: Int
    var pointer: String
    var token: [UInt8]

    init(_ message: String, line: Int, column: Int, pointer: String, at token: String) {
        self.init(message, line: line, column: column, pointer: pointer, atBytes: Array(token.utf8))
    }

    init(_ message: String, line: Int, column: Int, pointer: String, atBytes token: [UInt8]) {
        self.message = message
        self.line = line
        self.column = column
        self.pointer = pointer
        self.token = token
    }

    var testDescription: String { "\(line):\(column) \(pointer)" }
}

/// Expects exactly `expected`, in order, for `data`: each message, file, line, column and pointer,
/// the compiler-style line they print as, and that each position really holds its token.
func expectDiagnostics(_ data: Data, _ expected: [ExpectedDiagnostic], sourceLocation: SourceLocation = #_sourceLocation) {
    let found = diagnostics(data)
    #expect(found.count == expected.count, "\(found.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
    for (diagnostic, wanted) in zip(found, expected) {
        #expect(diagnostic.message == wanted.message, sourceLocation: sourceLocation)
        #expect(diagnostic.location.file == SpecFixture.fileName, sourceLocation: sourceLocation)
        #expect(diagnostic.location.position?.line == wanted.line, sourceLocation: sourceLocation)
        #expect(diagnostic.location.position?.column == wanted.column, sourceLocation: sourceLocation)
        #expect(diagnostic.location.path.pointer == wanted.pointer, sourceLocation: sourceLocation)
        #expect(
            diagnostic.description == "\(SpecFixture.fileName):\(wanted.line):\(wanted.column): error: \(wanted.message) (at #\(wanted.pointer))",
            sourceLocation: sourceLocation
        )
        if let offset = diagnostic.location.position?.offset {
            let rest = data.dropFirst(offset)
            #expect(rest.starts(with: wanted.token),
                    "found \(String(decoding: rest.prefix(20), as: UTF8.self)) at \(wanted.line):\(wanted.column)", sourceLocation: sourceLocation)
        }
    }
}

func expectDiagnostics(_ text: String, _ expected: [ExpectedDiagnostic], sourceLocation: SourceLocation = #_sourceLocation) {
    expectDiagnostics(Data(text.utf8), expected, sourceLocation: sourceLocation)
}

/// Expects exactly one diagnostic.
func expectDiagnostic(_ text: String, _ expected: ExpectedDiagnostic, sourceLocation: SourceLocation = #_sourceLocation) {
    expectDiagnostics(Data(text.utf8), [expected], sourceLocation: sourceLocation)
}

/// Folders the tests read: this package's root, found from this file's path.
enum PackagePaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let snapshots = testsFolder.appending(path: "Snapshots")
    static let spec = root.appending(path: "spec/mcp-servers.json")
    static let generated = root.appending(path: "Generated")
}

/// A fresh temporary folder, removed when `body` returns.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appending(path: "apigen-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// The same for async bodies (tests that run the `apigen` executable).
func withTemporaryFolder<T>(_ body: (URL) async throws -> T) async throws -> T {
    let folder = FileManager.default.temporaryDirectory.appending(path: "apigen-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try await body(folder)
}
