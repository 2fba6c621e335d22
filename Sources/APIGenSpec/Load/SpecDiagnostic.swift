import APIGenJSON
import Foundation

/// One problem in a spec: where it is and what was expected.
public struct SpecDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public var location: SpecLocation
    public var message: String

    /// Messages quote the offending text; a hostile spec can make that megabytes long, so long
    /// messages are cut (the location still says exactly where).
    public static let maximumMessageLength = 500

    public init(location: SpecLocation, message: String) {
        self.location = location
        self.message = message.count > Self.maximumMessageLength
            ? String(message.prefix(Self.maximumMessageLength)) + "… (\(message.count) characters)" : message
    }

    /// Compiler style, so editors can jump to it: `spec/x.json:12:5: error: … (at #/models/Foo)`.
    public var description: String {
        let place = location.position.map { "\(location.file):\($0.line):\($0.column)" } ?? location.file
        return "\(place): error: \(message) (at #\(location.path.pointer))"
    }
}

/// A spec that could not be loaded or did not validate; every problem found, in file order.
public struct SpecError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [SpecDiagnostic]

    public init(diagnostics: [SpecDiagnostic]) {
        self.diagnostics = diagnostics.sorted { lhs, rhs in
            (lhs.location.position?.offset ?? Int.max, lhs.message) < (rhs.location.position?.offset ?? Int.max, rhs.message)
        }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    /// The same diagnostics with line and column filled in from the spec's bytes.
    public func resolvingPositions(in source: Data) -> SpecError {
        guard diagnostics.contains(where: { $0.location.position == nil }),
              let parsed = try? JSONParser.parseWithLocations(source, options: SpecLoader.parseOptions)
        else { return self }
        return SpecError(diagnostics: diagnostics.map { diagnostic in
            var resolved = diagnostic
            let path = diagnostic.location.path
            if resolved.location.position == nil {
                resolved.location.position = diagnostic.location.prefersKey
                    ? parsed.locations.keyLocation(at: path) ?? parsed.locations.valueLocation(at: path)
                    : parsed.locations.valueLocation(at: path)
            }
            return resolved
        })
    }
}
