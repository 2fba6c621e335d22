import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_maps
import Testing
import TestSupport

/// maps: `"type": "map"` fields decode to `JSONMap`s that keep their members' order through decoding and encoding, and
/// every value is validated before sending, at a path that names its key.
@Suite struct MapsSnapshotTests {
    static func client(_ transport: InMemoryTransport) -> DeploymentsClient {
        DeploymentsClient(configuration: DeploymentsClient.defaultConfiguration(credentials: nil), transport: transport)
    }

    /// A deployment whose members are in no sorted order, each map included.
    static let unsorted = #"""
        {"labels":{"zone":"b","app":"api","team":"edge"},"headers":{"X-Trace":"on","Accept":"*/*"},"limits":{"rps":10,"cpu":2},\#
        "routes":{"/v2":{"target":"https://b.example.com","weight":10},"/":{"target":"https://a.example.com"}},\#
        "ports":{"https":[443,8443],"http":[80]},"weights":{"us":{"west":0.5,"east":1},"eu":{}},"tiers":{"b":"pro","a":"free"},\#
        "annotations":{"z":null,"a":[1,{"k":"v"}]}}
        """#

    @Test func decodingThenEncodingKeepsEveryMapsOrder() throws {
        let deployment = try Deployment(jsonData: Data(Self.unsorted.utf8))
        #expect(deployment.labels.keys == ["zone", "app", "team"])
        #expect(deployment.routes?.keys == ["/v2", "/"])
        #expect(deployment.weights?["us"]?.keys == ["west", "east"])
        #expect(deployment.weights?["eu"]?.isEmpty == true)
        #expect(deployment.ports?["https"] == [443, 8443])
        #expect(deployment.routes?["/"] == Route(target: "https://a.example.com"))
        #expect(deployment.tiers?["b"] == .pro)
        #expect(deployment.annotations?["z"] == .null)
        #expect(String(decoding: deployment.jsonData(), as: UTF8.self) == Self.unsorted)
        // Codable decodes the same value (equality ignores order, as for a dictionary; `JSONDecoder` itself does not
        // tell the order of an object's keys, which is why the client decodes with its own parser).
        #expect(try JSONDecoder().decode(Deployment.self, from: Data(Self.unsorted.utf8)) == deployment)
    }

    @Test func theClientSendsAndReturnsMapsInOrder() async throws {
        let transport = InMemoryTransport(json: #"{"result": \#(Self.unsorted)}"#)
        var labels: JSONMap<String> = ["team": "edge", "app": "api"]
        labels["env"] = "prod"
        labels["app"] = "web"  // replaced in place
        let sent = Deployment(labels: labels, routes: ["/b": Route(target: "https://b.example.com"), "/a": Route(target: "https://a.example.com")])
        let answer = try await Self.client(transport).createDeployment(body: sent)
        #expect(answer.labels.keys == ["zone", "app", "team"])
        let body = try #require(transport.requests.first?.body)
        #expect(String(decoding: body, as: UTF8.self)
            == #"{"labels":{"team":"edge","app":"web","env":"prod"},"routes":{"/b":{"target":"https://b.example.com"},"/a":{"target":"https://a.example.com"}}}"#)
    }

    @Test func aMapResultKeepsItsOrder() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"/z": {"target": "https://z.example.com"}, "/a": {"target": "https://a.example.com", "weight": 5}}}"#)
        let routes = try await Self.client(transport).listRoutes()
        #expect(routes.keys == ["/z", "/a"])
        #expect(routes["/a"]?.weight == 5)
        #expect(Array(routes.map(\.key)) == ["/z", "/a"])
    }

    /// Each broken value is reported at its key's path (plain keys dotted, others quoted), and nothing is sent.
    @Test func valuesAreValidatedAtTheirKeysPaths() async throws {
        let transport = InMemoryTransport(json: #"{"result": {}}"#)
        let deployment = Deployment(
            labels: ["team": "Edge!"],
            headers: ["X Trace": ""],
            limits: .value(["rps": -1]),
            routes: ["/": Route(target: "not a uri", weight: 101)],
            ports: ["http": [0, 80, 443, 8080]],
            weights: ["us": ["west": -0.5, "east": 1, "north": 1]],
            tiers: ["a": .unknown("enterprise")]
        )
        let violations = try await Self.refused(deployment, transport)
        #expect(violations.map(\.description).sorted() == [
            #"headers["X Trace"]: 0 characters, at least 1"#,
            #"labels.team: "Edge!" does not match the pattern ^[a-z0-9-]*$"#,
            "limits.rps: -1, at least 0",
            "ports.http: 4 items, at most 3",
            "ports.http[0]: 0, at least 1",
            #"routes["/"].target: "not a uri" is not an absolute URI"#,
            #"routes["/"].weight: 101, at most 100"#,
            #"tiers.a: "enterprise" is not one of free, pro"#,
            "weights.us.west: -0.5, at least 0",
            "weights.us: 3 members, at most 2",
        ])
        #expect(violations.first { $0.path.description == "weights.us" }?.constraint == .maxProperties(2))
        #expect(transport.requests.isEmpty)
    }

    /// Loops inside loops keep each level's index and key apart in the path.
    @Test func nestedArraysAndMapsReportTheFullPath() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"labels": {"a": "1"}}}"#)
        let violations = try await Self.refused(Deployment(labels: ["a": "1"], grid: [["x": [1]], ["y": [0], "z": [3, 4, -5]]]), transport)
        #expect(violations.map(\.description) == ["grid[1].z[2]: -5, at least 0"])
    }

    @Test func memberCountsAreBounded() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"labels": {"a": "1"}}}"#)
        let empty = try await Self.refused(Deployment(labels: [:]), transport)
        #expect(empty.map(\.description) == ["labels: 0 members, at least 1"])
        #expect(empty.first?.constraint == .minProperties(1))

        let many = try await Self.refused(Deployment(labels: ["a": "1", "b": "2", "c": "3", "d": "4", "e": "5"]), transport)
        #expect(many.map(\.description) == ["labels: 5 members, at most 4"])

        let routes = JSONMap((1...9).map { ("/\($0)", Route(target: "https://example.com")) })
        let tooManyRoutes = try await Self.refused(Deployment(labels: ["a": "1"], routes: routes), transport)
        #expect(tooManyRoutes.map(\.description) == ["routes: 9 members, at most 8"])
        #expect(transport.requests.isEmpty)

        _ = try await Self.client(transport).createDeployment(body: Deployment(labels: ["a": "1", "b": "2", "c": "3", "d": "4"]))
        #expect(transport.requests.count == 1)
    }

    @Test func decodingFailuresNameTheKey() throws {
        let missing = #expect(throws: DecodingFailure.self) {
            try Deployment(json: ["labels": [:], "routes": ["/v1": ["weight": 1]]])
        }
        #expect(missing?.path.description == #"routes["/v1"].target"#)
        let wrongType = #expect(throws: DecodingFailure.self) {
            try Deployment(json: ["labels": ["team": 1]])
        }
        #expect(wrongType?.path.description == "labels.team")
        let notAnObject = #expect(throws: DecodingFailure.self) {
            try Deployment(json: ["labels": ["a", "b"]])
        }
        #expect(notAnObject?.path.description == "labels")
        let nested = #expect(throws: DecodingFailure.self) {
            try Deployment(json: ["labels": [:], "weights": ["eu": ["west": "high"]]])
        }
        #expect(nested?.path.description == "weights.eu.west")
    }

    @Test func nullableMapsTellAbsentFromNull() throws {
        #expect(try Deployment(json: ["labels": [:], "limits": nil]).limits == .null)
        #expect(try Deployment(json: ["labels": [:]]).limits == .absent)
        #expect(Deployment(labels: [:], limits: .null).encodeJSON() == ["labels": [:], "limits": nil])
    }

    /// The command-line engine takes a map through the body's JSON (`--body`), like any other non-scalar field.
    @Test func theCommandLineEngineSendsAMapFromTheBody() async throws {
        let snapshot = try #require(CompiledSnapshot.all.first { $0.folder == "maps" })
        let transport = InMemoryTransport(json: #"{"result": {"labels": {"b": "2", "a": "1"}}}"#)
        let body: JSONValue = try JSONParser.parse(Data(#"{"labels": {"b": "2", "a": "1"}, "ports": {"https": [443]}}"#.utf8))
        let result = try await snapshot.invoke("createDeployment", OperationArguments(parameters: [:], body: body), transport)
        #expect(result["labels"]?.objectValue?.keys == ["b", "a"])
        let sent = try #require(transport.requests.first?.body)
        #expect(String(decoding: sent, as: UTF8.self) == #"{"labels":{"b":"2","a":"1"},"ports":{"https":[443]}}"#)
    }

    /// The tool itself: a map comes in `--body`, is sent in the order given, and a broken value is refused with its path.
    @Test func theCommandLineToolTakesAMapInTheBody() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"labels": {"b": "2", "a": "1"}}}"#)
        let output = LockedValue(""), errors = LockedValue("")
        // (The snapshot's spec has a bearer scheme, so the tool reads its variable; see no-envelope.swift for a spec without one.)
        let tool = CommandLineTool(DeploymentsClient.commandLine, environment: ["DEPLOYMENTS_TOKEN": "t0ken"], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } })
        let status = await tool.run(["create-deployment", "--body", #"{"labels": {"b": "2", "a": "1"}, "weights": {"us": {"west": 1}}}"#])
        #expect(status == 0, "\(errors.current)")
        let sent = try #require(transport.requests.first?.body)
        #expect(String(decoding: sent, as: UTF8.self) == #"{"labels":{"b":"2","a":"1"},"weights":{"us":{"west":1}}}"#)
        #expect(try JSONParser.parse(output.current)["labels"] == ["a": "1", "b": "2"])

        let refused = await tool.run(["create-deployment", "--body", #"{"labels": {"team": "Edge!"}}"#])
        #expect(refused == 3)
        #expect(errors.current.contains("labels.team"), "\(errors.current)")
        #expect(transport.requests.count == 1)
    }

    private static func refused(_ deployment: Deployment, _ transport: InMemoryTransport) async throws -> [ConstraintViolation] {
        do {
            _ = try await client(transport).createDeployment(body: deployment)
        } catch {
            guard case .invalidRequest(let violations) = error else { throw error }
            return violations
        }
        Issue.record("sent")
        return []
    }
}

/// `additionalFields`: members beside a model's fields, all of one type (OpenAPI's `additionalProperties` beside
/// `properties`), decoded, kept in order, re-encoded and validated at their own keys.
@Suite struct AdditionalFieldsSnapshotTests {
    @Test func membersBesideTheFieldsAreTypedAndKeptInOrder() async throws {
        let json = #"{"timestamps":["2023-08-08T10:15:00Z"],"IOS":["2.5"],"ANDROID":["97.28898"]}"#
        let series = try await MapsSnapshotTests.client(InMemoryTransport(json: #"{"result": \#(json)}"#)).getTrafficSeries()
        #expect(series.timestamps.count == 1)
        #expect(series.additionalFields.keys == ["IOS", "ANDROID"])
        #expect(series.additionalFields["ANDROID"] == ["97.28898"])
        #expect(JSONSerializer.string(series.encodeJSON()) == json)
        // A member of another type is the member's own decoding error, at its key.
        let failure = #expect(throws: DecodingFailure.self) { try TimeSeries(json: ["timestamps": [], "IOS": 2.5]) }
        #expect(failure?.path.description == "IOS")
    }

    @Test func eachAdditionalMemberIsValidatedAtItsKey() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"owner": "edge"}}"#)
        let tags = TagSet(owner: "edge", additionalFields: ["env": "prod", "note": String(repeating: "x", count: 17)])
        let violations = try await refusedViolations { try await MapsSnapshotTests.client(transport).setTags(body: tags) }
        #expect(violations.map(\.description) == ["note: 17 characters, at most 16"])
        #expect(transport.requests.isEmpty)
        _ = try await MapsSnapshotTests.client(transport).setTags(body: TagSet(owner: "edge", additionalFields: ["env": "prod"]))
        #expect(transport.requests.first?.body.map { String(decoding: $0, as: UTF8.self) } == #"{"owner":"edge","env":"prod"}"#)
    }
}
