import Foundation

/// What a generic caller gets from an operation whose answer is not JSON: its text as a JSON string. (The command-line
/// tool writes the content itself; see ``OperationDescriptor/resultContentType``.)
@_spi(Generated) public func contentJSON(_ text: String) -> JSONValue { .string(text) }

/// What a generic caller gets from an operation whose answer is bytes: a JSON string of their base64, as JSON carries bytes.
@_spi(Generated) public func contentJSON(_ data: Data) -> JSONValue { .string(data.base64EncodedString()) }
