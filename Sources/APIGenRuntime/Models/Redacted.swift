/// Stands in for a secret in descriptions and mirrors of generated models.
public struct Redacted: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    public init() {}

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }

    /// `<redacted>` for a value that is set, `nil` for one that is not, so a description still
    /// shows whether a secret is present.
    @_spi(Generated) public static func mask(_ value: (some Any)?) -> Redacted? {
        value == nil ? nil : Redacted()
    }

    @_spi(Generated) public static func mask<Wrapped>(_ value: Nullable<Wrapped>) -> Redacted? {
        if case .value = value { Redacted() } else { nil }
    }
}

extension Mirror {
    /// `TypeName(field: value, …)` from a mirror's children, for `debugDescription`.
    @_spi(Generated) public func fieldDescription(typeName: String) -> String {
        let fields = children.map { child in "\(child.label ?? "_"): \(Mirror.unwrapped(child.value))" }
        return "\(typeName)(\(fields.joined(separator: ", ")))"
    }

    /// `Optional(x)` as `x` and `nil` as `nil`, so descriptions read like the values.
    private static func unwrapped(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return String(reflecting: value) }
        return mirror.children.first.map { unwrapped($0.value) } ?? "nil"
    }
}
