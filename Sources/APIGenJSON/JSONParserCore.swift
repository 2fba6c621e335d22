/// The parsing machine behind ``JSONParser``: one pass over raw bytes, no recursion.
///
/// Nesting is tracked with an explicit stack of ``Frame``s instead of recursive calls, so depth
/// is bounded by ``JSONParseOptions/maxDepth`` alone and never by the thread's stack size.
/// Elements and members of open containers live on shared ``MoveStack``s (see there for why).
struct JSONParserCore: ~Copyable {
    /// One open array or object.
    struct Frame {
        var isObject: Bool
        /// Where this container's elements (or members) start on the shared stack.
        var start: Int
        /// Offset of the `[` or `{`, to find earlier keys again when reporting a duplicate.
        var openOffset: Int
        /// The key of the member whose value is being parsed (objects only).
        var key = ""
        /// With `.lastWins`, the member index the current value replaces; -1 when the key is new.
        var replaceIndex = -1
        /// Key → member index, built once an object outgrows a linear scan (see `checkDuplicate`).
        var seen: [String: Int]?
    }

    let bytes: UnsafePointer<UInt8>
    let count: Int
    let options: JSONParseOptions
    let recording: Bool
    var index = 0

    var values = MoveStack<JSONValue>()
    var members = MoveStack<JSONObject.Member>()
    /// The innermost open container; valid only when `hasTop`.
    var top = Frame(isObject: false, start: 0, openOffset: 0)
    var hasTop = false
    /// The open containers around `top`, outermost first.
    var ancestors: [Frame] = []
    var depth = 0
    /// Whether an error now concerns the member being parsed (its path ends with the member's
    /// key or index) or the enclosing container itself (a missing ',' or a bad key).
    var parsingMember = false
    /// Reused buffer for strings with escapes.
    var scratch: [UInt8] = []
    var lineCounter = LineCounter()
    var locations = JSONLocations()

    init(bytes: UnsafePointer<UInt8>, count: Int, options: JSONParseOptions, recording: Bool) {
        self.bytes = bytes
        self.count = count
        self.options = options
        self.recording = recording
    }

    /// Parses the whole input as one JSON text.
    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        if index == count {
            throw makeError(.emptyInput, "empty input, expected a JSON value", at: index)
        }
        nextValue: while true {
            // A value starts here (after whitespace): a scalar, or a container we descend into.
            parsingMember = true
            if recording { recordValueLocation() }
            guard index < count else { throw unexpected("a value", at: index) }
            var value: JSONValue
            switch bytes[index] {
            case UInt8(ascii: "\""):
                value = .string(try parseString())
            case UInt8(ascii: "{"):
                let open = index
                guard depth < options.maxDepth else { throw tooDeep(at: open) }
                index += 1
                skipWhitespace()
                if index < count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    value = .object(JSONObject())
                } else {
                    push(Frame(isObject: true, start: members.count, openOffset: open))
                    try parseMemberKey(afterComma: false)
                    continue nextValue
                }
            case UInt8(ascii: "["):
                let open = index
                guard depth < options.maxDepth else { throw tooDeep(at: open) }
                index += 1
                skipWhitespace()
                if index < count, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    value = .array([])
                } else {
                    push(Frame(isObject: false, start: values.count, openOffset: open))
                    continue nextValue
                }
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = .number(try parseNumber())
            default:
                throw unexpectedValueStart()
            }

            // A value is complete: hand it to the enclosing containers, closing each one that ends.
            while true {
                parsingMember = false
                guard hasTop else {
                    skipWhitespace()
                    guard index == count else {
                        throw makeError(
                            .trailingContent,
                            "expected end of input after the JSON value, found \(found(at: index))",
                            at: index)
                    }
                    return value
                }
                if top.isObject {
                    if top.replaceIndex >= 0 {
                        members[top.start + top.replaceIndex].value = value
                    } else {
                        members.append(JSONObject.Member(key: top.key, value: value))
                    }
                    skipWhitespace()
                    guard index < count else { throw unexpected("',' or '}' after an object member", at: index) }
                    let byte = bytes[index]
                    if byte == UInt8(ascii: ",") {
                        index += 1
                        skipWhitespace()
                        try parseMemberKey(afterComma: true)
                        continue nextValue
                    }
                    guard byte == UInt8(ascii: "}") else {
                        throw unexpected("',' or '}' after an object member", at: index)
                    }
                    index += 1
                    value = .object(JSONObject(uniqueMembers: members.popArray(from: top.start)))
                } else {
                    values.append(value)
                    skipWhitespace()
                    guard index < count else { throw unexpected("',' or ']' after an array element", at: index) }
                    let byte = bytes[index]
                    if byte == UInt8(ascii: ",") {
                        index += 1
                        skipWhitespace()
                        continue nextValue
                    }
                    guard byte == UInt8(ascii: "]") else {
                        throw unexpected("',' or ']' after an array element", at: index)
                    }
                    index += 1
                    value = .array(values.popArray(from: top.start))
                }
                pop()
            }
        }
    }

    // MARK: - Containers

    private mutating func push(_ frame: Frame) {
        if hasTop { ancestors.append(top) }
        top = frame
        hasTop = true
        depth += 1
    }

    private mutating func pop() {
        if let parent = ancestors.popLast() {
            top = parent
        } else {
            hasTop = false
        }
        depth -= 1
    }

    // MARK: - Locations

    private mutating func recordValueLocation() {
        lineCounter.advance(to: index, in: bytes, count: count)
        locations.values[currentPath(includingMember: true)] = lineCounter.location
    }

    /// The path of the member being parsed (`includingMember`) or of its container.
    func currentPath(includingMember: Bool) -> JSONPath {
        guard hasTop else { return .root }
        var reversed: [JSONPath.Component] = []
        // Array frames share one element stack: a frame's elements end where the next
        // (deeper) array frame's begin, so walk from the innermost frame outwards.
        var arrayEnd = values.count
        func visit(_ frame: Frame, include: Bool) {
            if frame.isObject {
                if include { reversed.append(.key(frame.key)) }
            } else {
                if include { reversed.append(.index(arrayEnd - frame.start)) }
                arrayEnd = frame.start
            }
        }
        visit(top, include: includingMember)
        for frame in ancestors.reversed() { visit(frame, include: true) }
        return JSONPath(reversed.reversed())
    }
}
