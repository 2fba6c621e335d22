import APIGenRuntime
import Foundation
import Snapshot_recursive_models
import Testing
import TestSupport

/// recursive-models: models that hold themselves, directly (`Comment.parent`), through another model (`Thread.pinned`)
/// or through a union (`Rule.negation` holds a `Negation`, which holds a `Rule`), read and write like any other field,
/// keep value semantics, decode, validate and re-encode; a document nested deeper than the parser allows is a typed error.
@Suite struct RecursiveModelsSnapshotTests {
    static func client(_ transport: any HTTPTransport, baseURL: URL = ForumClient.defaultBaseURL) -> ForumClient {
        ForumClient(configuration: ForumClient.defaultConfiguration(baseURL: baseURL, credentials: nil), transport: transport)
    }

    static let thread: JSONValue = [
        "id": "c3", "text": "Agreed.",
        "parent": ["id": "c2", "text": "Me too.", "parent": ["id": "c1", "text": "First!"]],
        "thread": ["title": "Launch", "pinned": ["id": "c1", "text": "First!", "replies": [["id": "c2", "text": "Me too."]]]],
    ]

    @Test func aChainReadsLikeAnyField() throws {
        let comment = try expectRoundTrip(Self.thread, as: Comment.self)
        #expect(comment.parent?.parent?.text == "First!" && comment.parent?.parent?.parent == nil)
        #expect(comment.thread?.pinned?.replies?.map(\.id) == ["c2"])
        #expect(try Thread(json: ["title": "t", "pinned": nil]).pinned == nil)
    }

    /// A copy is a value of its own: changing a boxed field of one leaves the other as it was.
    /// Printed, a boxed field shows its value, as a plain one would.
    @Test func aBoxedFieldPrintsItsValue() throws {
        let comment = try Comment(json: ["id": "c2", "text": "Me too.", "parent": ["id": "c1", "text": "First!"]])
        #expect(String(describing: comment).contains(#"_parent: Optional(Snapshot_recursive_models.Comment(id: "c1", text: "First!""#), "\(comment)")
    }

    @Test func copiesAreIndependentValues() throws {
        let original = try Comment(json: Self.thread)
        var copy = original
        copy.parent?.parent?.text = "Edited"
        copy.thread?.pinned = nil
        #expect(original.parent?.parent?.text == "First!" && original.thread?.pinned?.id == "c1")
        #expect(copy.parent?.parent?.text == "Edited" && copy.thread?.pinned == nil)
        let again = try Comment(json: Self.thread)
        #expect(copy != original && again == original && Set([original, copy, again]).count == 2)
    }

    @Test func aRuleNestsThroughItsUnion() throws {
        let json: JSONValue = ["all": [["not": ["not": ["field": "label", "equals": "spam"]]], ["field": "language", "equals": "en"]]]
        let rule = try expectRoundTrip(json, as: Rule.self)
        guard case .allOf(let all) = rule, case .negation(let outer)? = all.all.first, case .negation(let inner) = outer.not,
              case .match(let match) = inner.not else {
            Issue.record("decoded \(rule)")
            return
        }
        #expect(match.equals == "spam")
    }

    /// Validation walks into the nested values: an empty `all` deep inside a rule is refused at its path; nothing is sent.
    @Test func validationReachesNestedValues() async throws {
        let transport = InMemoryTransport(json: #"{"result": true}"#)
        let rule = Rule.allOf(AllOf(all: [.negation(Negation(not: .allOf(AllOf(all: []))))]))
        do {
            _ = try await Self.client(transport).evaluateRule(body: Evaluation(rule: rule, comment: Comment(id: "c1", text: "Hi")))
            Issue.record("sent")
        } catch {
            guard case .invalidRequest(let violations) = error else { throw error }
            #expect(violations.map(\.description) == ["rule.all[0].not.all: 0 items, at least 1"])
        }
        #expect(transport.requests.isEmpty)
    }

    /// Over a real socket: a nested rule is sent as nested JSON, and a chain of comments comes back whole.
    @Test func nestedValuesTravelOverHTTP() async throws {
        let server = try LoopbackHTTPServer { request in
            .json(body: request.method == "GET" ? JSONSerializer.string(["result": Self.thread]) : #"{"result": true}"#)
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let client = Self.client(transport, baseURL: server.baseURL)
        let comment = try await client.getComment(id: "c3")
        #expect(comment.encodeJSON() == Self.thread)
        let rule = Rule.negation(Negation(not: .negation(Negation(not: .match(Match(field: "label", equals: "spam"))))))
        #expect(try await client.evaluateRule(body: Evaluation(rule: rule, comment: comment)))
        let sent = try JSONParser.parse(try #require(server.requests.last).body)
        #expect(sent["rule"] == ["not": ["not": ["field": "label", "equals": "spam"]]] && sent["comment"] == Self.thread)
    }

    /// `depth` comments, each the parent of the one before, as JSON text (built iteratively: no recursion here either).
    static func chain(depth: Int) -> String {
        String(repeating: #"{"id":"c","text":"t","parent":"#, count: depth - 1) + #"{"id":"c","text":"t"}"# + String(repeating: "}", count: depth - 1)
    }

    /// The parser refuses nesting deeper than `JSONParseOptions.maxDepth` without recursing, so no answer can make decoding
    /// (which recurses once per level) overflow the stack: the deepest answer it accepts decodes on a task's thread, one
    /// level deeper is a typed error, and so is a hostile million levels.
    @Test func aHostileDeepDocumentIsATypedError() async throws {
        let limit = JSONParseOptions().maxDepth
        // The envelope's object is one level; each comment is one more.
        let deepest = try await Self.client(InMemoryTransport(json: #"{"result": \#(Self.chain(depth: limit - 1))}"#)).getComment(id: "c")
        var depth = 1
        var next = deepest.parent
        while let comment = next {
            depth += 1
            next = comment.parent
        }
        #expect(depth == limit - 1)

        for levels in [limit, 1_000_000] {
            let answer = #"{"result": \#(Self.chain(depth: levels))}"#
            do {
                _ = try await Self.client(InMemoryTransport(json: answer)).getComment(id: "c")
                Issue.record("decoded \(levels) levels")
            } catch {
                guard case .decoding(let failure, status: 200, _) = error, case .malformedJSON(let reason) = failure.reason else { throw error }
                #expect(reason.hasSuffix("nest deeper than the limit of \(limit) levels"), "\(reason)")
            }
            // Without the envelope the comments start one level higher.
            #expect { try Comment(jsonData: Data(Self.chain(depth: levels + 1).utf8)) } throws: { error in
                guard case .malformedJSON? = (error as? DecodingFailure)?.reason else { return false }
                return true
            }
        }
    }
}
