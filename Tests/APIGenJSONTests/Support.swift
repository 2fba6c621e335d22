import APIGenJSON

/// Swift Testing has its own `SourceLocation`; this names ours without qualifying every use.
typealias Location = APIGenJSON.SourceLocation

/// The error `JSONParser` throws for `text`, or `nil` if it parses.
func syntaxError(_ text: String, options: JSONParseOptions = .strict) -> JSONSyntaxError? {
    do {
        _ = try JSONParser.parse(text, options: options)
        return nil
    } catch {
        return error
    }
}

/// The error `JSONParser` throws for raw `bytes`, or `nil` if they parse.
func syntaxError(bytes: [UInt8], options: JSONParseOptions = .strict) -> JSONSyntaxError? {
    do {
        _ = try JSONParser.parse(bytes, options: options)
        return nil
    } catch {
        return error
    }
}

/// Parses and serializes compactly again.
func roundTrip(_ text: String) throws -> String {
    JSONSerializer.string(try JSONParser.parse(text))
}

/// A path from a JSON Pointer-like list of components, for readable expectations.
func path(_ components: JSONPath.Component...) -> JSONPath {
    JSONPath(components)
}
