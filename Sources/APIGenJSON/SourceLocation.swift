/// A position in a JSON document, for messages that point people at the right spot.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The line, starting at 1. A line ends at LF, CRLF or a lone CR.
    public var line: Int
    /// The column, starting at 1, counted in Unicode scalars from the start of the line
    /// (so `"é": x` puts `x` in the same column an editor shows, not a byte column).
    public var column: Int
    /// The byte offset from the start of the document, starting at 0.
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `line:column`, e.g. `12:5`.
    public var description: String { "\(line):\(column)" }
}

/// Turns byte offsets into lines and columns by walking the bytes once, front to back.
///
/// Offsets must be asked for in increasing order; the parser records locations in document
/// order, so recording every value costs one pass over the input in total.
struct LineCounter {
    private(set) var offset = 0
    private(set) var line = 1
    private(set) var column = 1

    var location: SourceLocation { SourceLocation(line: line, column: column, offset: offset) }

    mutating func advance(to target: Int, in bytes: UnsafePointer<UInt8>, count: Int) {
        var index = offset
        while index < target {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte == 0x0D {
                // In CRLF the LF ends the line; a lone CR ends it by itself.
                if !(index + 1 < count && bytes[index + 1] == 0x0A) {
                    line += 1
                    column = 1
                }
            } else if byte & 0xC0 != 0x80 {
                // Count scalars, not bytes: continuation bytes do not start a new column.
                column += 1
            }
            index += 1
        }
        offset = max(offset, target)
    }

    /// The location of `offset`, counted from the start of `bytes`.
    static func location(of offset: Int, in bytes: UnsafePointer<UInt8>, count: Int) -> SourceLocation {
        var counter = LineCounter()
        counter.advance(to: offset, in: bytes, count: count)
        return counter.location
    }
}
