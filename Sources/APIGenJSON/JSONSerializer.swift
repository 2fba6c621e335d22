import Foundation

/// Writes ``JSONValue``s as JSON text (UTF-8).
///
/// Numbers print their literal text, objects their members in order (or sorted by key),
/// strings escape only what JSON requires (`"`, `\`, control characters) and keep non-ASCII
/// as raw UTF-8, so output is compact and stable.
public enum JSONSerializer {
    /// Output format.
    public struct Options: Sendable, Hashable {
        /// Order object members by the Unicode scalars of their keys (like `JSONSerialization`).
        public var sortedKeys: Bool
        /// Two-space indentation, one member or element per line, `"key": value`.
        /// No newline is added after the last line.
        public var prettyPrinted: Bool

        public init(sortedKeys: Bool = false, prettyPrinted: Bool = false) {
            self.sortedKeys = sortedKeys
            self.prettyPrinted = prettyPrinted
        }
    }

    /// `value` as UTF-8 JSON text.
    public static func serialize(_ value: JSONValue, options: Options = .init()) -> [UInt8] {
        var writer = JSONWriter(options: options)
        writer.write(value)
        return writer.output
    }

    /// `value` as UTF-8 JSON text.
    public static func data(_ value: JSONValue, options: Options = .init()) -> Data {
        Data(serialize(value, options: options))
    }

    /// `value` as JSON text.
    public static func string(_ value: JSONValue, options: Options = .init()) -> String {
        String(decoding: serialize(value, options: options), as: UTF8.self)
    }
}

/// Appends JSON text to one growing byte array.
///
/// Walks the value with an explicit stack rather than recursion, so that serializing never
/// needs more thread stack than parsing did (debug builds use large frames per call).
struct JSONWriter {
    var output: [UInt8] = []
    let sortedKeys: Bool
    let prettyPrinted: Bool

    /// An array or object being written, and how many of its items are written.
    /// (A struct rather than an enum so `written` can be bumped in place.)
    private struct Open {
        var elements: [JSONValue] = []
        var members: [JSONObject.Member] = []
        var isObject: Bool
        var written = 0
    }

    init(options: JSONSerializer.Options) {
        sortedKeys = options.sortedKeys
        prettyPrinted = options.prettyPrinted
        output.reserveCapacity(4096)
    }

    mutating func write(_ value: JSONValue) {
        var open: [Open] = []
        var next: JSONValue? = value
        while true {
            if let value = next {
                switch value {
                case .null:
                    append("null")
                case .bool(let flag):
                    append(flag ? "true" : "false")
                case .number(let number):
                    output.append(contentsOf: number.text.utf8)
                case .string(let string):
                    writeString(string)
                case .array(let elements):
                    if elements.isEmpty {
                        append("[]")
                    } else {
                        output.append(UInt8(ascii: "["))
                        open.append(Open(elements: elements, isObject: false))
                    }
                case .object(let object):
                    if object.isEmpty {
                        append("{}")
                    } else {
                        output.append(UInt8(ascii: "{"))
                        open.append(Open(members: sortedKeys ? object.sortedByKey().members : object.members, isObject: true))
                    }
                }
            }
            // Move on to the next item of the innermost open container, closing finished ones.
            // (Fields are read through `open[top]` rather than a copy of the frame, which would
            // retain and release its arrays for every item.)
            guard !open.isEmpty else { return }
            let top = open.count - 1
            let written = open[top].written
            let isObject = open[top].isObject
            guard written < (isObject ? open[top].members.count : open[top].elements.count) else {
                open.removeLast()
                newline(depth: open.count)
                output.append(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
                next = nil
                continue
            }
            if written > 0 { output.append(UInt8(ascii: ",")) }
            newline(depth: open.count)
            if isObject {
                writeString(open[top].members[written].key)
                output.append(UInt8(ascii: ":"))
                if prettyPrinted { output.append(UInt8(ascii: " ")) }
                next = open[top].members[written].value
            } else {
                next = open[top].elements[written]
            }
            open[top].written = written + 1
        }
    }

    private mutating func newline(depth: Int) {
        guard prettyPrinted else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private mutating func append(_ text: StaticString) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes `string` quoted, copying runs of plain bytes at once and escaping the rest.
    mutating func writeString(_ string: String) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            for position in 0..<utf8.count {
                let byte = utf8[position]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<position]))
                runStart = position + 1
                output.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
                case 0x08: output.append(UInt8(ascii: "b"))
                case 0x0C: output.append(UInt8(ascii: "f"))
                case 0x0A: output.append(UInt8(ascii: "n"))
                case 0x0D: output.append(UInt8(ascii: "r"))
                case 0x09: output.append(UInt8(ascii: "t"))
                default:
                    let hexDigits: StaticString = "0123456789abcdef"
                    output.append(contentsOf: [
                        UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                        hexDigits.utf8Start[Int(byte >> 4)], hexDigits.utf8Start[Int(byte & 0x0F)],
                    ])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}

extension JSONValue: CustomStringConvertible {
    /// The value as compact JSON text.
    public var description: String { JSONSerializer.string(self) }
}
