import APIGenRuntime
import Foundation
import SpecDrivenTesting
import Testing
import TestSupport

/// Mutates the response examples the spec documents and sends each mutant through the real
/// client path (request building, retry executor, envelope, model decoding) over an in-memory
/// transport that answers the operation's success status with the mutated bytes. Every outcome must be a value or a typed
/// `APIClientError` of the right kind: decoding errors name the field, malformed JSON is
/// `.decoding(.malformedJSON)` (JSON content type) or `.unexpectedResponse` (any other).
@Suite("Client fuzzing")
struct ClientFuzzTests {
    /// Per API: 4000 cases on CI (1000 locally), shared among the APIs under test.
    static let caseCount = fuzzCasesPerAPI(fullTotal: 4000, suite: "ClientFuzzTests")
    static let seed: UInt64 = 0xC11E_17F0_2200_0001

    /// How many examples `operations.*.examples[]` of the spec file holds, counted in the raw JSON
    /// the way a reviewer reads it, as a cross-check of the loaded spec the fuzzer draws from.
    static func rawExampleCount(_ api: APIUnderTest) throws -> Int {
        let spec = try JSONParser.parse(Data(contentsOf: api.specURL))
        let operations = try #require(spec["operations"]?.objectValue)
        return operations.reduce(0) { count, operation in count + (operation.value["examples"]?.arrayValue?.count ?? 0) }
    }

    /// Calls the operation the example documents, with the example's arguments, through the API's
    /// generated client, whose transport answers the operation's success status with `body`.
    static func call(_ documented: DocumentedExample, answering body: Data, contentType: String?) async -> Result<JSONValue, APIClientError> {
        let transport = InMemoryTransport { _ in
            HTTPResponse(status: documented.operation.response.status, headers: HTTPHeaders(contentType.map { [.init(name: "Content-Type", value: $0)] } ?? []), body: body)
        }
        do {
            return .success(try await documented.api.invoke(documented.operation.name, over: transport, documented.arguments))
        } catch let error as APIClientError {
            return .failure(error)
        } catch {
            return .failure(.invalidConfiguration("not an APIClientError: \(error)"))
        }
    }

    struct Tally: Sendable {
        var values = 0
        var fieldErrors = 0
        var malformedJSON = 0
        var unexpectedResponses = 0
        var apiErrors = 0
        var total: Int { values + fieldErrors + malformedJSON + unexpectedResponses + apiErrors }
    }

    static func makeCase(_ mutator: inout JSONMutator, _ documented: DocumentedExample) -> (body: [UInt8], contentType: String?) {
        var value = documented.example.responseBody
        let contentType = mutator.random.pick(["application/json", "application/json", "application/json; charset=utf-8", "text/html", nil] as [String?])
        let bytes: [UInt8]
        switch mutator.random.below(100) {
        case 0..<50:
            for _ in 0...mutator.random.below(3) { mutator.mutateValue(&value) }
            bytes = JSONSerializer.serialize(value)
        case 50..<65:
            for _ in 0..<mutator.random.below(2) { mutator.mutateValue(&value) }
            var mutated = JSONSerializer.serialize(value, options: .init(prettyPrinted: mutator.random.chance(1, in: 2)))
            for _ in 0...mutator.random.below(2) { mutator.mutateBytes(&mutated) }
            bytes = mutated
        case 65..<72:
            bytes = mutator.duplicateKey(in: value, pretty: false)
        case 72..<80:
            let depth = mutator.random.pick([10_000, 600, 513, 512, 300, 100])
            let objects = mutator.random.chance(1, in: 2)
            mutator.log.append("\(depth) levels of \(objects ? "objects" : "arrays")")
            bytes = mutator.splice(into: value, pretty: false) { _, _ in JSONMutator.deepText(depth: depth, objects: objects) }
        case 80..<83:
            // Huge strings: 1 MB in a quarter of these cases, 64 KB in the others (to keep the run short).
            let size = mutator.random.chance(1, in: 4) ? 1 << 20 : 1 << 16
            mutator.log.append("\(size >> 10) KB string")
            bytes = mutator.splice(into: value, pretty: false) { mutator, _ in
                let unit = Array(mutator.random.pick(["a", "é", "🚀", "\\n", "\\u0000", "\\ud800"]).utf8)
                var string: [UInt8] = [UInt8(ascii: "\"")]
                while string.count < size { string += unit }
                return string + [UInt8(ascii: "\"")]
            }
        case 83..<90:
            // Numbers no Double or Int holds exactly, in every number the example has.
            let numbers = JSONMutator.paths(in: value).filter { JSONMutator.value(at: $0, in: value)?.numberValue != nil }
            for path in numbers {
                JSONMutator.set(.number(JSONNumber(uncheckedText: mutator.random.pick(JSONMutator.hostileNumbers))), at: path, in: &value)
            }
            mutator.log.append("\(numbers.count) hostile numbers")
            bytes = JSONSerializer.serialize(value)
        default:
            // The envelope itself: not an object, no result, a result of the wrong kind, success false...
            let replacement: JSONValue = mutator.random.pick([
                .null, [], "result", 200, ["success": true], ["success": false], ["success": true, "result": nil],
                ["success": true, "result": []], ["success": true, "result": "x"], ["success": "false", "result": [:]],
                ["result": [:], "success": false, "errors": [["code": "7000", "message": 1]]], ["result": [[:]]],
            ])
            mutator.log.append("envelope \(replacement)")
            bytes = JSONSerializer.serialize(replacement)
        }
        return (bytes, contentType)
    }

