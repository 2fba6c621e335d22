/// That an operation, parameter, field or model is deprecated: still served, but to be moved away
/// from. The spec format's `"deprecated": true` or `"deprecated": "<message>"`; tools show it in help.
public struct Deprecation: Sendable, Hashable {
    /// What to use instead, or why; `nil` when the spec gives no message.
    public var message: String?

    public init(message: String? = nil) {
        self.message = message
    }

    /// `(deprecated)` or `(deprecated: <message>)`, as help shows it.
    public var note: String {
        "(deprecated" + (message.map { ": " + $0 } ?? "") + ")"
    }
}
