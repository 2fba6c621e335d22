import APIGenRuntime
import CloudflareMCP
import Foundation
import Testing

@Suite struct ModelBehaviourTests {
    static let minimalServer: JSONValue = [
        "id": "s1", "auth_type": "bearer", "hostname": "https://example.com/mcp", "name": "S", "prompts": [], "tools": [],
    ]

    @Test func openEnumsKeepUnknownValues() throws {
        var json = Self.minimalServer.objectValue!
        json["status"] = "status"
        json["auth_type"] = "mtls"
        let server = try MCPServer(json: .object(json))
        #expect(server.status == .unknown("status"))
        #expect(server.authType == .unknown("mtls"))
        #expect(server.encodeJSON() == .object(json))
        #expect(ServerStatus(rawValue: "ready") == .ready)
        #expect(ServerStatus.allCases.map(\.rawValue) == ["waiting", "ready", "stale", "error"])
        #expect(!AuthType.unknown("mtls").isKnown && AuthType.oauth.isKnown)
    }

    @Test func requestsRefuseUnknownEnumValues() {
        let request = CreateMCPServerRequest(id: "s1", authType: .unknown("mtls"), hostname: "https://example.com", name: "S")
        #expect(request.violations().map(\.description) == ["auth_type: \"mtls\" is not one of oauth, bearer, unauthenticated"])
    }

    @Test func timestampsKeepTheirText() throws {
        var json = Self.minimalServer.objectValue!
        json["created_at"] = "2019-12-27T18:11:19.117Z"
        json["modified_at"] = "2019-12-27T18:11:19Z"
        json["last_synced"] = "2019-12-27T20:11:19.5+02:00"
        let server = try MCPServer(json: .object(json))
        #expect(server.createdAt?.date == Date(timeIntervalSince1970: 1_577_470_279.117))
        #expect(server.modifiedAt?.date == Date(timeIntervalSince1970: 1_577_470_279))
        #expect(server.lastSynced?.date == Date(timeIntervalSince1970: 1_577_470_279.5))
        #expect(server.encodeJSON() == .object(json))
        #expect(Timestamp(Date(timeIntervalSince1970: 1_577_470_279.117)).text == "2019-12-27T18:11:19.117Z")
    }