    /// Whether the envelope's success flag cannot be read: a member of the envelope given twice,
    /// or a `success` that is not a boolean. Such a body is an unexpected response though it parses.
    static func hasAmbiguousSuccessFlag(_ body: [UInt8]) -> Bool {
        guard let parsed = try? JSONParser.parse(body, options: .envelope) else { return true }  // a key given twice
        guard case .object(let envelope) = parsed, let flag = envelope["success"] else { return false }
        if case .bool = flag { return false }
        return true
    }

    /// Why an outcome is wrong for this body, or nil when it is one of the allowed ones.
    static func problem(with outcome: Result<JSONValue, APIClientError>, body: [UInt8], status answered: Int, contentType: String?,
                        tally: inout Tally) -> String? {
        let parsed = try? JSONParser.parse(body, options: .lenient)
        let isJSONType = contentType?.contains("json") ?? false
        switch outcome {
        case .success:
            tally.values += 1
            guard case .object(let envelope)? = parsed, envelope["result"] != nil else { return "a value from a body without a result" }
            return nil
        case .failure(let error):
            let text = String(describing: error)
            switch error {
            case .decoding(let failure, let status, _):
                guard status == answered else { return "decoding error with status \(status)" }
                if case .malformedJSON = failure.reason {
                    tally.malformedJSON += 1
                    if parsed != nil { return "malformedJSON for a body that parses" }
                    if !isJSONType { return "malformedJSON for content type \(contentType ?? "none") (expected .unexpectedResponse)" }
                    return nil
                }
                tally.fieldErrors += 1
                guard case .object = parsed else {
                    return failure.path.isRoot ? nil : "a field error at \(failure.path) for a body that is not an object"
                }
                guard case .key(let first)? = failure.path.components.first, first == "result" || first == "result_info" else {
                    return "a field error without a field path: \(failure)"
                }
                if !text.contains(failure.path.description) { return "the description does not name the field: \(text)" }
                return nil
            case .unexpectedResponse(let status, let type, let excerpt, _):
                tally.unexpectedResponses += 1
                if status != answered || type != contentType { return "unexpectedResponse with status \(status), type \(type ?? "none")" }
                if parsed != nil {
                    return Self.hasAmbiguousSuccessFlag(body) ? nil : "unexpectedResponse for a body that parses"
                }
                if isJSONType { return "unexpectedResponse for a JSON content type (expected .decoding(.malformedJSON))" }
                if excerpt.utf8.count > 700 { return "an excerpt of \(excerpt.utf8.count) bytes" }
                return nil
            case .api(let apiError):
                tally.apiErrors += 1
                guard case .object(let envelope)? = parsed, envelope["success"] == .bool(false) else { return ".api for a body without success: false" }
                return apiError.status == answered ? nil : ".api with status \(apiError.status)"
            default:
                return "unexpected error kind: \(text)"
            }
        }
    }

    @Test("4000 mutated response examples, shared among the APIs, through their clients: a value or a typed APIClientError of the right kind, never a crash",
          .serialized, arguments: APIUnderTest.all)
    func mutatedResponses(_ api: APIUnderTest) async throws {
        let examples = DocumentedExample.all(of: api)
        #expect(!examples.isEmpty)
        #expect(examples.count == (try Self.rawExampleCount(api)))
        #expect(Set(examples.map(\.operation.name)) == Set(api.operationNames))

        // The documented examples themselves: success bodies decode, error bodies are API errors.
        for documented in examples {
            let outcome = await Self.call(documented, answering: JSONSerializer.data(documented.example.responseBody), contentType: "application/json")
            switch outcome {
            case .success: #expect((200...299).contains(documented.example.responseStatus), "\(documented) decoded")
            case .failure(let error):
                if case .api = error { #expect(documented.example.responseStatus >= 400) } else { Issue.record("\(documented): \(error)") }
            }
        }

        var tally = Tally()
        var problems: [String] = []
        let started = ContinuousClock.now
        for index in 0..<Self.caseCount {
            // The in-memory transport never suspends, so without this the loop would hold one of the
            // cooperative pool's threads for seconds, and the loopback server's handlers (tasks on the
            // same pool) of tests running alongside would starve into timeouts.
            await Task.yield()
            var mutator = JSONMutator(seed: Self.seed &+ UInt64(index))
            let documented = examples[mutator.random.below(examples.count)]
            let (body, contentType) = Self.makeCase(&mutator, documented)
            let outcome = await Self.call(documented, answering: Data(body), contentType: contentType)
            if let problem = Self.problem(with: outcome, body: body, status: documented.operation.response.status, contentType: contentType, tally: &tally), problems.count < 20 {
                problems.append("case \(index) (\(documented), \(mutator.log.joined(separator: "; "))): \(problem)")
            }
        }
        for problem in problems { Issue.record(Comment(rawValue: problem)) }
        #expect(tally.total == Self.caseCount)
        // Every kind of outcome is exercised (at 4000 cases: over 200 of the first three, over 50 of the others).
        let many = Self.caseCount / 20, some = Self.caseCount / 80
        #expect(tally.values > many && tally.fieldErrors > many && tally.malformedJSON > many && tally.unexpectedResponses > some && tally.apiErrors > some)
        print("""
            client fuzz of \(api): \(tally.total) mutated responses (seed \(String(Self.seed, radix: 16))): \(tally.values) values, \
            \(tally.fieldErrors) .decoding with a field path, \(tally.malformedJSON) .decoding(.malformedJSON), \
            \(tally.unexpectedResponses) .unexpectedResponse, \(tally.apiErrors) .api; \
            \(Int((ContinuousClock.now - started).milliseconds)) ms
            """)
    }
}
