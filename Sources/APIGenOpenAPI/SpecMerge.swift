import APIGenJSON
import APIGenSpec
import Foundation

/// `apigen import --into SPEC`: the imported operations a hand-written spec does not have yet (by method and path),
/// and the models and authentication schemes they use, added to its text. Everything already in the spec stays byte
/// for byte as it was: new members are inserted before the closing brace of `operations`, `models` and
/// `authentication`, and the spec's own module, server, envelope and settings are kept.
public struct SpecMerge: Sendable {
    /// The merged spec text, loaded and linted.
    public var text: String
    public var spec: Spec
    /// The operations added, by their name in the spec.
    public var addedOperations: [String]
    /// The models added, by their name in the spec (an imported model equal to one already there is not added).
    public var addedModels: [String]
    /// Imported operations the spec already has (same method and path), by the spec's name for them.
    public var existingOperations: [String]

    /// Merges `imported` into the spec `existingText` (named `fileName` in messages). Throws when the spec cannot be
    /// read or the merged spec does not lint; nothing is changed then.
    public static func merge(_ imported: ImportResult, into existingText: String, fileName: String) throws(OpenAPIError) -> SpecMerge {
        let parsed: (value: JSONValue, locations: JSONLocations)
        do throws(JSONSyntaxError) {
            parsed = try JSONParser.parseWithLocations(existingText)
        } catch {
            throw OpenAPIError(path: .root, message: "\(fileName) is not JSON: \(error.description)")
        }
        guard case .object(let existing) = parsed.value, case .object(let incoming) = (try? JSONParser.parse(imported.text)) ?? .null else {
            throw OpenAPIError(path: .root, message: "\(fileName) is not a spec (a JSON object)")
        }
        let existingOperations = existing["operations"]?.objectValue ?? [:]
        let existingModels = existing["models"]?.objectValue ?? [:]
        let incomingModels = incoming["models"]?.objectValue ?? [:]

        // Operations: those whose method and path the spec does not have, under a name it does not use.
        var byRoute: [String: String] = [:]
        for member in existingOperations { byRoute[Self.route(member.value)] = member.key }
        var takenOperations = Set(existingOperations.keys)
        var operations: [(name: String, value: JSONValue)] = []
        var already: [String] = []
        for member in incoming["operations"]?.objectValue ?? [:] {
            if let name = byRoute[Self.route(member.value)] {
                already.append(name)
                continue
            }
            operations.append((Self.free(member.key, in: &takenOperations), member.value))
        }

        // Models: every model the new operations use; one equal to the spec's model of that name (and using only such
        // models) is the spec's, the others are added, under another name when theirs is taken.
        var needed: [String] = []
        var pending = operations.flatMap { Self.modelNames(in: $0.value) }
        var seen: Set<String> = []
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let model = incomingModels[name] else { continue }
            needed.append(name)
            pending += Self.modelNames(in: model)
        }
        var reused = Set(needed.filter { name in existingModels[name].map { Self.sameModel($0, incomingModels[name]!) } ?? false })
        var changed = true
        while changed {
            changed = false
            for name in reused where Self.modelNames(in: incomingModels[name]!).contains(where: { seen.contains($0) && !reused.contains($0) }) {
                reused.remove(name)
                changed = true
            }
        }
        var takenModels = Set(existingModels.keys).union(incomingModels.keys.filter { !seen.contains($0) })
        var renamed: [String: String] = [:]
        for name in incomingModels.keys where seen.contains(name) && !reused.contains(name) {
            renamed[name] = existingModels[name] == nil && takenModels.insert(name).inserted ? name : Self.free(name, in: &takenModels)
        }
        let models = incomingModels.filter { renamed[$0.key] != nil }.map { (name: renamed[$0.key]!, value: Self.renaming(renamed, in: $0.value)) }
        operations = operations.map { ($0.name, Self.renaming(renamed, in: $0.value)) }

        // Authentication schemes the new operations name that the spec lacks.
        let existingSchemes = existing["authentication"]?.objectValue ?? [:]
        let usedSchemes = Set(operations.flatMap { $0.value["authentication"]?.arrayValue?.compactMap(\.stringValue) ?? [] })
        let schemes = (incoming["authentication"]?.objectValue ?? [:]).filter { usedSchemes.contains($0.key) && existingSchemes[$0.key] == nil }
            .map { (name: $0.key, value: $0.value) }

        var text = existingText
        // From the end of the document backwards, so earlier offsets stay valid.
        let insertions = [("operations", operations), ("models", models), ("authentication", schemes)]
            .filter { !$0.1.isEmpty }
            .map { key, members in (Self.insertion(of: members, into: key, of: existing, text: existingText, locations: parsed.locations)) }
            .sorted { $0.offset > $1.offset }
        var bytes = Array(text.utf8)
        for insertion in insertions { bytes.insert(contentsOf: insertion.text.utf8, at: insertion.offset) }
        text = String(decoding: bytes, as: UTF8.self)

