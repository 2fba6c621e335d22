import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_empty_answers
import Snapshot_no_envelope
import Testing
import TestSupport

/// no-envelope: an API whose answers are not enveloped and that has no authentication. A success
/// body is the result itself (an object, an array, a number); an error is known by its status, its
/// body kept and readable as the model the spec declares; neither the client nor the tool needs
/// credentials. (empty-answers' `exportRuleset` is the same per operation, in an enveloped API.)
@Suite struct NoEnvelopeSnapshotTests {
    private static func client(_ transport: InMemoryTransport) -> NotesClient {
        NotesClient(configuration: NotesClient.defaultConfiguration(credentials: nil), transport: transport)
    }

    /// The spec's example answer of `operation` with `status`, as the server would send it.
    private static func example(_ operation: String, status: Int) throws -> String {
        let spec = try CompiledSnapshot("no-envelope", NotesClient.commandLine).spec()
        let examples = spec["operations"]?[operation]?["examples"]?.arrayValue ?? []
        guard let body = examples.first(where: { $0["response"]?["status"] == .number(JSONNumber(status)) })?["response"]?["body"] else {
            throw SnapshotSpecError("\(operation) has no example answering \(status)")
        }
        return JSONSerializer.string(body)
    }

    @Test func theWholeBodyIsTheResult() async throws {
        let notes = try await Self.client(InMemoryTransport(json: try Self.example("listNotes", status: 200))).listNotes()
        #expect(notes.map(\.id) == ["n1", "n2"])
        #expect(notes[1].tags == ["shop"])
        let note = try await Self.client(InMemoryTransport(json: try Self.example("getNote", status: 200))).getNote(id: "n1")
        #expect(note.text == "milk")
    }

    /// findNote's result is nullable: a `null` body, or none, is `nil`.
    @Test func aNullableWholeBodyIsAnOptional() async throws {
        let found = try await Self.client(InMemoryTransport(json: try Self.example("findNote", status: 200))).findNote(text: "milk")
        #expect(found?.id == "n1")
        #expect(try await Self.client(InMemoryTransport(json: "null")).findNote(text: "cake") == nil)
        #expect(try await Self.client(InMemoryTransport { _ in HTTPResponse(status: 200) }).findNote(text: "cake") == nil)
    }

    @Test func aScalarBodyIsTheResult() async throws {
        let count = try await Self.client(InMemoryTransport(json: try Self.example("countNotes", status: 200))).countNotes()
        #expect(count == 2)
    }

    @Test func aBodyOfAnotherShapeIsADecodingErrorAtTheRoot() async throws {
        let error = await #expect(throws: APIClientError.self) {
            try await Self.client(InMemoryTransport(json: #"{"result": []}"#)).listNotes()
        }
        guard case .decoding(let failure, status: 200, _)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(failure.path == .root)
    }

    @Test func anErrorIsKnownByItsStatusAndItsBodyDecodesAsTheDeclaredModel() async throws {
        let transport = InMemoryTransport(status: 404, json: try Self.example("getNote", status: 404),
                                          headers: ["Content-Type": "application/problem+json", "x-request-id": "req-7"])
        let error = await #expect(throws: APIClientError.self) { try await Self.client(transport).getNote(id: "n9") }
        guard case .api(let failure)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(failure.status == 404)
        #expect(failure.messages.isEmpty)
        #expect(failure.requestID == "req-7")
        let problem = try #require(try failure.body(as: Problem.self))
        #expect(problem.title == "Not Found")
        #expect(problem.detail == "no note n9")
        // An error answer is not retried unless its status says so: one request.
        #expect(transport.requests.count == 1)
    }

    /// getNote declares 404, 5XX and default: each example's body reads as the model of the most specific entry.
    @Test(arguments: [(404, "Problem"), (503, "Outage"), (418, "Problem")])
    func eachErrorBodyReadsAsItsMostSpecificModel(status: Int, model: String) async throws {
        let body = try Self.example("getNote", status: status)
        let error = await #expect(throws: APIClientError.self) {
            try await Self.client(InMemoryTransport(status: status, json: body)).getNote(id: "n1", options: RequestOptions(maxRetries: 0))
        }
        guard case .api(let failure)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(failure.status == status)
        let type = try #require(NotesClient.models[model])
        #expect(try type.init(json: #require(failure.body)).encodeJSON() == JSONParser.parse(Data(body.utf8)))
        if status == 503 { #expect(try failure.body(as: Outage.self)?.retryAfter == 30) }
    }

    @Test func anErrorWithoutAJSONBodyKeepsItsTextAsTheMessage() async throws {
        let transport = InMemoryTransport { _ in
            HTTPResponse(status: 403, headers: ["Content-Type": "text/html"], body: Data("<h1>Forbidden</h1>".utf8))
        }
        let error = await #expect(throws: APIClientError.self) { try await Self.client(transport).listNotes() }
        guard case .api(let failure)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(failure.status == 403)
        #expect(failure.body == nil)
        #expect(failure.messages.map(\.message) == ["<h1>Forbidden</h1>"])
        #expect(try failure.body(as: Problem.self) == nil)

        let empty = await #expect(throws: APIClientError.self) {
            try await Self.client(InMemoryTransport { _ in HTTPResponse(status: 409) }).listNotes()
        }
        guard case .api(let bare)? = empty else { Issue.record("\(String(describing: empty))"); return }
        #expect(bare.status == 409 && bare.messages.isEmpty && bare.body == nil)
    }

