/// A JSON object whose members all hold one type (the spec's `"type": "map"`): a `[String: Value]`
/// that keeps its members in order.
///
/// Why not `[String: Value]`: a `Dictionary` forgets the order of the members, so a map decoded
/// and encoded again would come out shuffled (a signature, a diff or a cache key over the JSON
/// would change); and order kept beside the dictionary, in the model that holds it, would go stale
/// as soon as an app changes the dictionary through the model's `var`. One value that owns both
/// stays right under every mutation. It stores the keys and values in order, in two arrays, and the
/// position of each key in a dictionary: lookups are hashed as in a `Dictionary`, iteration and
/// `keys`/`values` are in order, and decoding builds the three in one pass over the members the
/// parser already has (no `try?` attempts, no second parse).
///
/// Equality and hashing ignore order, as for a `Dictionary` and for ``JSONObject``; setting a new
/// key appends it, setting an existing one replaces its value in place, removing one keeps the
/// order of the others.
public struct JSONMap<Value> {
    /// The keys, in order.
    public private(set) var keys: [String]
    /// The values, in the order of ``keys``.
    public private(set) var values: [Value]
    /// Where each key sits in ``keys`` and ``values``.
    private var positions: [String: Int]

    /// An empty map.
    public init() {
        keys = []
        values = []
        positions = [:]
    }

    /// A map of the pairs in order; a later pair with the same key replaces the value of an earlier one.
    public init(_ pairs: some Sequence<(String, Value)>) {
        self.init()
        for (key, value) in pairs { self[key] = value }
    }

    /// The keys (an object's members: distinct) with their values, in order.
    private init(objectKeys keys: [String], values: [Value]) {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() { positions[key] = position }
        guard positions.count == keys.count else {
            // An object built with `JSONObject(uniqueMembers:)` that broke its promise: the last value wins, as in a parse.
            self.init(zip(keys, values))
            return
        }
        self.init(keys: keys, values: values, positions: positions)
    }

    public var count: Int { keys.count }

    public var isEmpty: Bool { keys.isEmpty }

    /// The value for `key`; setting `nil` removes the member, setting a value replaces it in place or appends it.
    public subscript(key: String) -> Value? {
        get { positions[key].map { values[$0] } }
        set {
            if let newValue {
                if let position = positions[key] {
                    values[position] = newValue
                } else {
                    positions[key] = keys.count
                    keys.append(key)
                    values.append(newValue)
                }
            } else {
                removeValue(forKey: key)
            }
        }
    }

    /// Removes the member for `key`, keeping the others in order, and returns its value.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        guard let position = positions.removeValue(forKey: key) else { return nil }
        keys.remove(at: position)
        let removed = values.remove(at: position)
        for index in position..<keys.count { positions[keys[index]] = index }
        return removed
    }

    /// The same keys, in the same order, with transformed values.
    public func mapValues<T, E: Error>(_ transform: (Value) throws(E) -> T) throws(E) -> JSONMap<T> {
        var transformed: [T] = []
        transformed.reserveCapacity(values.count)
        for value in values { transformed.append(try transform(value)) }
        return JSONMap<T>(keys: keys, values: transformed, positions: positions)
    }

    private init(keys: [String], values: [Value], positions: [String: Int]) {
        self.keys = keys
        self.values = values
        self.positions = positions
    }
}

extension JSONMap: Sequence {
    public typealias Element = (key: String, value: Value)

    /// The members in order.
    public struct Iterator: IteratorProtocol {
        private let map: JSONMap
        private var position = 0

        init(_ map: JSONMap) { self.map = map }

        public mutating func next() -> Element? {
            guard position < map.keys.count else { return nil }
            defer { position += 1 }
            return (map.keys[position], map.values[position])
        }
    }

    public func makeIterator() -> Iterator { Iterator(self) }

    public var underestimatedCount: Int { count }
}

extension JSONMap: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }
}

extension JSONMap: Sendable where Value: Sendable {}
extension JSONMap.Iterator: Sendable where Value: Sendable {}

extension JSONMap: Equatable where Value: Equatable {
    public static func == (lhs: JSONMap, rhs: JSONMap) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (key, value) in zip(lhs.keys, lhs.values) where rhs[key] != value { return false }
        return true
    }
}

extension JSONMap: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        // Order-independent, as equality is: combine each member's own hash commutatively.
        var combined = 0
        for (key, value) in zip(keys, values) {
            var member = Hasher()
            member.combine(key)
            member.combine(value)
            combined ^= member.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}

extension JSONMap: CustomStringConvertible {
    /// `["a": 1, "b": 2]`, in order, like a dictionary literal.
    public var description: String {
        guard !isEmpty else { return "[:]" }
        return "[" + zip(keys, values).map { "\(String(reflecting: $0)): \(String(reflecting: $1))" }.joined(separator: ", ") + "]"
    }
}

@_spi(Generated) extension JSONMap: JSONCodable where Value: JSONCodable {
    public init(json: JSONValue, at path: JSONPath) throws(DecodingFailure) {
        guard case .object(let object) = json else { throw .typeMismatch(json, expected: "an object", at: path) }
        var keys: [String] = []
        var values: [Value] = []
        keys.reserveCapacity(object.count)
        values.reserveCapacity(object.count)
        for member in object {
            values.append(try Value(json: member.value, at: path.appending(member.key)))
            keys.append(member.key)
        }
        self.init(objectKeys: keys, values: values)
    }

    public func encodeJSON() -> JSONValue {
        var members: [JSONObject.Member] = []
        members.reserveCapacity(count)
        for (key, value) in zip(keys, values) { members.append(JSONObject.Member(key: key, value: value.encodeJSON())) }
        return .object(JSONObject(uniqueMembers: members))
    }
}
