/// Runs of spaces for indentation, shared so that indenting allocates nothing.
enum Indentation {
    private static let cached = (0..<32).map { String(repeating: " ", count: $0) }

    /// `count` spaces.
    static func spaces(_ count: Int) -> String {
        count < cached.count ? cached[count] : String(repeating: " ", count: count)
    }
}
