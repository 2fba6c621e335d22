import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_unions
import Testing
import TestSupport

/// unions: `"kind": "union"` models decode to an enum case chosen once (by the discriminator, or by the JSON's kind and a
/// member only one variant has), keep a value of no variant as `.unknown` where answers carry them, and validate the
/// value they carry at the union's own path. Shapes from Cloudflare's purge cache and Access applications.
@Suite struct UnionsSnapshotTests {
    static func client(_ transport: InMemoryTransport) -> UnionsClient {
        UnionsClient(configuration: UnionsClient.defaultConfiguration(credentials: nil), transport: transport)
    }

    static let applications = #"""
        [{"type":"self_hosted","id":"app1","domain":"app.example.com","tags":["team",7]},\#
        {"type":"saas","id":"app2","saas_app":{"auth_type":"saml"}},\#
        {"type":"BookmarkApplication","id":"app3","app_launcher_visible":true},\#
        {"type":"ssh","id":"app4","domain":"ssh.example.com"}]
        """#

    @Test func theDiscriminatorSelectsTheVariantAndAnUnknownTypeIsKept() async throws {
        let transport = InMemoryTransport(json: #"{"result": \#(Self.applications)}"#)
        let applications = try await Self.client(transport).listApplications(accountID: "a1")
        guard applications.count == 4, case .selfHosted(let selfHosted) = applications[0], case .saas(let saas) = applications[1],
              case .bookmarkApplication(let bookmark) = applications[2], case .unknown(let unknown) = applications[3]
        else { Issue.record("\(applications)"); return }
        #expect(selfHosted.domain == "app.example.com")
        #expect(selfHosted.tags == [.string("team"), .integer(7)])
        #expect(saas.saasApp.authType == "saml")
        #expect(bookmark.appLauncherVisible == true)
        #expect(unknown["type"] == "ssh")
        // Every value, the unknown one included, encodes back to the JSON it came from.
        let reencoded = JSONSerializer.string(.array(applications.map { $0.encodeJSON() }))
        #expect(reencoded == Self.applications)
        // Codable goes the same way.
        #expect(try JSONDecoder().decode([AccessApplication].self, from: Data(Self.applications.utf8)) == applications)
    }

    @Test func aUnionResultWithoutItsDiscriminatorIsUnknown() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"id": "x"}}"#)
        #expect(try await Self.client(transport).getApplication(accountID: "a1", appID: "x") == .unknown(["id": "x"]))
    }

    /// The chosen variant's own decoding errors keep their full path: the variant adds nothing to it.
    @Test func aBrokenVariantFailsAtItsFieldsPath() throws {
        let failure = #expect(throws: DecodingFailure.self) {
            try AccessApplication(json: ["type": "saas", "id": "a", "saas_app": ["auth_type": 1]])
        }
        #expect(failure?.path.description == "saas_app.auth_type")
    }

    /// A request body of one of five object shapes, told apart by their one member; the files in it are strings or objects.
    @Test func aUnionBodyIsSentAsItsVariant() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"id": "p1"}}"#)
        let client = Self.client(transport)
        let files = PurgeRequest.purgeFiles(PurgeFiles(files: [
            .url("https://example.com/a.css"),
            .purgeFileWithHeaders(PurgeFileWithHeaders(url: "https://example.com/b", headers: ["CF-IPCountry": "DE"])),
        ]))
        #expect(try await client.purgeCache(zoneID: "z1", body: files).id == "p1")
        _ = try await client.purgeCache(zoneID: "z1", body: .purgeEverything(PurgeEverything(purgeEverything: true)))
        let sent = transport.requests.compactMap { $0.body.map { String(decoding: $0, as: UTF8.self) } }
        #expect(sent == [
            #"{"files":["https://example.com/a.css",{"url":"https://example.com/b","headers":{"CF-IPCountry":"DE"}}]}"#,
            #"{"purge_everything":true}"#,
        ])
    }

    /// Decoding a body decides by the member only one shape has; a value of no shape names the path and what was expected.
    @Test func aRequestOnlyUnionDecodesByItsMembersAndRefusesOtherValues() throws {
        #expect(try PurgeRequest(json: ["tags": ["a"]]) == .purgeTags(PurgeTags(tags: ["a"])))
        #expect(try PurgeRequest(json: ["prefixes": ["example.com/a"]]) == .purgePrefixes(PurgePrefixes(prefixes: ["example.com/a"])))
        #expect(try PurgeFile(json: "https://example.com") == .url("https://example.com"))
        let noShape = #expect(throws: DecodingFailure.self) { try PurgeRequest(json: ["everything": true]) }
        #expect(noShape?.path == .root)
        #expect(noShape?.description.contains("an object with 'files'") == true)
        let notAnObject = #expect(throws: DecodingFailure.self) { try PurgeRequest(json: ["a"]) }
        #expect(notAnObject?.reason == .typeMismatch(
            expected: "an object with 'files' or an object with 'tags' or an object with 'hosts' or an object with 'prefixes' or an object with 'purge_everything'",
            found: .array
        ))
    }

    /// The same shapes in an answer (an open union): decided by their member, and a shape of no variant is kept.
    @Test func anAnswerOfObjectShapesIsDecidedByMember() async throws {
        let transport = InMemoryTransport(json: #"{"result": [{"tags": ["a"]}, {"purge_everything": true}, {"files": ["https://example.com/a", 3]}, {"urls": []}]}"#)
        let entries = try await Self.client(transport).listPurges(zoneID: "z1")
        #expect(entries.count == 4)
        #expect(entries.first == .purgeTags(PurgeTags(tags: ["a"])))
        #expect(entries.dropFirst().first == .purgeEverything(PurgeEverything(purgeEverything: true)))
        // Inside an answer the files are an open union too: a number among them is kept.
        #expect(entries.dropFirst(2).first == .purgeFiles(PurgeFiles(files: [.url("https://example.com/a"), .unknown(3)])))
        #expect(entries.last == .unknown(["urls": []]))
    }

    /// The carried value is validated at the union's path; variants are transparent in paths.
    @Test func theCarriedValueIsValidatedAtTheUnionsPath() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"id": "p1"}}"#)
        let body = PurgeRequest.purgeFiles(PurgeFiles(files: [
            .url("not a uri"), .purgeFileWithHeaders(PurgeFileWithHeaders(url: "https://example.com", headers: ["h": String(repeating: "x", count: 101)])),
        ]))
        let violations = try await refusedViolations { try await Self.client(transport).purgeCache(zoneID: "z", body: body) }
        #expect(violations.map(\.description) == [#"files[0]: "not a uri" is not an absolute URI"#, "files[1].headers.h: 101 characters, at most 100"])
        let empty = try await refusedViolations { try await Self.client(transport).purgeCache(zoneID: "z", body: .purgeTags(PurgeTags(tags: [""]))) }
        #expect(empty.map(\.description) == ["tags[0]: 0 characters, at least 1"])
        #expect(transport.requests.isEmpty)
    }

    /// A variant whose discriminator member names another variant would be read as that one: refused before sending.
    @Test func aVariantMustCarryItsOwnDiscriminatorValue() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"primary": {"type": "saas", "id": "b", "saas_app": {"auth_type": "oidc"}}}}"#)
        let mislabelled = ApplicationPolicy(primary: .saas(SaaSApplication(type: "self_hosted", id: "b", saasApp: SaaSSettings(authType: "oidc"))))
        let violations = try await refusedViolations { try await Self.client(transport).updatePolicy(accountID: "a", body: mislabelled) }
        #expect(violations.map(\.description) == [#"primary.type: "self_hosted" selects another variant; this one is saas"#])
        #expect(violations.first?.constraint == .allowedValues(["saas"]))
        #expect(transport.requests.isEmpty)
        // A bookmark is selected by its model's name, which no mapping value replaces.
        let bookmark = ApplicationPolicy(primary: .bookmarkApplication(BookmarkApplication(type: "bookmark", id: "c")))
        let byName = try await refusedViolations { try await Self.client(transport).updatePolicy(accountID: "a", body: bookmark) }
        #expect(byName.map(\.description) == [#"primary.type: "bookmark" selects another variant; this one is BookmarkApplication"#])
    }

    /// Unions as a field, a nullable field, array items and map values; an unknown value kept from an answer is refused in a request.
    @Test func unionsInFieldsArraysAndMapsAndUnknownValuesAreRefused() async throws {
        let kept = try AccessApplication(json: ["type": "ssh", "id": "x"])
        let policy = ApplicationPolicy(
            primary: .selfHosted(SelfHostedApplication(type: "self_hosted", id: "a", domain: "", tags: [.string("far too long a tag name"), .integer(-1)])),
            fallback: .value(kept), others: [.saas(SaaSApplication(type: "saas", id: "b", saasApp: SaaSSettings(authType: "oidc", consumerServiceURL: "nope")))],
            byName: ["k": kept], tag: .integer(-2)
        )
        let transport = InMemoryTransport(json: #"{"result": {"primary": {"type": "saas", "id": "b", "saas_app": {"auth_type": "oidc"}}}}"#)
        let violations = try await refusedViolations { try await Self.client(transport).updatePolicy(accountID: "a", body: policy) }
        #expect(violations.map(\.description) == [
            "primary.domain: 0 characters, at least 1",
            "primary.tags[0]: 23 characters, at most 16",
            "primary.tags[1]: -1, at least 0",
            "fallback: a value of none of the known variants (SelfHostedApplication, SaaSApplication, BookmarkApplication)",
            #"others[0].saas_app.consumer_service_url: "nope" is not an absolute URI"#,
            "by_name.k: a value of none of the known variants (SelfHostedApplication, SaaSApplication, BookmarkApplication)",
            "tag: -2, at least 0",
        ])
        #expect(violations[3].constraint == .variant(["SelfHostedApplication", "SaaSApplication", "BookmarkApplication"]))
        #expect(transport.requests.isEmpty)
        // The same value in an answer is accepted as it is.
        let answer = try await Self.client(InMemoryTransport(json: #"{"result": {"primary": {"type": "ssh"}, "by_name": {"k": 1}}}"#))
            .updatePolicy(accountID: "a", body: ApplicationPolicy(primary: .bookmarkApplication(BookmarkApplication(type: "BookmarkApplication", id: "c"))))
        #expect(answer.primary == .unknown(["type": "ssh"]))
        #expect(answer.byName?["k"] == .unknown(1))
    }

    /// The command-line engine takes a union body as the body's JSON (`--body`).
    @Test func theCommandLineEngineSendsAUnionBody() async throws {
        let snapshot = try #require(CompiledSnapshot.all.first { $0.folder == "unions" })
        let transport = InMemoryTransport(json: #"{"result": {"id": "p1"}}"#)
        let body: JSONValue = try JSONParser.parse(Data(#"{"hosts": ["www.example.com"]}"#.utf8))
        let result = try await snapshot.invoke("purgeCache", OperationArguments(parameters: ["zone_id": "z1"], body: body), transport)
        #expect(result["id"] == "p1")
        let sent = try #require(transport.requests.first?.body)
        #expect(String(decoding: sent, as: UTF8.self) == #"{"hosts":["www.example.com"]}"#)
    }

    /// The tool itself: a union body comes whole in `--body`, is sent as given, and a broken value is refused with its path.
    @Test func theCommandLineToolTakesAUnionBody() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"id": "p1"}}"#)
        let output = LockedValue(""), errors = LockedValue("")
        let tool = CommandLineTool(UnionsClient.commandLine, environment: ["UNIONS_TOKEN": "t0ken"], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } })
        let status = await tool.run(["purge", "z1", "--body", #"{"files": ["https://example.com/a", {"url": "https://example.com/b"}]}"#])
        #expect(status == 0, "\(errors.current)")
        let sent = try #require(transport.requests.first?.body)
        #expect(String(decoding: sent, as: UTF8.self) == #"{"files":["https://example.com/a",{"url":"https://example.com/b"}]}"#)
        #expect(try JSONParser.parse(output.current)["id"] == "p1")

        let refused = await tool.run(["purge", "z1", "--body", #"{"files": ["not a uri"]}"#])
        #expect(refused == 3)
        #expect(errors.current.contains("files[0]"), "\(errors.current)")
        let noShape = await tool.run(["purge", "z1", "--body", #"{"everything": true}"#])
        #expect(noShape != 0)
        #expect(transport.requests.count == 1)
    }
}