    @Test func anEmptyAnswerReturnsAndAnotherSuccessStatusIsUnexpected() async throws {
        try await Self.client(InMemoryTransport { _ in HTTPResponse(status: 204) }).deleteNote(id: "n1")
        let error = await #expect(throws: APIClientError.self) {
            try await Self.client(InMemoryTransport(status: 200, json: try Self.example("createNote", status: 201))).createNote(body: NewNote(text: "bread"))
        }
        guard case .unexpectedResponse(status: 200, _, _, _)? = error else { Issue.record("\(String(describing: error))"); return }
    }

    @Test func theBodyIsStillValidatedAndSentAsJSON() async throws {
        let transport = InMemoryTransport(status: 201, json: try Self.example("createNote", status: 201))
        await #expect(throws: APIClientError.self) { try await Self.client(transport).createNote(body: NewNote(text: "")) }
        #expect(transport.requests.isEmpty)
        let note = try await Self.client(transport).createNote(body: NewNote(text: "bread"))
        #expect(note.id == "n3")
        #expect(try transport.requests.first?.body.map { try JSONParser.parse($0) } == ["text": "bread"])
    }

    /// No authentication: the client from the environment needs no variables and sends no credentials.
    @Test func anAPIWithoutAuthenticationNeedsNoCredentials() async throws {
        let transport = InMemoryTransport(json: try Self.example("countNotes", status: 200))
        let client = try NotesClient(environment: [:], transport: transport)
        #expect(try await client.countNotes() == 2)
        #expect(transport.requests.first?.headers["Authorization"] == nil)
        #expect(NotesClient.commandLine.credentialsFromEnvironment == nil)
    }

    /// The command-line tool runs without credentials, prints the whole body's result, and reports an error by its status.
    @Test func theCommandLineToolNeedsNoCredentials() async throws {
        let found = try Self.example("getNote", status: 200), missing = try Self.example("getNote", status: 404)
        let transport = InMemoryTransport { request in
            request.url.path.hasSuffix("/n1")
                ? HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(found.utf8))
                : HTTPResponse(status: 404, headers: ["Content-Type": "application/json"], body: Data(missing.utf8))
        }
        let output = LockedValue(""), errors = LockedValue("")
        let tool = CommandLineTool(NotesClient.commandLine, environment: [:], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } })
        #expect(await tool.run(["get-note", "n1"]) == 0, "\(errors.current)")
        #expect(try JSONParser.parse(output.current)["text"] == "milk")
        #expect(await tool.run(["get-note", "n9"]) == 1)
        #expect(errors.current.contains("404"), "\(errors.current)")
        #expect(await tool.run(["--help"]) == 0)
        #expect(output.current.contains("The API needs no credentials."), "\(output.current)")
    }
}

/// empty-answers' `exportRuleset` says `"envelope": false`: in an API with an envelope, its whole body is the result.
@Suite struct UnenvelopedOperationTests {
    private static func client(_ transport: InMemoryTransport) -> RulesetsClient {
        RulesetsClient(configuration: RulesetsClient.defaultConfiguration(credentials: nil), transport: transport)
    }

    @Test func theWholeBodyIsTheResultWhileOtherOperationsKeepTheEnvelope() async throws {
        let ruleset = try await Self.client(InMemoryTransport(json: #"{"id": "r1", "name": "waf"}"#)).exportRuleset(zoneID: "z1", rulesetID: "r1")
        #expect(ruleset.name == "waf")
        let enveloped = try await Self.client(InMemoryTransport(json: #"{"success": true, "errors": [], "result": {"id": "r1", "name": "waf"}}"#))
            .getRuleset(zoneID: "z1", rulesetID: "r1")
        #expect(enveloped == ruleset)
        // The envelope read as the ruleset: the result member is not looked for.
        await #expect(throws: APIClientError.self) {
            try await Self.client(InMemoryTransport(json: #"{"success": true, "errors": [], "result": {"id": "r1", "name": "waf"}}"#))
                .exportRuleset(zoneID: "z1", rulesetID: "r1")
        }
    }

    /// An error body in the API's envelope shape still lists its errors; any other is kept as the body.
    @Test func errorsAreKnownByTheirStatusAndTheEnvelopesErrorsAreStillRead() async throws {
        let listed = await #expect(throws: APIClientError.self) {
            try await Self.client(InMemoryTransport(status: 404, json: #"{"success": false, "errors": [{"code": 1003, "message": "no ruleset"}]}"#))
                .exportRuleset(zoneID: "z1", rulesetID: "r9")
        }
        guard case .api(let failure)? = listed else { Issue.record("\(String(describing: listed))"); return }
        #expect(failure.messages == [APIError.Message(code: 1003, message: "no ruleset")])

        let other = await #expect(throws: APIClientError.self) {
            try await Self.client(InMemoryTransport(status: 404, json: #"{"detail": "gone"}"#)).exportRuleset(zoneID: "z1", rulesetID: "r9")
        }
        guard case .api(let bare)? = other else { Issue.record("\(String(describing: other))"); return }
        #expect(bare.status == 404 && bare.messages.isEmpty && bare.body == ["detail": "gone"])
    }
}
