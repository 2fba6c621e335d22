import APIGenJSON
import Foundation

/// Seeded mutations of JSON documents, shared by the spec fuzzer and the response fuzzer.
///
/// Value mutations edit the parsed tree (delete a key, change a type, replace a string...);
/// byte mutations edit the serialized text (flip, truncate, insert invalid UTF-8, duplicate a
/// key, splice in 10,000 levels of nesting) to reach what no tree can express.
struct JSONMutator {
    var random: SplitMix64
    /// Names of what was done, for the failure message of a case.
    var log: [String] = []

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    // MARK: Paths into a tree

    typealias Path = [JSONPath.Component]

    static func paths(in value: JSONValue) -> [Path] {
        var result: [Path] = [[]]
        var stack: [(JSONValue, Path)] = [(value, [])]
        while let (node, path) = stack.popLast() {
            switch node {
            case .object(let object):
                for member in object {
                    let child = path + [.key(member.key)]
                    result.append(child)
                    stack.append((member.value, child))
                }
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    let child = path + [.index(index)]
                    result.append(child)
                    stack.append((element, child))
                }
            default: break
            }
        }
        return result
    }

    /// A uniformly random path among the nodes `include` accepts, chosen while walking the tree
    /// once (reservoir sampling), without building the list of every path.
    mutating func randomPath(in root: JSONValue, where include: (Path, JSONValue) -> Bool) -> Path? {
        var chosen: Path?
        var seen = 0
        var path: Path = []
        var stack: [(value: JSONValue, depth: Int, component: JSONPath.Component?)] = [(root, 0, nil)]
        while let (value, depth, component) = stack.popLast() {
            // Depth-first: the last node visited at depth - 1 is this node's parent.
            if let component {
                path.removeSubrange((depth - 1)...)
                path.append(component)
            }
            if include(path, value) {
                seen += 1
                if random.below(seen) == 0 { chosen = path }
            }
            switch value {
            case .object(let object): for member in object { stack.append((member.value, depth + 1, .key(member.key))) }
            case .array(let elements): for (index, element) in elements.enumerated() { stack.append((element, depth + 1, .index(index))) }
            default: break
            }
        }
        return chosen
    }

    static func value(at path: Path, in root: JSONValue) -> JSONValue? {
        var node = root
        for component in path {
            switch component {
            case .key(let key): guard let next = node[key] else { return nil }; node = next
            case .index(let index): guard let next = node[index] else { return nil }; node = next
            }
        }
        return node
    }

    /// Replaces (or, with nil, removes) the value at `path`.
    static func set(_ newValue: JSONValue?, at path: Path, in root: inout JSONValue) {
        guard let first = path.first else {
            root = newValue ?? .null
            return
        }
        let rest = Array(path.dropFirst())
        switch (first, root) {
        case (.key(let key), .object(var object)):
            if rest.isEmpty {
                object[key] = newValue
            } else if var child = object[key] {
                set(newValue, at: rest, in: &child)
                object[key] = child
            }
            root = .object(object)
        case (.index(let index), .array(var elements)) where elements.indices.contains(index):
            if rest.isEmpty {
                if let newValue { elements[index] = newValue } else { elements.remove(at: index) }
            } else {
                set(newValue, at: rest, in: &elements[index])
            }
            root = .array(elements)
        default:
            break
        }
    }

    // MARK: Value mutations

    static let hostileStrings: [String] = [
        "", " ", "default", "self", "Self", "Type", "protocol", "_", "__", "2fa", "0", "-", ".", "..", "../x", "a/b",
        "%2F", "?x=1", "#frag", "{", "}", "{}", "{id}", "{{id}}", "/{id}{id}", "/a/{", "/}{", "/{ id }", "/x/{account_id}",
        "naïve", "名前", "🚀", "e\u{301}", "\u{202E}evil", "a\u{0}b", "line\nbreak", "tab\there", "*/", "/*", "\"\"\"", "\\",
        "#", "`", "$", "\u{FEFF}", "MCPServer", "MCPServersClient", "String", "JSONValue", "CodingKeys", "object", "array",
        "string", "integer", "number", "boolean", "any", "enum", "keep", "reject", "bearer", "headers", "path", "query",
        "GET", "get", "TRACE", "pageNumber", "uri", "date-time", "[", "(", "^(a+)+$", "https://", "http://example.com",
        "ftp://x", "apiToken", "result", "unknown", "rawValue", "isKnown", "allCases",
    ]

    static let hostileNumbers: [String] = [
        "0", "-0", "1", "-1", "1.5", "99999999999999999999999999999", "-99999999999999999999999999999", "1e999",
        "-1e999", "1e-999", "2147483648", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "4.9e-324", "1.7976931348623157e308", "100", "599", "600", "199",
    ]

    mutating func randomScalar(excluding kind: JSONValue.Kind? = nil) -> JSONValue {
        while true {
            let value: JSONValue = switch random.below(7) {
            case 0: .null
            case 1: .bool(random.chance(1, in: 2))
            case 2: .number(JSONNumber(uncheckedText: random.pick(Self.hostileNumbers)))
            case 3: .string(random.pick(Self.hostileStrings))
            case 4: .array(random.chance(1, in: 2) ? [] : [.string(random.pick(Self.hostileStrings))])
            case 5: .object(JSONObject())
            default: .object(JSONObject([(random.pick(Self.hostileStrings), .string(random.pick(Self.hostileStrings)))]))
            }
            if value.kind != kind { return value }
        }
    }

    /// Nested arrays or objects, `depth` levels, around `leaf`.
    static func nested(depth: Int, objects: Bool, leaf: JSONValue = 1) -> JSONValue {
        var value = leaf
        for _ in 0..<depth { value = objects ? .object(JSONObject([("a", value)])) : .array([value]) }
        return value
    }

    /// One random edit of the tree. `biasedKeys` are member names worth aiming at more often
    /// (`path`, `ref`, `type`...).
    mutating func mutateValue(_ root: inout JSONValue, biasedKeys: Set<String> = []) {
        var found: Path?
        if !biasedKeys.isEmpty, random.chance(1, in: 3) {
            found = randomPath(in: root) { path, _ in if case .key(let key)? = path.last { biasedKeys.contains(key) } else { false } }
        }
        guard let target = found ?? randomPath(in: root, where: { path, _ in !path.isEmpty }) else { return }
        let current = Self.value(at: target, in: root) ?? .null
        switch random.below(12) {
        case 0, 1:
            log.append("delete \(JSONPath(target).pointer)")
            Self.set(nil, at: target, in: &root)
        case 2, 3:
            let replacement = randomScalar(excluding: current.kind)
            log.append("retype \(JSONPath(target).pointer) to \(replacement.kind)")
            Self.set(replacement, at: target, in: &root)
        case 4, 5:
            let replacement = random.pick(Self.hostileStrings)
            log.append("string \(JSONPath(target).pointer) = \(replacement.debugDescription)")
            Self.set(.string(replacement), at: target, in: &root)
        case 6:
            let number = random.pick(Self.hostileNumbers)
            log.append("number \(JSONPath(target).pointer) = \(number)")
            Self.set(.number(JSONNumber(uncheckedText: number)), at: target, in: &root)
        case 7:
            // Rename a member (to a typo, a keyword, or an existing sibling: the old value replaces it).
            guard case .key(let key)? = target.last else {
                log.append("delete \(JSONPath(target).pointer)")
                return Self.set(nil, at: target, in: &root)
            }
            let parent = Array(target.dropLast())
            guard case .object(let object)? = Self.value(at: parent, in: root) else { return }
            let newKey = random.chance(1, in: 3) ? random.pick(object.keys) : (random.chance(1, in: 2) ? key + "s" : random.pick(Self.hostileStrings))
            log.append("rename \(JSONPath(target).pointer) to \(newKey.debugDescription)")
            var members = object.members.filter { $0.key != key && $0.key != newKey }
            members.append(JSONObject.Member(key: newKey, value: current))
            Self.set(.object(JSONObject(uniqueMembers: members)), at: parent, in: &root)
        case 8:
            // Move a subtree somewhere else (a model where a field belongs, an operation in a model...).
            let source = randomPath(in: root) { path, _ in !path.isEmpty } ?? target
            log.append("copy \(JSONPath(source).pointer) to \(JSONPath(target).pointer)")
            Self.set(Self.value(at: source, in: root), at: target, in: &root)
        case 9:
            // Deep but (mostly) under the parser's limit: reaches the recursive parts of loading and validation.
            let depth = 1 + random.below(70)
            let objects = random.chance(1, in: 2)
            log.append("nest \(JSONPath(target).pointer) \(depth) deep (\(objects ? "objects" : "arrays"))")
            Self.set(Self.nested(depth: depth, objects: objects, leaf: current), at: target, in: &root)
        case 10:
            // An array schema of array schemas: recursion in loadSchema, checkSchema and the translator.
            let depth = 1 + random.below(28)
            var schema: JSONValue = ["type": "string"]
            for _ in 0..<depth { schema = ["type": "array", "items": schema] }
            log.append("array schema \(depth) deep at \(JSONPath(target).pointer)")
            Self.set(schema, at: target, in: &root)
        default:
            // Add an unexpected member to an object, or an element to an array.
            switch current {
            case .object(var object):
                let key = random.pick(Self.hostileStrings)
                log.append("add \(key.debugDescription) to \(JSONPath(target).pointer)")
                object[key] = randomScalar()
                Self.set(.object(object), at: target, in: &root)
            case .array(var elements):
                log.append("append to \(JSONPath(target).pointer)")
                elements.append(elements.isEmpty ? randomScalar() : random.pick(elements))
                Self.set(.array(elements), at: target, in: &root)
            default:
                log.append("retype \(JSONPath(target).pointer) to object")
                Self.set(.object(JSONObject([("value", current)])), at: target, in: &root)
            }
        }
    }

    // MARK: Byte mutations

    /// Replaces a random string value with a placeholder, serializes, then splices `bytes` in
    /// place of the placeholder: how to put text no `JSONValue` can hold (10k nesting, a duplicate
    /// key, a 1 MB string) at a real position in the document.
    mutating func splice(into root: JSONValue, pretty: Bool, _ make: (inout JSONMutator, JSONValue) -> [UInt8]) -> [UInt8] {
        guard let target = randomPath(in: root, where: { path, _ in !path.isEmpty }) else { return JSONSerializer.serialize(root) }
        let original = Self.value(at: target, in: root) ?? .null
        var copy = root
        let marker = "\u{1}SPLICE\u{1}"
        Self.set(.string(marker), at: target, in: &copy)
        let text = JSONSerializer.serialize(copy, options: .init(prettyPrinted: pretty))
        let markerBytes = JSONSerializer.serialize(.string(marker))
        guard let range = text.firstRange(of: markerBytes) else { return text }
        log.append("splice at \(JSONPath(target).pointer)")
        var result = Array(text[..<range.lowerBound])
        result += make(&self, original)
        result += text[range.upperBound...]
        return result
    }

    /// `n` levels of `[` (or `{"a":`) around a value: far past any depth limit.
    static func deepText(depth: Int, objects: Bool) -> [UInt8] {
        let open: [UInt8] = objects ? Array(#"{"a":"#.utf8) : [UInt8(ascii: "[")]
        let close: [UInt8] = objects ? [UInt8(ascii: "}")] : [UInt8(ascii: "]")]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(depth * (open.count + 1) + 1)
        for _ in 0..<depth { bytes += open }
        bytes.append(UInt8(ascii: "1"))
        for _ in 0..<depth { bytes += close }
        return bytes
    }

    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xFE], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3],
    ]

    mutating func mutateBytes(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        switch random.below(5) {
        case 0:
            let count = 1 + random.below(4)
            for _ in 0..<count {
                let index = random.below(bytes.count)
                let bit = UInt8(1) << UInt8(random.below(8))
                log.append("flip bit \(bit) of byte \(index)")
                bytes[index] ^= bit
            }
        case 1:
            let length = random.below(bytes.count)
            log.append("truncate to \(length) bytes")
            bytes.removeSubrange(length...)
        case 2:
            // Invalid UTF-8, preferably inside a string (right after a quote).
            let quotes = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\"") }
            let index = quotes.isEmpty || random.chance(1, in: 4) ? random.below(bytes.count) : random.pick(quotes) + 1
            let sequence = random.pick(Self.invalidUTF8)
            log.append("insert invalid UTF-8 \(sequence) at \(index)")
            bytes.insert(contentsOf: sequence, at: min(index, bytes.count))
        case 3:
            // Random garbage byte (including control characters and structure: , : { [ ").
            let index = random.below(bytes.count)
            let byte = random.pick([0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x22, 0x2C, 0x3A, 0x5B, 0x5D, 0x7B, 0x7D, 0x5C, 0x7F] as [UInt8])
            log.append("insert byte \(byte) at \(index)")
            bytes.insert(byte, at: index)
        default:
            // Delete a random span.
            let start = random.below(bytes.count)
            let end = min(bytes.count, start + 1 + random.below(64))
            log.append("delete bytes \(start)..<\(end)")
            bytes.removeSubrange(start..<end)
        }
    }

    /// The serialized object at a random object path, with one of its members written twice.
    mutating func duplicateKey(in root: JSONValue, pretty: Bool) -> [UInt8] {
        let isFilledObject = { (_: Path, value: JSONValue) -> Bool in if case .object(let object) = value { !object.isEmpty } else { false } }
        guard let target = randomPath(in: root, where: isFilledObject) else { return JSONSerializer.serialize(root) }
        guard case .object(let object)? = Self.value(at: target, in: root) else { return JSONSerializer.serialize(root) }
        let duplicated = random.pick(object.members)
        let marker = "\u{1}DUPLICATE\u{1}"
        var copy = object
        copy[marker] = duplicated.value
        var document = root
        Self.set(.object(copy), at: target, in: &document)
        log.append("duplicate key \(duplicated.key.debugDescription) in \(JSONPath(target).pointer)")
        let text = JSONSerializer.serialize(document, options: .init(prettyPrinted: pretty))
        let markerBytes = JSONSerializer.serialize(.string(marker))
        guard let range = text.firstRange(of: markerBytes) else { return text }
        return Array(text[..<range.lowerBound]) + JSONSerializer.serialize(.string(duplicated.key)) + Array(text[range.upperBound...])
    }
}
