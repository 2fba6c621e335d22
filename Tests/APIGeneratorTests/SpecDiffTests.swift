import APIGenDiff
import APIGenJSON
import APIGenSpec
import Foundation
import SpecDrivenTesting
import Testing

/// `apigen diff`: each kind of change classified as callers see it, over every API under test and a
/// small spec made for the rules (a request model, an answer model and an enum both use).
@Suite("Spec diff")
struct SpecDiffTests {
    static let base = #"""
        {
          "formatVersion": 1,
          "info": {"title": "Pets", "version": "1.0.0"},
          "module": {"name": "Pets", "version": "1.4.2", "client": "PetsClient", "protocol": "PetsAPI"},
          "server": {"baseURL": "https://api.example.com"},
          "envelope": {"resultField": "result", "errorsField": "errors", "errorCodeField": "code", "errorMessageField": "message"},
          "models": {
            "Pet": {"kind": "object", "fields": {"name": {"type": "string", "required": true}, "kind": {"ref": "Kind"}, "tag": {"type": "string", "maxLength": 20}}},
            "NewPet": {"kind": "object", "fields": {"name": {"type": "string", "required": true, "maxLength": 40}, "kind": {"ref": "Kind"}}},
            "Kind": {"kind": "enum", "values": ["cat", "dog"]}
          },
          "operations": {
            "getPet": {"method": "GET", "path": "/pets/{id}", "parameters": {"id": {"in": "path", "type": "string"}}, "response": {"status": 200, "result": {"ref": "Pet"}}},
            "addPet": {"method": "POST", "path": "/pets", "requestBody": {"ref": "NewPet"}, "response": {"status": 201, "result": {"ref": "Pet"}}}
          }
        }
        """#

    /// The base spec with each `old` text (found exactly once) replaced by its `new` text.
    static func edited(_ edits: KeyValuePairs<String, String>) throws -> Spec {
        var text = base
        for (old, new) in edits {
            try #require(text.components(separatedBy: old).count == 2, "'\(old)' is not in the base spec exactly once")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try SpecLoader.load(data: Data(text.utf8), fileName: "new.json")
    }

    static func changes(_ edits: KeyValuePairs<String, String>) throws -> [SpecChange] {
        let old = try SpecLoader.load(data: Data(base.utf8), fileName: "old.json")
        return SpecComparison.changes(from: old, to: try edited(edits))
    }

    /// The changes between two edits of the base spec.
    static func changes(from oldEdits: KeyValuePairs<String, String>, to newEdits: KeyValuePairs<String, String>) throws -> [SpecChange] {
        SpecComparison.changes(from: try edited(oldEdits), to: try edited(newEdits))
    }

    @Test("a spec compared with itself has no changes", arguments: APIUnderTest.all)
    func identical(api: APIUnderTest) {
        #expect(SpecComparison.changes(from: api.spec, to: api.spec).isEmpty)
    }

    @Test("removing any one operation is one breaking change at it; adding it back is one additive change", arguments: APIUnderTest.all)
    func removingEachOperation(api: APIUnderTest) throws {
        guard case .object(var root) = try JSONParser.parse(Data(contentsOf: api.specURL)), case .object(let operations)? = root["operations"] else {
            Issue.record("\(api.specPath) has no operations object")
            return
        }
        for operation in api.spec.operations {
            root["operations"] = .object(JSONObject(uniqueMembers: operations.members.filter { $0.key != operation.name }))
            let without = try SpecLoader.load(data: JSONSerializer.data(.object(root)), fileName: "without.json")
            let removal = SpecComparison.changes(from: api.spec, to: without)
            #expect(removal == [SpecChange(.breaking, .old, at: operation.location.path, removal.first?.message ?? "")], "\(removal)")
            #expect(removal.first?.message.contains("'\(operation.name)'") == true)
            let addition = SpecComparison.changes(from: without, to: api.spec)
            #expect(addition.map(\.impact) == [.additive] && addition.first?.path == operation.location.path, "\(addition)")
        }
    }

    @Test("an error status documented without a body: gaining a body is additive, losing it breaks readers")
    func errorWithoutBody() throws {
        let getPet = #""response": {"status": 200, "result": {"ref": "Pet"}}}"#
        let withoutBody = #""response": {"status": 200, "result": {"ref": "Pet"}}, "errors": [{"status": 404}]}"#
        let withBody = #""response": {"status": 200, "result": {"ref": "Pet"}}, "errors": [{"status": 404, "body": {"ref": "Pet"}}]}"#
        #expect(try Self.changes([getPet: withoutBody]).map(\.impact) == [.additive])
        let gained = try Self.changes(from: [getPet: withoutBody], to: [getPet: withBody])
        #expect(gained.map(\.impact) == [.additive] && gained.first?.path.pointer == "/operations/getPet/errors/0", "\(gained)")
        let lost = try Self.changes(from: [getPet: withBody], to: [getPet: withoutBody])
        #expect(lost.map(\.impact) == [.breaking] && lost.first?.message.contains("no longer has a Pet body") == true, "\(lost)")
    }

    @Test("a removed field breaks callers; a new optional field is additive; a new required request field breaks senders")
    func fields() throws {
        let removed = try Self.changes(["\"tag\": {\"type\": \"string\", \"maxLength\": 20}": "\"nickname\": {\"type\": \"string\"}"])
        #expect(removed.map(\.impact) == [.breaking, .additive], "\(removed)")
        #expect(removed.first?.side == .old && removed.first?.path.pointer == "/models/Pet/fields/tag")
        #expect(removed.last?.path.pointer == "/models/Pet/fields/nickname")

        let required = try Self.changes(["\"maxLength\": 40}, ": "\"maxLength\": 40}, \"age\": {\"type\": \"integer\", \"required\": true}, "])
        #expect(required.map(\.impact) == [.breaking] && required.first?.message.contains("callers must send it") == true, "\(required)")
        let optional = try Self.changes(["\"maxLength\": 40}, ": "\"maxLength\": 40}, \"age\": {\"type\": \"integer\"}, "])
        #expect(optional.map(\.impact) == [.additive], "\(optional)")
    }

    @Test("deprecating a field, parameter, operation or model, or no longer, or rewording why, is compatible, at what changed")
    func deprecation() throws {
        let field = "\"maxLength\": 20}"
        let deprecated = try Self.changes([field: "\"maxLength\": 20, \"deprecated\": \"Use labels.\"}"])
        #expect(deprecated.map(\.impact) == [.compatible], "\(deprecated)")
        #expect(deprecated.first?.path.pointer == "/models/Pet/fields/tag")
        #expect(deprecated.first?.message == "model 'Pet': field 'tag' is deprecated now: Use labels. (callers' builds warn)")
        let undone = try Self.changes(from: [field: "\"maxLength\": 20, \"deprecated\": true}"], to: [:])
        #expect(undone.map(\.message) == ["model 'Pet': field 'tag' is no longer deprecated"])
        let reworded = try Self.changes(from: [field: "\"maxLength\": 20, \"deprecated\": true}"], to: [field: "\"maxLength\": 20, \"deprecated\": \"Why\"}"])
        #expect(reworded.map(\.message) == ["model 'Pet': field 'tag': its deprecation message changes"])

        let operation = try Self.changes(["\"getPet\": {\"method\": \"GET\",": "\"getPet\": {\"deprecated\": true, \"method\": \"GET\","])
        #expect(operation.map(\.description) == ["compatible #/operations/getPet: operation 'getPet' is deprecated now (callers' builds warn)"])
        let parameter = try Self.changes(["\"id\": {\"in\": \"path\", \"type\": \"string\"}": "\"id\": {\"in\": \"path\", \"type\": \"string\", \"deprecated\": true}"])
        #expect(parameter.map(\.description) == [
            "compatible #/operations/getPet/parameters/id: operation 'getPet': parameter 'id' is deprecated now (callers' builds warn)",
        ])
    }

    @Test("uniqueItems and const are constraints: added to a request they break, to an answer they are compatible")
    func uniqueItemsAndConstants() throws {
        let constant = try Self.changes(["\"maxLength\": 40}, ": "\"maxLength\": 40}, \"v\": {\"type\": \"integer\", \"const\": 2}, "])
        #expect(constant.map(\.impact) == [.additive], "\(constant)")
        let changed = try Self.changes(from: ["\"maxLength\": 40}, ": "\"maxLength\": 40}, \"v\": {\"type\": \"integer\", \"const\": 2}, "],
                                       to: ["\"maxLength\": 40}, ": "\"maxLength\": 40}, \"v\": {\"type\": \"integer\", \"const\": 3}, "])
        #expect(changed.map(\.impact) == [.breaking] && changed.first?.message.contains("const 2 → 3") == true, "\(changed)")
        let unique = try Self.changes(from: ["\"maxLength\": 40}, ": "\"maxLength\": 40}, \"t\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}, "],
                                      to: ["\"maxLength\": 40}, ": "\"maxLength\": 40}, \"t\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"uniqueItems\": true}, "])
        #expect(unique.map(\.impact) == [.breaking] && unique.first?.message.contains("uniqueItems false → true") == true, "\(unique)")
        let answer = try Self.changes(["\"maxLength\": 20}": "\"maxLength\": 20}, \"t\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"uniqueItems\": true}"])
        #expect(answer.map(\.impact) == [.additive], "\(answer)")
    }

    /// Diff sees the fields includes resolve to: writing a copy as an include is no change, and a change to an included
    /// field is a change of every model that includes it.
    @Test("includes: a copy rewritten as an include is no change; an included field's change is the including model's")
    func includes() throws {
        let copy = #""NewPet": {"kind": "object", "fields": {"name": {"type": "string", "required": true, "maxLength": 40}, "kind": {"ref": "Kind"}}}"#
        let included = #""NewPet": {"kind": "object", "includes": [{"model": "Pet", "only": ["kind"]}], "fields": {"name": {"type": "string", "required": true, "maxLength": 40}}}"#
        let rewritten = try Self.changes([copy: included])
        #expect(rewritten.isEmpty, "\(rewritten)")

        let tagged = #""NewPet": {"kind": "object", "includes": [{"model": "Pet", "only": ["tag"]}], "fields": {"name": {"type": "string", "required": true}}}"#
        let tightened = try Self.changes(from: [copy: tagged], to: [copy: tagged, "\"maxLength\": 20": "\"maxLength\": 10"])
        #expect(tightened.map(\.impact).contains(.breaking), "\(tightened)")
        #expect(tightened.contains { $0.message.contains("NewPet") }, "\(tightened)")
    }

    @Test("a request constraint tightened breaks, loosened is additive; an answer's constraint is compatible either way")
    func constraints() throws {
        let tightened = try Self.changes(["\"maxLength\": 40": "\"maxLength\": 30"])
        #expect(tightened.map(\.impact) == [.breaking], "\(tightened)")
        #expect(tightened.first?.path.pointer == "/models/NewPet/fields/name" && tightened.first?.message.contains("maxLength 40 → 30") == true)
        let loosened = try Self.changes(["\"maxLength\": 40": "\"maxLength\": 50"])
        #expect(loosened.map(\.impact) == [.additive], "\(loosened)")
        let newBound = try Self.changes(["\"maxLength\": 40": "\"maxLength\": 40, \"minLength\": 1"])
        #expect(newBound.map(\.impact) == [.breaking], "\(newBound)")
        let answerOnly = try Self.changes(["\"maxLength\": 20": "\"maxLength\": 10"])
        #expect(answerOnly.map(\.impact) == [.compatible], "\(answerOnly)")
    }

    @Test("a new enum value is additive (enums are open); a removed one breaks")
    func enumValues() throws {
        let added = try Self.changes(["[\"cat\", \"dog\"]": "[\"cat\", \"dog\", \"fish\"]"])
        #expect(added.map(\.impact) == [.additive] && added.first?.path.pointer == "/models/Kind/values/2", "\(added)")
        let removed = try Self.changes(["[\"cat\", \"dog\"]": "[\"cat\"]"])
        #expect(removed.map(\.impact) == [.breaking] && removed.first?.side == .old, "\(removed)")
    }

    @Test("whole-number enums follow the same rules; values of another kind break")
    func integerEnumValues() throws {
        let numbers: KeyValuePairs = ["[\"cat\", \"dog\"]": "[1, 2]"]
        let added = try Self.changes(from: numbers, to: ["[\"cat\", \"dog\"]": "[1, 2, 3]"])
        #expect(added.map(\.impact) == [.additive] && added.first?.path.pointer == "/models/Kind/values/2", "\(added)")
        let removed = try Self.changes(from: numbers, to: ["[\"cat\", \"dog\"]": "[2]"])
        #expect(removed.map(\.impact) == [.breaking] && removed.first?.message.contains("value '1' removed") == true, "\(removed)")
        let renamed = try Self.changes(from: numbers, to: ["[\"cat\", \"dog\"]": #"[{"value": 1, "swiftName": "low"}, 2]"#])
        #expect(renamed.map(\.impact) == [.breaking], "\(renamed)")
        let kind = try Self.changes(numbers)
        #expect(kind.map(\.impact) == [.breaking] && kind.first?.message.contains("a whole number instead of a string") == true, "\(kind)")
    }

    @Test("a changed path, method, type or success status breaks; a new optional parameter is additive")
    func operations() throws {
        #expect(try Self.changes(["\"/pets/{id}\"": "\"/animals/{id}\""]).map(\.impact) == [.breaking])
        // PUT is idempotent where POST is not: the retries change too.
        #expect(try Self.changes(["\"method\": \"POST\"": "\"method\": \"PUT\""]).map(\.impact) == [.breaking, .compatible])
        #expect(try Self.changes(["\"status\": 201": "\"status\": 200"]).map(\.impact) == [.breaking])
        let retries = try Self.changes(["\"method\": \"POST\"": "\"method\": \"POST\", \"idempotent\": true"])
        #expect(retries.map(\.impact) == [.compatible] && retries.first?.message.contains("is idempotent now") == true, "\(retries)")
        let type = try Self.changes(["\"tag\": {\"type\": \"string\", \"maxLength\": 20}": "\"tag\": {\"type\": \"integer\"}"])
        #expect(type.map(\.impact) == [.breaking] && type.first?.message.contains("from string to integer") == true, "\(type)")
        let parameter = try Self.changes([
            "{\"id\": {\"in\": \"path\", \"type\": \"string\"}}": "{\"id\": {\"in\": \"path\", \"type\": \"string\"}, \"fields\": {\"in\": \"query\", \"type\": \"string\"}}",
        ])
        #expect(parameter.map(\.impact) == [.additive], "\(parameter)")
    }

    @Test("answers leaving or entering the envelope break, for the whole API or one operation")
    func envelopes() throws {
        let envelope = #""envelope": {"resultField": "result", "errorsField": "errors", "errorCodeField": "code", "errorMessageField": "message"},"#
        let gone = try Self.changes([envelope: ""])
        #expect(gone.map(\.impact) == [.breaking] && gone.first?.path.pointer == "/envelope", "\(gone)")
        #expect(gone.first?.message.contains("the envelope is gone") == true, "\(gone)")
        let back = try Self.changes(from: [envelope: #""envelope": null,"#], to: [:])
        #expect(back.map(\.impact) == [.breaking] && back.first?.message.contains("in an envelope now") == true, "\(back)")
        let operation = try Self.changes(["\"path\": \"/pets\",": "\"path\": \"/pets\", \"envelope\": false,"])
        #expect(operation.map(\.impact) == [.breaking] && operation.first?.message.contains("operation 'addPet': its answers are no longer in the envelope") == true,
                "\(operation)")
        // Saying what is already so changes nothing.
        #expect(try Self.changes(["\"path\": \"/pets\",": "\"path\": \"/pets\", \"envelope\": true,"]).isEmpty)
    }

    @Test("pagination: page numbers becoming cursors break, another cursor parameter breaks, another cursor field is compatible")
    func cursorPagination() throws {
        let operations = #""operations": {"#
        let list = { (pagination: String) in
            operations + #""listPets": {"method": "GET", "path": "/pets", "parameters": {"cursor": {"in": "query", "type": "string"}, "after": {"in": "query", "type": "string"}, "page": {"in": "query", "type": "integer"}, "per_page": {"in": "query", "type": "integer"}}, "response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}}, "pagination": "# + pagination + "},"
        }
        let cursor = list(#"{"style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor", "info": "Info"}"#)
        let pages = list(#"{"style": "pageNumber", "pageParameter": "page", "perPageParameter": "per_page", "info": "Info"}"#)
        #expect(try Self.changes(from: [operations: cursor], to: [operations: cursor]).isEmpty)
        let toCursor = try Self.changes(from: [operations: pages], to: [operations: cursor])
        #expect(toCursor.map(\.impact) == [.breaking] && toCursor.first?.message.contains("now followed by cursor, no longer by page number") == true, "\(toCursor)")
        #expect(toCursor.first?.path.pointer == "/operations/listPets/pagination")
        let toPages = try Self.changes(from: [operations: cursor], to: [operations: pages])
        #expect(toPages.first?.message.contains("now followed by page number, no longer by cursor") == true, "\(toPages)")
        let parameter = try Self.changes(from: [operations: cursor], to: [operations: list(#"{"style": "cursor", "cursorParameter": "after", "cursorField": "cursor", "info": "Info"}"#)])
        #expect(parameter.map(\.impact) == [.breaking] && parameter.first?.message.contains("asked for and described differently") == true, "\(parameter)")
        let field = try Self.changes(from: [operations: cursor], to: [operations: list(#"{"style": "cursor", "cursorParameter": "cursor", "cursorField": "next", "info": "Info"}"#)])
        #expect(field.map(\.impact) == [.compatible] && field.first?.message.contains("next cursor is read from another field") == true, "\(field)")
        // The items and the cursor moving into the result object change the page's type.
        let inResult = list(#"{"style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor", "items": "pets"}"#)
            .replacingOccurrences(of: #""result": {"type": "array", "items": {"ref": "Pet"}}"#, with: #""result": {"ref": "PetPage"}"#)
        let moved = try Self.changes(from: [operations: cursor], to: [operations: inResult])
        #expect(moved.contains { $0.impact == .breaking && $0.message.contains("asked for and described differently") }, "\(moved)")
    }

    @Test("a list's page information gained or lost (`response.info`) changes the method's return type: breaking")
    func listPageInformation() throws {
        let list = #""response": {"status": 200, "result": {"type": "array", "items": {"ref": "Pet"}}"#
        let single = #""response": {"status": 200, "result": {"ref": "Pet"}}},"#
        let old: KeyValuePairs<String, String> = [single: list + "}},"]
        let new: KeyValuePairs<String, String> = [single: list + #", "info": "NewPet"}},"#]
        let gained = try Self.changes(from: old, to: new)
        #expect(gained.map(\.impact) == [.breaking] && gained.first?.message.contains("is 'NewPet' now") == true, "\(gained)")
        #expect(gained.first?.path.pointer == "/operations/getPet/response")
        let lost = try Self.changes(from: new, to: old)
        #expect(lost.map(\.impact) == [.breaking] && lost.first?.message.contains("is gone, no longer 'NewPet'") == true, "\(lost)")
    }

    @Test("a result that becomes nullable, or stops being, changes the method's return type: breaking")
    func nullableResults() throws {
        let result = #""result": {"ref": "Pet"}}},"#
        let nullable = try Self.changes([result: #""result": {"ref": "Pet", "nullable": true}}},"#])
        #expect(nullable.map(\.impact) == [.breaking] && nullable.first?.message.contains("may be null now") == true, "\(nullable)")
        let back = try Self.changes(from: [result: #""result": {"ref": "Pet", "nullable": true}}},"#], to: [:])
        #expect(back.map(\.impact) == [.breaking] && back.first?.message.contains("is never null now") == true, "\(back)")
    }

    @Test("a map's values are compared as a type of their own: a tightened value constraint in a request breaks, a map that becomes an object breaks")
    func maps() throws {
        let field = "\"kind\": {\"ref\": \"Kind\"}}},\n    \"Kind\""
        let labels = { (values: String) in "\"kind\": {\"ref\": \"Kind\"}, \"labels\": {\"type\": \"map\", \"values\": \(values)}}},\n    \"Kind\"" }
        let tightened = try Self.changes(from: [field: labels("{\"type\": \"string\", \"maxLength\": 63}")],
                                         to: [field: labels("{\"type\": \"string\", \"maxLength\": 32}")])
        #expect(tightened.map(\.impact) == [.breaking] && tightened.first?.message.contains("its values: maxLength 63 → 32") == true, "\(tightened)")
        let retyped = try Self.changes(from: [field: labels("{\"type\": \"string\"}")], to: [field: labels("{\"type\": \"integer\"}")])
        #expect(retyped.map(\.impact) == [.breaking] && retyped.first?.message.contains("from map of string to map of integer") == true, "\(retyped)")
    }

    @Test("header parameters: an optional one added is additive, a query parameter moved to a header breaks, sensitivity is compatible, a renamed option breaks")
    func headerParameters() throws {
        let path = "{\"id\": {\"in\": \"path\", \"type\": \"string\"}}"
        let with = { (extra: String) in "{\"id\": {\"in\": \"path\", \"type\": \"string\"}, \(extra)}" }
        let added = try Self.changes([path: with("\"cf-r2-jurisdiction\": {\"in\": \"header\", \"ref\": \"Kind\"}")])
        #expect(added.map(\.impact) == [.additive], "\(added)")
        let moved = try Self.changes(from: [path: with("\"trace\": {\"in\": \"query\", \"type\": \"string\"}")],
                                     to: [path: with("\"trace\": {\"in\": \"header\", \"type\": \"string\"}")])
        #expect(moved.map(\.impact) == [.breaking] && moved.first?.message.contains("moves from the query to the header") == true, "\(moved)")
        let sensitive = try Self.changes(from: [path: with("\"trace\": {\"in\": \"header\", \"type\": \"string\"}")],
                                         to: [path: with("\"trace\": {\"in\": \"header\", \"type\": \"string\", \"sensitive\": true}")])
        #expect(sensitive.map(\.impact) == [.compatible], "\(sensitive)")
        let renamed = try Self.changes(from: [path: with("\"trace\": {\"in\": \"header\", \"type\": \"string\"}")],
                                       to: [path: with("\"trace\": {\"in\": \"header\", \"type\": \"string\", \"cli\": {\"flag\": \"t\"}}")])
        #expect(renamed.map(\.impact) == [.breaking], "\(renamed)")
    }

    @Test("an operation's fixed headers: a change is compatible, the same headers in another case are no change")
    func fixedHeaders() throws {
        let method = "\"method\": \"GET\", \"path\": \"/pets/{id}\""
        let with = { (headers: String) in "\"method\": \"GET\", \"headers\": \(headers), \"path\": \"/pets/{id}\"" }
        let added = try Self.changes([method: with("{\"X-Version\": \"2\"}")])
        #expect(added.map(\.impact) == [.compatible] && added.first?.message.contains("headers it always sends") == true, "\(added)")
        let recased = try Self.changes(from: [method: with("{\"X-Version\": \"2\"}")], to: [method: with("{\"x-version\": \"2\"}")])
        #expect(recased.isEmpty, "\(recased)")
    }

    @Test("array query parameters: a changed style breaks, the default and an explicit repeated are the same, items are compared as a type")
    func queryArrays() throws {
        let path = "{\"id\": {\"in\": \"path\", \"type\": \"string\"}}"
        let with = { (extra: String) in "{\"id\": {\"in\": \"path\", \"type\": \"string\"}, \"tag\": {\"in\": \"query\", \"type\": \"array\", \(extra)}}" }
        let restyled = try Self.changes(from: [path: with("\"items\": {\"type\": \"string\"}")],
                                        to: [path: with("\"items\": {\"type\": \"string\"}, \"style\": \"commaSeparated\"")])
        #expect(restyled.map(\.impact) == [.breaking] && restyled.first?.message.contains("sent commaSeparated now") == true, "\(restyled)")
        let same = try Self.changes(from: [path: with("\"items\": {\"type\": \"string\"}")],
                                    to: [path: with("\"items\": {\"type\": \"string\"}, \"style\": \"repeated\"")])
        #expect(same.isEmpty, "\(same)")
        let tightened = try Self.changes(from: [path: with("\"items\": {\"type\": \"string\"}")],
                                         to: [path: with("\"items\": {\"type\": \"string\"}, \"maxItems\": 2")])
        #expect(tightened.map(\.impact) == [.breaking], "\(tightened)")
    }

    @Test("a removed waiter or one polling another operation breaks; an added one is additive; other states or delays are compatible")
    func waiters() throws {
        let end = #"{"ref": "NewPet"}, "response": {"status": 201, "result": {"ref": "Pet"}}}\#n  }"#
        let waiter = { (definition: String) -> KeyValuePairs<String, String> in [end: end + #",\#n  "waiters": {"petIsDog": {"# + definition + "}}"] }
        let base = #""operation": "getPet", "field": "kind", "success": ["dog"], "minDelay": 1, "maxDelay": 10"#
        let path = JSONPath.root + "waiters" + "petIsDog"
        #expect(try Self.changes(from: waiter(base), to: [:]) == [SpecChange(.breaking, .old, at: path, "waiter 'petIsDog' removed: its waitUntil method is gone")])
        #expect(try Self.changes(from: [:], to: waiter(base)) == [SpecChange(.additive, .new, at: path, "waiter 'petIsDog' added")])
        let retargeted = try Self.changes(from: waiter(base), to: waiter(base.replacingOccurrences(of: "getPet", with: "addPet")))
        #expect(retargeted.map(\.impact) == [.breaking] && retargeted.first?.path == path + "operation", "\(retargeted)")
        let otherState = try Self.changes(from: waiter(base), to: waiter(base.replacingOccurrences(of: #"["dog"]"#, with: #"["dog"], "failure": ["cat"]"#)))
        #expect(otherState.map(\.impact) == [.compatible], "\(otherState)")
        let slower = try Self.changes(from: waiter(base), to: waiter(base.replacingOccurrences(of: "10", with: "60")))
        #expect(slower == [SpecChange(.compatible, .new, at: path, "waiter 'petIsDog' waits 1 to 60 seconds between polls (was 1 to 10)")])
    }

    @Test("the version bump: breaking → major (minor before 1.0.0), additive → minor, compatible → patch")
    func versionBump() {
        let breaking = SpecChange(.breaking, .new, at: .root, "")
        let additive = SpecChange(.additive, .new, at: .root, "")
        let compatible = SpecChange(.compatible, .new, at: .root, "")
        #expect(VersionBump([compatible, breaking, additive]) == .major)
        #expect(VersionBump([compatible, additive]) == .minor)
        #expect(VersionBump([compatible]) == .patch)
        #expect(VersionBump([]) == .none)
        #expect(VersionBump.major.next(after: "1.4.2") == "2.0.0")
        #expect(VersionBump.major.next(after: "0.4.2") == "0.5.0")
        #expect(VersionBump.minor.next(after: "1.4.2-beta.1") == "1.5.0")
        #expect(VersionBump.patch.next(after: "1.4.2") == "1.4.3")
        #expect(VersionBump.minor.next(after: "1.4") == nil)
    }
}
