import Foundation

/// A part of a `multipart/form-data` body as a server reads it back: its headers, as sent, and its content.
public struct ReceivedPart: Sendable, Hashable {
    public var headers: [String: String]
    public var body: Data
}

/// Reads a `multipart/form-data` body back into its parts, so tests check what a server receives rather than the
/// encoder's own idea of it. Strict: anything but CRLF framing by `boundary` is `nil`.
public func parseMultipart(_ body: Data, contentType: String) -> [ReceivedPart]? {
    guard let range = contentType.range(of: "boundary=") else { return nil }
    let boundary = String(contentType[range.upperBound...])
    let delimiter = Data("\r\n--\(boundary)".utf8)
    // Prefixing CRLF makes the first delimiter look like every other one.
    var rest = Data("\r\n".utf8) + body
    var parts: [ReceivedPart] = []
    guard rest.starts(with: delimiter) else { return nil }
    rest = rest.dropFirst(delimiter.count)
    while !rest.starts(with: Data("--\r\n".utf8)) {
        guard rest.starts(with: Data("\r\n".utf8)), let end = rest.range(of: delimiter) else { return nil }
        let part = rest[rest.startIndex + 2..<end.lowerBound]
        guard let split = part.range(of: Data("\r\n\r\n".utf8)),
              let head = String(data: part[part.startIndex..<split.lowerBound], encoding: .utf8) else { return nil }
        var headers: [String: String] = [:]
        for line in head.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        parts.append(ReceivedPart(headers: headers, body: Data(part[split.upperBound...])))
        rest = rest[end.upperBound...]
    }
    return rest.count == 4 ? parts : nil
}
