import Foundation

/// Compiled regular expressions, shared; spec patterns are few and reused on every call.
final class PatternCache: @unchecked Sendable {
    static let shared = PatternCache()

    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]

    /// Whether `value` contains a match (JSON Schema patterns are not implicitly anchored).
    /// A pattern that does not compile matches nothing; the generator refuses such specs.
    func matches(_ value: String, pattern: String) -> Bool {
        guard let expression = expression(for: pattern) else { return false }
        let range = NSRange(value.startIndex..., in: value)
        return expression.firstMatch(in: value, options: [], range: range) != nil
    }

    func expression(for pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = compiled[pattern] { return cached }
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
        compiled[pattern] = expression
        return expression
    }
}
