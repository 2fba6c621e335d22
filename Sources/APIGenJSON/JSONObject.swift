/// A JSON object: members in document order, each key at most once.
///
/// Order is kept so that what was parsed serializes the same way; equality ignores order,
/// as JSON does. Lookups are linear, which is faster than hashing for the small objects
/// APIs send; operations over two whole objects (equality, merging) hash the keys once past
/// ``linearLimit`` members, so a response with thousands of members costs linear time, not quadratic.
public struct JSONObject: Sendable {
    /// One `"key": value` pair.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSONValue

        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    public private(set) var members: [Member]

    public init() {
        members = []
    }

    /// Creates an object from pairs; a later pair with the same key replaces an earlier one.
    public init(_ pairs: some Sequence<(String, JSONValue)>) {
        members = []
        for (key, value) in pairs { self[key] = value }
    }

    /// Creates an object from members the caller guarantees to have distinct keys.
    public init(uniqueMembers: [Member]) {
        members = uniqueMembers
    }

    public var count: Int { members.count }

    public var isEmpty: Bool { members.isEmpty }

    public var keys: [String] { members.map(\.key) }

    /// The value for `key`; setting `nil` removes the member, setting a value replaces it in place
    /// or appends it.
    public subscript(key: String) -> JSONValue? {
        get {
            for member in members where member.key == key { return member.value }
            return nil
        }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue {
                    members[index].value = newValue
                } else {
                    members.remove(at: index)
                }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    /// Appends a member without checking for an existing key; the caller guarantees the key is new.
    public mutating func appendUnchecked(key: String, value: JSONValue) {
        members.append(Member(key: key, value: value))
    }

    /// Sets `key` only if it is not present yet.
    public mutating func setIfAbsent(_ value: JSONValue, forKey key: String) {
        if self[key] == nil { appendUnchecked(key: key, value: value) }
    }

    /// Up to this many members, scanning beats building a key index.
    static let linearLimit = 32

    /// Appends every member of `other` whose key this object does not have yet, in `other`'s order.
    public mutating func appendAbsent(from other: JSONObject) {
        guard members.count + other.members.count > Self.linearLimit else {
            for member in other.members { setIfAbsent(member.value, forKey: member.key) }
            return
        }
        var present = Set(members.map(\.key))
        for member in other.members where present.insert(member.key).inserted { members.append(member) }
    }

    /// The position of each key, for comparisons of large objects.
    private func keyIndex() -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(members.count)
        for (position, member) in members.enumerated() { index[member.key] = position }
        return index
    }

    /// A copy whose members are ordered by key (by Unicode scalars, like `JSONSerialization`'s sorted keys).
    public func sortedByKey() -> JSONObject {
        JSONObject(uniqueMembers: members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) })
    }
}

extension JSONObject: Sequence {
    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }
}

extension JSONObject: Hashable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        guard lhs.members.count > linearLimit else {
            for member in lhs.members where rhs[member.key] != member.value { return false }
            return true
        }
        let positions = rhs.keyIndex()
        for member in lhs.members {
            guard let position = positions[member.key], rhs.members[position].value == member.value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: combine the members' hashes commutatively.
        var combined = 0
        for member in members { combined ^= member.hashValue }
        hasher.combine(members.count)
        hasher.combine(combined)
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}
