import APIGenJSON
import APIGenSpec

/// One difference between two versions of a spec, as the callers of the API (the requests they
/// send) and of the generated Swift (the code they compile) see it.
public struct SpecChange: Sendable, Hashable, CustomStringConvertible {
    /// What the change does to callers, worst first.
    public enum Impact: String, Sendable, CaseIterable, Comparable {
        /// Code that compiled against the old client may not compile, or a request that worked may
        /// now be refused: an operation, field or enum value removed, a type changed, a request
        /// field newly required, a request constraint tightened, a path or method changed.
        case breaking
        /// Something new that old code does not use: an operation, an optional field, an enum value
        /// (enums are open: an unknown value decodes as `.unknown`), a request constraint loosened.
        case additive
        /// Neither: documentation, examples, constraints of answers (checked only on demand).
        case compatible

        public static func < (lhs: Impact, rhs: Impact) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Which spec the location points into: the old one for what was removed, else the new one.
    public enum Side: String, Sendable {
        case old, new
    }

    public var impact: Impact
    public var side: Side
    /// The JSON pointer of what changed, in the spec of ``side``.
    public var path: JSONPath
    /// What changed and what it means for callers, in one sentence.
    public var message: String

    public init(_ impact: Impact, _ side: Side, at path: JSONPath, _ message: String) {
        self.impact = impact
        self.side = side
        self.path = path
        self.message = message
    }

    /// `breaking #/operations/deleteServer: operation 'deleteServer' removed …`
    public var description: String { "\(impact.rawValue) #\(path.pointer): \(message)" }
}
