import Foundation

/// A strict RFC 8259 JSON parser working directly on UTF-8 bytes.
///
/// Accepts exactly JSON: no comments, trailing commas, `NaN`, leading zeros or byte order mark;
/// whitespace is space, tab, CR and LF. Strings must be UTF-8 and `\u` escapes must pair their
/// surrogates. Numbers keep their literal text (``JSONNumber``) and objects their member order
/// (``JSONObject``). Errors are ``JSONSyntaxError``s with a line, column and path.
///
/// Parsing does not recurse, so deep input cannot overflow the stack; depth is limited by
/// ``JSONParseOptions/maxDepth`` instead.
public enum JSONParser {
    /// Parses `bytes` as one JSON text.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer, options: JSONParseOptions = .strict
    ) throws(JSONSyntaxError) -> JSONValue {
        try run(bytes, options: options, recording: false).value
    }

    /// Parses `bytes` as one JSON text.
    public static func parse(_ bytes: [UInt8], options: JSONParseOptions = .strict) throws(JSONSyntaxError) -> JSONValue {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONSyntaxError) in try run(buffer, options: options, recording: false).value }
        }.get()
    }

    /// Parses `data` as one JSON text.
    public static func parse(_ data: Data, options: JSONParseOptions = .strict) throws(JSONSyntaxError) -> JSONValue {
        try data.withUnsafeBytes { buffer in
            Result { () throws(JSONSyntaxError) in try run(buffer, options: options, recording: false).value }
        }.get()
    }

    /// Parses the UTF-8 form of `string` as one JSON text.
    public static func parse(_ string: String, options: JSONParseOptions = .strict) throws(JSONSyntaxError) -> JSONValue {
        var string = string
        return try string.withUTF8 { buffer in
            Result { () throws(JSONSyntaxError) in
                try run(UnsafeRawBufferPointer(buffer), options: options, recording: false).value
            }
        }.get()
    }

    /// Parses `bytes` and records where every value and key starts.
    public static func parseWithLocations(
        _ bytes: UnsafeRawBufferPointer, options: JSONParseOptions = .strict
    ) throws(JSONSyntaxError) -> (value: JSONValue, locations: JSONLocations) {
        try run(bytes, options: options, recording: true)
    }

    /// Parses `bytes` and records where every value and key starts.
    public static func parseWithLocations(
        _ bytes: [UInt8], options: JSONParseOptions = .strict
    ) throws(JSONSyntaxError) -> (value: JSONValue, locations: JSONLocations) {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONSyntaxError) in try run(buffer, options: options, recording: true) }
        }.get()
    }

    /// Parses `data` and records where every value and key starts.
    public static func parseWithLocations(
        _ data: Data, options: JSONParseOptions = .strict
    ) throws(JSONSyntaxError) -> (value: JSONValue, locations: JSONLocations) {
        try data.withUnsafeBytes { buffer in
            Result { () throws(JSONSyntaxError) in try run(buffer, options: options, recording: true) }
        }.get()
    }

    /// Parses the UTF-8 form of `string` and records where every value and key starts.
    public static func parseWithLocations(
        _ string: String, options: JSONParseOptions = .strict
    ) throws(JSONSyntaxError) -> (value: JSONValue, locations: JSONLocations) {
        var string = string
        return try string.withUTF8 { buffer in
            Result { () throws(JSONSyntaxError) in
                try run(UnsafeRawBufferPointer(buffer), options: options, recording: true)
            }
        }.get()
    }

    /// The checks that need no parsing (size, emptiness, BOM), then the parse itself.
    private static func run(
        _ buffer: UnsafeRawBufferPointer, options: JSONParseOptions, recording: Bool
    ) throws(JSONSyntaxError) -> (value: JSONValue, locations: JSONLocations) {
        let start = SourceLocation(line: 1, column: 1, offset: 0)
        if let limit = options.maxBytes, buffer.count > limit {
            throw JSONSyntaxError(
                kind: .tooLarge(limit: limit), location: start, path: .root,
                message: "input of \(buffer.count) bytes is larger than the limit of \(limit) bytes")
        }
        guard let base = buffer.baseAddress, buffer.count > 0 else {
            throw JSONSyntaxError(kind: .emptyInput, location: start, path: .root, message: "empty input, expected a JSON value")
        }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        if buffer.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            // RFC 8259 §8.1: senders must not add a BOM. Say so rather than "found 'ï'".
            throw JSONSyntaxError(
                kind: .unexpectedCharacter, location: start, path: .root,
                message: "JSON text must not start with a byte order mark (U+FEFF); save the file as UTF-8 without BOM")
        }
        var core = JSONParserCore(bytes: bytes, count: buffer.count, options: options, recording: recording)
        let value = try core.parseDocument()
        return (value, core.locations)
    }
}

extension JSONValue {
    /// Parses `string` as one JSON text (strict options unless given).
    public init(parsing string: String, options: JSONParseOptions = .strict) throws(JSONSyntaxError) {
        self = try JSONParser.parse(string, options: options)
    }
}
