import APIGenRuntime
import Snapshot_awkward_names
import Testing
import TestSupport

/// awkward-names: names that are keywords, clash with generated members or are not ASCII still map to their JSON.
@Suite struct AwkwardNamesSnapshotTests {
    static let body: JSONValue = [
        "default": "d", "protocol": "p", "self": "s", "Type": 1, "is_upstream": true, "isUpstream": false, "_": "u",
        "2fa_enabled": true, "café": "c", "名前": "n", "path": "/x", "json": nil, "object": "o", "unknown_fields": "uf",
        "api_url": "https://example.com", "13335": ["asn": 13335], "nothing": ["anything": [1, 2]], "later": 1,
    ]

    @Test func everyFieldRoundTrips() throws {
        let value = try expectRoundTrip(Self.body, as: Protocol.self)
        #expect(value.default == "d")
        #expect(value.protocol == "p")
        #expect(value.self_ == "s")
        #expect(value.type == 1)
        #expect(value.isUpstream == true)
        #expect(value.isUpstream2 == false)
        #expect(value._5F == "u")
        #expect(value._2faEnabled == true)
        #expect(value.café == "c")
        #expect(value.名前 == "n")
        #expect(value.path == "/x")
        #expect(value.json == Nullable<JSONObject>.null)
        #expect(value.object == Nullable.value("o"))
        #expect(value.unknownFields2 == "uf")
        #expect(value.endpoint == "https://example.com")
        // A field named like its model's type: the type takes a suffix, so the property does not hide it.
        #expect(value._13335 == _13335Model(asn: 13335))
        // A model without fields keeps every member.
        #expect(value.nothing?.unknownFields == ["anything": [1, 2]])
        #expect(value.unknownFields["later"] == 1)
        #expect(value.violations().isEmpty)
    }

    @Test func enumValues() {
        #expect(Type.allCases.map(\.rawValue) == ["default", "self", "Type", "_", "1st", "is-upstream", "is_upstream", "unknown", "", "🐶"])
        for value in Type.allCases {
            #expect(Type(rawValue: value.rawValue) == value)
        }
        #expect(Type(rawValue: "cat") == .unknown("cat"))
    }

    @Test func operationWithKeywordParameters() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"default": "d", "path": "/x"}}"#)
        let client = AwkwardClient(configuration: AwkwardClient.defaultConfiguration(credentials: nil), transport: transport)
        let body = Protocol(default: "d", path: "/x")
        let result = try await client._2faReset(self_: "me", protocol: .type, body2: "b", options2: 9, in: true, let: "l", body: body)
        #expect(result == body)
        let sent = try #require(transport.requests.first)
        #expect(sent.method == "PUT")
        #expect(sent.url.absoluteString == "https://api.example.com/things/me/Type?body=b&options=9&in=true&let=l")
        #expect(try sent.body.map { try JSONParser.parse($0) } == ["default": "d", "path": "/x"])
    }
}
