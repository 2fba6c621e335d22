/// Object members: keys, the ':' after them, and duplicate detection.
extension JSONParserCore {
    /// Parses `"key"` and the `:` after it, leaving `index` at the member's value.
    mutating func parseMemberKey(afterComma: Bool) throws(JSONSyntaxError) {
        parsingMember = false
        guard index < count, bytes[index] == UInt8(ascii: "\"") else {
            if afterComma, index < count, bytes[index] == UInt8(ascii: "}") {
                throw makeError(
                    .unexpectedCharacter,
                    "expected a string key after ',', found '}' (trailing commas are not allowed)", at: index)
            }
            throw unexpected(afterComma ? "a string key after ','" : "a string key or '}'", at: index)
        }
        let keyOffset = index
        let key = try parseString()
        try checkDuplicate(key, at: keyOffset)
        if recording {
            lineCounter.advance(to: keyOffset, in: bytes, count: count)
            locations.keys[currentPath(includingMember: false).appending(key)] = lineCounter.location
        }
        top.key = key
        skipWhitespace()
        guard index < count, bytes[index] == UInt8(ascii: ":") else {
            throw unexpected("':' after an object key", at: index)
        }
        index += 1
        skipWhitespace()
    }

    /// Sets `top.replaceIndex` for `key`, or throws if duplicates are rejected.
    ///
    /// Small objects (the usual case) are scanned linearly: comparing a few short strings is
    /// cheaper than hashing. Past 16 members a dictionary keeps big objects from going quadratic.
    mutating func checkDuplicate(_ key: String, at keyOffset: Int) throws(JSONSyntaxError) {
        let memberCount = members.count - top.start
        var existing = -1
        if top.seen == nil, memberCount <= 16 {
            // Comparing lengths first skips most calls into String's (out-of-line) equality.
            let length = key.utf8.count
            var member = 0
            while member < memberCount {
                let other = members[top.start + member].key
                if other.utf8.count == length, other == key {
                    existing = member
                    break
                }
                member += 1
            }
        } else {
            if top.seen == nil {
                var seen = [String: Int](minimumCapacity: memberCount * 2)
                for member in 0..<memberCount { seen[members[top.start + member].key] = member }
                top.seen = seen
            }
            if let found = top.seen![key] {
                existing = found
            } else {
                top.seen![key] = memberCount
            }
        }
        if existing >= 0,
            options.duplicateKeys == .reject || (options.duplicateKeys == .rejectInOutermostObject && depth == 1)
        {
            throw duplicateKeyError(key, at: keyOffset, firstMember: existing)
        }
        top.replaceIndex = existing
    }
}
