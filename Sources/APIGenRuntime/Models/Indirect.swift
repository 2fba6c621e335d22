/// The storage of a field that closes a cycle of models (a tree node's `parent`, a rule's `not`): a Swift struct cannot
/// hold itself, so the value lives in a box of its own and the struct holds a reference to it.
///
/// Generated code declares such a field `@APIGenRuntime.Indirect public var parent: Node?`, so it reads and writes like
/// any other (`node.parent?.name`). Value semantics are kept: the box is immutable and setting the field stores a new
/// one, so a copy never sees a change made through another. Equality and hashing compare the values, not the boxes.
@propertyWrapper
public struct Indirect<Value> {
    private final class Box {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    public init(wrappedValue: Value) {
        box = Box(wrappedValue)
    }

    public var wrappedValue: Value {
        get { box.value }
        set { box = Box(newValue) }
    }
}

// The box is never mutated after it is made, so sharing it between threads shares only a `Sendable` value.
extension Indirect: @unchecked Sendable where Value: Sendable {}

extension Indirect: Equatable where Value: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.box === rhs.box || lhs.wrappedValue == rhs.wrappedValue
    }
}

extension Indirect: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(wrappedValue)
    }
}

/// Printed as the value it holds (`_parent: Optional(Comment(…))`), not as a box.
extension Indirect: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String { String(describing: wrappedValue) }
    public var debugDescription: String { String(reflecting: wrappedValue) }
}
