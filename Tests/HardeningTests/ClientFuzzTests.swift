import APIGenRuntime
import CloudflareMCP
import Foundation
import Testing
import TestSupport

/// Mutates the response examples the spec documents and sends each mutant through the real
/// client path (request building, retry executor, envelope, model decoding) over an in-memory
/// transport that answers the operation's success status with the mutated bytes. Every outcome must be a value or a typed
/// `APIClientError` of the right kind: decoding errors name the field, malformed JSON is
/// `.decoding(.malformedJSON)` (JSON content type) or `.unexpectedResponse` (any other).
@Suite("Client fuzzing")
struct ClientFuzzTests {
    static let caseCount = ProcessInfo.processInfo.environment["APIGEN_FUZZ_CASES"].flatMap { Int($0) } ?? 4000
    static let seed: UInt64 = 0xC11E_17F0_2200_0001

    struct Example: Sendable {
        var operation: String
        var name: String
        var status: Int
        var body: JSONValue
        /// The status the operation documents for success: what the mutated answers come with.
        var successStatus: Int
    }

    /// `operations.*.examples[].response` of the spec, read the way a reviewer reads them.
    static func documentedExamples() throws -> [Example] {
        let spec = try JSONParser.parse(Repository.specData())
        let operations = try #require(spec["operations"]?.objectValue)
        var examples: [Example] = []
        for operation in operations {
            let successStatus = try #require(operation.value["response"]?["status"]?.numberValue?.intValue)
            for example in operation.value["examples"]?.arrayValue ?? [] {
                guard let response = example["response"], let status = response["status"]?.numberValue?.intValue,
                      let body = response["body"] else { continue }
                examples.append(Example(operation: operation.key, name: example["name"]?.stringValue ?? "?", status: status, body: body,
                                        successStatus: successStatus))
            }
        }
        return examples
    }

    /// Calls the operation the example documents, through a client whose transport answers `body`.
    static func call(_ operation: String, answering body: Data, status: Int, contentType: String?) async -> Result<Any, APIClientError> {
        let transport = InMemoryTransport { _ in
            HTTPResponse(status: status, headers: HTTPHeaders(contentType.map { [.init(name: "Content-Type", value: $0)] } ?? []), body: body)
        }
        var configuration = MCPServersClient.defaultConfiguration(credentials: .apiToken("fuzz-token"))
        configuration.retryPolicy = .none
        let client = MCPServersClient(configuration: configuration, transport: transport)
        do throws(APIClientError) {
            switch operation {
            case "listServers": return .success(try await client.listServers(accountID: "acc"))
            case "createServer":
                return .success(try await client.createServer(
                    accountID: "acc", body: CreateMCPServerRequest(id: "my-mcp-server", authType: .bearer, hostname: "https://example.com/mcp", name: "n")))
            case "getServer": return .success(try await client.getServer(accountID: "acc", id: "my-mcp-server"))
            case "updateServer": return .success(try await client.updateServer(accountID: "acc", id: "my-mcp-server", body: UpdateMCPServerRequest(name: "n")))
            case "deleteServer": return .success(try await client.deleteServer(accountID: "acc", id: "my-mcp-server"))
            case "syncServer": return .success(try await client.syncServer(accountID: "acc", id: "my-mcp-server"))
            default: return .failure(.invalidConfiguration("the spec has an operation this test does not know: \(operation)"))
            }
        } catch {
            return .failure(error)
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

    static func makeCase(_ mutator: inout JSONMutator, _ example: Example) -> (body: [UInt8], contentType: String?) {
        var value = example.body
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

    /// Why an outcome is wrong for this body, or nil when it is one of the allowed ones.
    static func problem(with outcome: Result<Any, APIClientError>, body: [UInt8], status answered: Int, contentType: String?,
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
                if parsed != nil { return "unexpectedResponse for a body that parses" }
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

    @Test("4000 mutated response examples through the client: a value or a typed APIClientError of the right kind, never a crash")
    func mutatedResponses() async throws {
        let examples = try Self.documentedExamples()
        #expect(examples.count == 17)
        #expect(Set(examples.map(\.operation)).count == 6)

        // The documented examples themselves: success bodies decode, error bodies are API errors.
        for example in examples {
            let outcome = await Self.call(example.operation, answering: JSONSerializer.data(example.body), status: example.successStatus,
                                          contentType: "application/json")
            switch outcome {
            case .success: #expect((200...299).contains(example.status), "\(example.operation) '\(example.name)' decoded")
            case .failure(let error):
                if case .api = error { #expect(example.status >= 400) } else { Issue.record("\(example.operation) '\(example.name)': \(error)") }
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
            let example = examples[mutator.random.below(examples.count)]
            let (body, contentType) = Self.makeCase(&mutator, example)
            let outcome = await Self.call(example.operation, answering: Data(body), status: example.successStatus, contentType: contentType)
            if let problem = Self.problem(with: outcome, body: body, status: example.successStatus, contentType: contentType, tally: &tally),
               problems.count < 20 {
                problems.append("case \(index) (\(example.operation) '\(example.name)', \(mutator.log.joined(separator: "; "))): \(problem)")
            }
        }
        for problem in problems { Issue.record(Comment(rawValue: problem)) }
        #expect(tally.total == Self.caseCount)
        #expect(tally.values > 200 && tally.fieldErrors > 200 && tally.malformedJSON > 200 && tally.unexpectedResponses > 50 && tally.apiErrors > 50)
        print("""
            client fuzz: \(tally.total) mutated responses (seed \(String(Self.seed, radix: 16))): \(tally.values) values, \
            \(tally.fieldErrors) .decoding with a field path, \(tally.malformedJSON) .decoding(.malformedJSON), \
            \(tally.unexpectedResponses) .unexpectedResponse, \(tally.apiErrors) .api; \
            \(Int((ContinuousClock.now - started).milliseconds)) ms
            """)
    }
}