    @Test func malformedTimestampsFailWithTheirPath() {
        var json = Self.minimalServer.objectValue!
        json["created_at"] = "yesterday"
        #expect(throws: DecodingFailure(path: JSONPath.root + "created_at", reason: .invalidValue("\"yesterday\" is not an RFC 3339 date-time"))) {
            try MCPServer(json: .object(json))
        }
        for bad in ["2019-02-30T00:00:00Z", "2019-12-27T24:00:00Z", "2019-12-27T18:11:19", "2019-12-27T18:11:19.Z", "2019-12-27 18:11:19Z"] {
            #expect(Timestamp(rfc3339: bad) == nil, "\(bad)")
        }
    }

    @Test func nullStaysNullAndAbsentStaysAbsent() throws {
        var json = Self.minimalServer.objectValue!
        json["description"] = nil
        let absent = try MCPServer(json: .object(json))
        #expect(absent.description == .absent)
        json["description"] = .null
        let null = try MCPServer(json: .object(json))
        #expect(null.description == .null)
        #expect(null.encodeJSON() == .object(json))
        // A null sent for an optional, non-nullable field is kept too.
        json["error"] = .null
        let server = try MCPServer(json: .object(json))
        #expect(server.error == nil)
        #expect(server.encodeJSON() == .object(json))
    }

    @Test func unknownFieldsSurviveAndKnownFieldsWin() throws {
        var json = Self.minimalServer.objectValue!
        json["added_next_month"] = ["nested": [1, 2.5, "x"]]
        var server = try MCPServer(json: .object(json))
        #expect(server.unknownFields["added_next_month"] == ["nested": [1, 2.5, "x"]])
        #expect(server.encodeJSON() == .object(json))
        server.unknownFields["name"] = "shadow"
        #expect(server.encodeJSON()["name"] == "S")
    }

    @Test func requestBodiesRefuseUnknownFields() {
        #expect(throws: DecodingFailure(path: JSONPath.root + "nmae", reason: .unknownField)) {
            try UpdateMCPServerRequest(json: ["nmae": "typo"])
        }
    }

    @Test func updateSendsOnlyWhatIsSet() {
        #expect(JSONSerializer.string(UpdateMCPServerRequest().encodeJSON()) == "{}")
        #expect(JSONSerializer.string(UpdateMCPServerRequest(description: .null).encodeJSON()) == #"{"description":null}"#)
        #expect(JSONSerializer.string(UpdateMCPServerRequest(description: "new").encodeJSON()) == #"{"description":"new"}"#)
        #expect(JSONSerializer.string(UpdateMCPServerRequest(name: "N", secureWebGateway: false).encodeJSON()) == #"{"name":"N","secure_web_gateway":false}"#)
    }

    @Test func violationsNameEveryFieldPath() {
        var tools = (0..<3).map { CapabilityOverride(name: "tool\($0)") }
        tools[2].alias = String(repeating: "a", count: 41)
        let request = CreateMCPServerRequest(
            id: "", authType: .bearer, hostname: "not a uri", name: String(repeating: "n", count: 351),
            description: .value(String(repeating: "d", count: 513)), updatedTools: tools
        )
        #expect(request.violations().map(\.description) == [
            "id: 0 characters, at least 1",
            "hostname: \"not a uri\" is not an absolute URI",
            "name: 351 characters, at most 350",
            "description: 513 characters, at most 512",
            "updated_tools[2].alias: 41 characters, at most 40",
        ])
    }

    @Test func lengthsCountUnicodeScalars() {
        // "é" as e + combining acute accent is two scalars; an emoji flag is two regional indicators.
        let alias = String(repeating: "e\u{301}", count: 20)
        #expect(CapabilityOverride(name: "t", alias: alias).violations().isEmpty)
        #expect(CapabilityOverride(name: "t", alias: alias + "x").violations().map(\.description) == ["alias: 41 characters, at most 40"])
        #expect(CapabilityOverride(name: "t", alias: String(repeating: "🇨🇭", count: 20)).violations().isEmpty)
    }

    @Test func decodingErrorsCarryTheFieldPath() {
        var json = Self.minimalServer.objectValue!
        json["updated_tools"] = [["name": "a"], ["name": 3]]
        #expect(throws: DecodingFailure(path: JSONPath.root.appending("updated_tools").appending(index: 1).appending("name"),
                                        reason: .typeMismatch(expected: "a string", found: .number))) {
            try MCPServer(json: .object(json))
        }
        json = Self.minimalServer.objectValue!
        json["name"] = nil
        #expect(throws: DecodingFailure(path: JSONPath.root + "name", reason: .missingField)) { try MCPServer(json: .object(json)) }
    }

    @Test func codableAgreesWithTheClientsDecoding() throws {
        var json = Self.minimalServer.objectValue!
        json["created_at"] = "2019-12-27T18:11:19.117Z"
        json["status"] = "status"
        json["extra"] = true
        let data = JSONSerializer.data(.object(json))
        let viaCodable = try JSONDecoder().decode(MCPServer.self, from: data)
        let viaClient = try MCPServer(jsonData: data)
        #expect(viaCodable == viaClient)
        let reencoded = try JSONParser.parse(JSONEncoder().encode(viaCodable))
        #expect(reencoded == .object(json))
    }

    @Test func secretsAreRedactedInDescriptions() {
        let request = UpdateMCPServerRequest(authCredentials: "sk-SECRET-1", clientSecret: "SECRET-2", description: "visible")
        var dumped = ""
        dump(request, to: &dumped)
        for text in [String(describing: request), String(reflecting: request), "\(request)", dumped] {
            #expect(!text.contains("SECRET"), "\(text)")
            #expect(text.contains("<redacted>"))
        }
        #expect(String(describing: request).contains("visible"))
        #expect(!String(describing: Credentials.apiToken("SECRET-3")).contains("SECRET"))
        #expect(!String(reflecting: Credentials.apiKey(email: "a@b.c", key: "SECRET-4")).contains("SECRET"))
    }
}
