import Foundation

/// The arguments of one generic call: parameter values as text (as a command line gives them),
/// the body as JSON, and the call's options.
public struct OperationArguments: Sendable {
    public var parameters: [String: String]
    /// The values of array parameters (a repeated option), by parameter name, in order.
    public var lists: [String: [String]]
    public var body: JSONValue?
    /// A body that is not JSON (``BodyKind/content(mediaType:)``): its bytes, as a file gives them.
    public var content: Data?
    public var options: RequestOptions

    public init(parameters: [String: String], lists: [String: [String]] = [:], body: JSONValue? = nil, content: Data? = nil,
                options: RequestOptions = RequestOptions()) {
        self.parameters = parameters
        self.lists = lists
        self.body = body
        self.content = content
        self.options = options
    }

    /// A required parameter, converted to the method's type.
    public func required<Value: ParameterValue>(_ name: String) throws(OperationArgumentError) -> Value {
        guard let text = parameters[name] else { throw .missing(name) }
        return try convert(text, name: name)
    }

    /// An optional parameter, converted to the method's type.
    public func optional<Value: ParameterValue>(_ name: String) throws(OperationArgumentError) -> Value? {
        guard let text = parameters[name] else { return nil }
        return try convert(text, name: name)
    }

    /// An array parameter, each value converted to the items' type; nil when none is given.
    public func optional<Value: ParameterValue>(_ name: String) throws(OperationArgumentError) -> [Value]? {
        guard let texts = lists[name] else { return nil }
        var values: [Value] = []
        for text in texts { values.append(try convert(text, name: name)) }
        return values
    }

    /// A required array parameter, each value converted to the items' type.
    public func required<Value: ParameterValue>(_ name: String) throws(OperationArgumentError) -> [Value] {
        guard let values: [Value] = try optional(name) else { throw .missing(name) }
        return values
    }

    /// The body decoded as the operation's request model; an absent body is `{}`.
    @_spi(Generated) public func body<Body: JSONCodable>(as type: Body.Type) throws(OperationArgumentError) -> Body {
        do {
            return try Body(json: body ?? .object(JSONObject()), at: .root)
        } catch {
            throw .invalidBody(error)
        }
    }

    /// The raw body as bytes; an absent one is empty.
    @_spi(Generated) public func contentBytes() -> Data {
        content ?? Data()
    }

    /// The raw body as text, which must be UTF-8; an absent one is empty.
    @_spi(Generated) public func contentText() throws(OperationArgumentError) -> String {
        guard let text = String(bytes: content ?? Data(), encoding: .utf8) else {
            throw .invalidBody(DecodingFailure(path: .root, reason: .invalidValue("the body is not valid UTF-8 text")))
        }
        return text
    }

    private func convert<Value: ParameterValue>(_ text: String, name: String) throws(OperationArgumentError) -> Value {
        guard let value = Value(parameterText: text) else { throw .invalidValue(name: name, value: text, expected: Value.parameterTypeDescription) }
        return value
    }
}

/// Arguments that cannot be turned into a call: a missing or malformed parameter, or a body of
/// the wrong shape. Nothing was sent.
public enum OperationArgumentError: Error, Sendable, Hashable, CustomStringConvertible {
    case missing(String)
    case invalidValue(name: String, value: String, expected: String)
    case invalidBody(DecodingFailure)

    public var description: String {
        switch self {
        case .missing(let name): "missing required parameter '\(name)'"
        case .invalidValue(let name, let value, let expected): "'\(name)': expected \(expected), found '\(value)'"
        case .invalidBody(let failure): "body: \(failure)"
        }
    }
}

/// A type a parameter can have, parsed from text.
public protocol ParameterValue: Sendable {
    init?(parameterText: String)
    static var parameterTypeDescription: String { get }
}

extension String: ParameterValue {
    public init?(parameterText: String) { self = parameterText }
    public static var parameterTypeDescription: String { "a string" }
}

extension Int: ParameterValue {
    public init?(parameterText: String) { self.init(parameterText) }
    public static var parameterTypeDescription: String { "a whole number" }
}

extension Double: ParameterValue {
    public init?(parameterText: String) {
        guard let value = Double(parameterText), value.isFinite else { return nil }
        self = value
    }

    public static var parameterTypeDescription: String { "a number" }
}

extension Bool: ParameterValue {
    public init?(parameterText: String) {
        switch parameterText {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }

    public static var parameterTypeDescription: String { "true or false" }
}

extension OpenEnum {
    public init?(parameterText: String) {
        guard let raw = RawValue(parameterText: parameterText) else { return nil }
        self.init(rawValue: raw)
    }

    public static var parameterTypeDescription: String { "one of " + allCases.map(\.rawValue.queryText).joined(separator: ", ") }
}

extension Timestamp: ParameterValue {
    public init?(parameterText: String) { self.init(rfc3339: parameterText) }
    public static var parameterTypeDescription: String { "an RFC 3339 date-time, e.g. 2025-01-31T12:00:00Z" }
}
