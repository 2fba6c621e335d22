import APIGenSpec

/// How imported things are named: operations from their operationIds (or method and path), models
/// from component names or from where an inline shape first appears. Deterministic: the same
/// document and selection always give the same names.
enum Naming {
    /// Lower-case words of a name: `mcp-portals-api-list-servers` → mcp, portals, api, list, servers.
    static func words(_ name: String) -> [String] {
        SwiftNaming.flagName(name).split(separator: "-").map(String.init)
    }

    /// `base`, or `base2`, `base3`… : the first that `isTaken` refuses.
    static func unique(_ base: String, isTaken: (String) -> Bool) -> String {
        var name = base
        var suffix = 2
        while isTaken(name) {
            name = "\(base)\(suffix)"
            suffix += 1
        }
        return name
    }

    /// `servers` → `server`, `policies` → `policy`; words that do not look plural are kept.
    static func singular(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if lower.hasSuffix("sses") { return String(word.dropLast(2)) }
        if lower.hasSuffix("s"), !["ss", "us", "is", "os"].contains(where: lower.hasSuffix), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    /// The words every operationId of the selection starts with (`mcp portals api`), never all of any id's words.
    static func commonLeadingWords(_ ids: [[String]]) -> Int {
        guard ids.count >= 2, let shortest = ids.map(\.count).min() else { return 0 }
        var count = 0
        while count < shortest - 1, ids.allSatisfy({ $0[count] == ids[0][count] }) { count += 1 }
        return count
    }

    /// The method name of one operation (before clashes are resolved).
    ///
    /// From the operationId: its words without those every selected operationId starts with, in
    /// lowerCamelCase, the last word made singular when the operation answers a single value
    /// (`mcp-portals-api-create-servers` → `createServer`, `…-list-servers` → `listServers`).
    /// Without an operationId: a verb for the method (GET `list` on a collection, `get` on an item;
    /// POST `create`; PUT and PATCH `update`; DELETE `delete`) and the path's literal segments that not
    /// every selected path shares (`GET /pets/{id}` → `getPet`).
    static func operationName(idWords: [String]?, commonWords: Int, method: String, pathLiterals: [String], commonLiterals: Int,
                              endsWithPlaceholder: Bool, answersArray: Bool) -> String {
        var words: [String]
        if let idWords, !idWords.isEmpty {
            words = Array(idWords.dropFirst(commonWords))
        } else {
            let verb = switch method {
            case "GET": endsWithPlaceholder ? "get" : "list"
            case "POST": endsWithPlaceholder || pathLiterals.isEmpty ? "post" : "create"
            case "DELETE": "delete"
            default: "update"
            }
            let nouns = pathLiterals.dropFirst(min(commonLiterals, max(pathLiterals.count - 1, 0))).flatMap(Self.words)
            words = [verb] + nouns
        }
        if !answersArray, let last = words.last, words.count > 1 { words[words.count - 1] = singular(last) }
        return SwiftNaming.memberName(words.joined(separator: "-"))
    }
}

/// Hands out model names: each once, never one the generated code reserves.
struct ModelNames {
    private(set) var used: Set<String>

    init(reserved: Set<String>) {
        used = reserved.union(SwiftNaming.reservedTypeNames)
    }

    /// An UpperCamelCase name for `candidate`; a component name that already is one is kept as written.
    static func typeName(_ candidate: String) -> String {
        let scalars = candidate.unicodeScalars
        if let first = scalars.first, ("A"..."Z").contains(first),
           scalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) {
            return candidate
        }
        return SwiftNaming.typeName(candidate)
    }

    /// Claims the name for `candidate`: `Error` → `ErrorModel`, a second `Config` → `Config2`.
    mutating func claim(_ candidate: String) -> String {
        var base = Self.typeName(candidate)
        if SwiftNaming.reservedTypeNames.contains(base) { base += "Model" }
        let name = Naming.unique(base, isTaken: used.contains)
        used.insert(name)
        return name
    }

    /// Claims `name` as it is written (a name `apigen export` carried in `x-apigen-name`).
    mutating func claim(exactly name: String) -> String {
        used.insert(Self.typeName(name))
        return name
    }

    func isFree(_ candidate: String) -> Bool { !used.contains(Self.typeName(candidate)) }
}