        let spec: Spec
        do throws(SpecError) {
            spec = try SpecLoader.load(data: Data(text.utf8), fileName: fileName)
            try SpecValidator.validate(spec)
        } catch {
            throw OpenAPIError(path: .root, message: "the merged spec is not valid:\n\(error.description)")
        }
        return SpecMerge(text: text, spec: spec, addedOperations: operations.map(\.name), addedModels: models.map(\.name), existingOperations: already)
    }

    /// `GET /zones/{}/dns_records`: what makes two operations the same, whatever their parameters are called.
    private static func route(_ operation: JSONValue) -> String {
        let path = operation["path"]?.stringValue ?? ""
        var normalized = ""
        var inParameter = false
        for character in path {
            if character == "{" { inParameter = true; normalized.append("{") } else if character == "}" { inParameter = false; normalized.append("}") } else if !inParameter { normalized.append(character) }
        }
        return (operation["method"]?.stringValue ?? "").uppercased() + " " + normalized
    }

    /// `name`, or `name2`, `name3`… the first not in `taken` (which then holds it).
    private static func free(_ name: String, in taken: inout Set<String>) -> String {
        var candidate = name, number = 1
        while taken.contains(candidate) {
            number += 1
            candidate = name + String(number)
        }
        taken.insert(candidate)
        return candidate
    }

    /// Two models are the same when they say the same (a default written out or not), wherever they were read from.
    private static func sameModel(_ a: JSONValue, _ b: JSONValue) -> Bool {
        func comparable(_ value: JSONValue) -> String {
            guard case .object(var object) = value else { return JSONSerializer.string(value) }
            object["source"] = nil
            if object["unknownFields"] == "keep" { object["unknownFields"] = nil }  // the default, written or not
            return JSONSerializer.string(.object(object), options: .init(sortedKeys: true))
        }
        return comparable(a) == comparable(b)
    }

    /// The model names a spec value refers to: `ref`, `includes`, a discriminator's `mapping`, a pagination's `info`.
    static func modelNames(in value: JSONValue) -> [String] {
        var names: [String] = []
        visitModelNames(in: value) { names.append($0); return $0 }
        return names
    }

    /// `value` with the model names in `renamed` replaced.
    static func renaming(_ renamed: [String: String], in value: JSONValue) -> JSONValue {
        var copy = value
        visitModelNames(in: &copy) { renamed[$0] ?? $0 }
        return copy
    }

    private static func visitModelNames(in value: JSONValue, _ visit: (String) -> String) {
        var copy = value
        visitModelNames(in: &copy, visit)
    }

    private static func visitModelNames(in value: inout JSONValue, _ visit: (String) -> String) {
        switch value {
        case .object(var object):
            for key in object.keys {
                switch (key, object[key]!) {
                case ("ref", .string(let name)), ("info", .string(let name)):
                    object[key] = .string(visit(name))
                case ("includes", .array(let includes)):
                    object[key] = .array(includes.map { include in
                        if case .string(let name) = include { return .string(visit(name)) }
                        guard case .object(var projection) = include, case .string(let name)? = projection["model"] else { return include }
                        projection["model"] = .string(visit(name))
                        return .object(projection)
                    })
                case ("mapping", .object(let mapping)) where object["field"] != nil:
                    var renamed = JSONObject()
                    for entry in mapping { renamed[entry.key] = entry.value.stringValue.map { .string(visit($0)) } ?? entry.value }
                    object[key] = .object(renamed)
                case ("examples", .array), ("default", _), ("example", _):
                    continue  // values, not types
                default:
                    var member = object[key]!
                    visitModelNames(in: &member, visit)
                    object[key] = member
                }
            }
            value = .object(object)
        case .array(var elements):
            for index in elements.indices { visitModelNames(in: &elements[index], visit) }
            value = .array(elements)
        default:
            break
        }
    }

    /// The text that adds `members` to the top-level object `key` (or adds `key` itself when the spec has none), and
    /// where it goes: before the object's closing brace, indented like the members already there.
    private static func insertion(of members: [(name: String, value: JSONValue)], into key: String, of existing: JSONObject,
                                  text: String, locations: JSONLocations) -> (offset: Int, text: String) {
        let bytes = Array(text.utf8)
        func rendered(_ value: JSONValue, indent: String) -> String {
            JSONSerializer.string(value, options: .init(prettyPrinted: true)).split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\n" + indent)
        }
        guard existing[key] != nil, let start = locations.valueLocation(at: .root + key) else {
            // No such member: add it at the end of the root object.
            let close = closingBrace(in: bytes, from: 0)
            let object = JSONValue.object(JSONObject(members.map { ($0.name, $0.value) }))
            return (trimmedEnd(bytes, before: close), ",\n  \"\(key)\": " + rendered(object, indent: "  ") + "\n")
        }
        let close = closingBrace(in: bytes, from: start.offset)
        let isEmpty = existing[key]?.objectValue?.isEmpty ?? true
        // The indentation of the members already there (of the last one's key), else two more than the object's key.
        let lastKey = existing[key]?.objectValue?.keys.last.flatMap { locations.keyLocation(at: .root + key + $0) }
        let indent = String(repeating: " ", count: max((lastKey?.column ?? 5) - 1, 0))
        let entries = members.map { "\(indent)\(JSONSerializer.string(.string($0.name))): \(rendered($0.value, indent: indent))" }
            .joined(separator: ",\n")
        let end = trimmedEnd(bytes, before: close)
        return (end, (isEmpty ? "\n" : ",\n") + entries + (isEmpty ? "\n  " : ""))
    }

    /// The offset of the `}` closing the object that starts at `start` (`{`), skipping strings.
    private static func closingBrace(in bytes: [UInt8], from start: Int) -> Int {
        var depth = 0, index = start, inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return bytes.count
    }

    /// The offset just after the last byte before `offset` that is not white space (where a new member's comma goes).
    private static func trimmedEnd(_ bytes: [UInt8], before offset: Int) -> Int {
        var end = offset
        while end > 0, [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains(bytes[end - 1]) { end -= 1 }
        return end
    }
}
