import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_nullable_items
import Testing
import TestSupport

/// nullable-items: array items, map values and additional fields that say `"nullable": true` are `T?` — `null` decodes as
/// `nil` in its place and `nil` encodes as `null`; validation skips `nil` elements, checks the others at their own index or
/// key, and counts every element. Shapes from Cloudflare's page speed trends and Workers build settings.
@Suite struct NullableItemsSnapshotTests {
    static let token = "speed-t0ken"
    /// The tool's exit status for a request refused before sending (spec/README.md).
    static let refusedStatus: Int32 = 3

    static func client(_ transport: any HTTPTransport, baseURL: URL = SpeedBuildsClient.defaultBaseURL) -> SpeedBuildsClient {
        SpeedBuildsClient(credentials: .apiToken(token), baseURL: baseURL, transport: transport)
    }

    /// The bounds of the score targets' items and their count, read from the spec: the tests follow it rather than repeat it.
    static func targetBounds() throws -> (minimum: Double, maximum: Double, maxItems: Int) {
        let spec = try #require(CompiledSnapshot.all.first { $0.folder == "nullable-items" }).spec()
        let body = try #require(spec["operations"]?["setScoreTargets"]?["requestBody"])
        return (try #require(body["items"]?["minimum"]?.numberValue?.exactDoubleValue),
                try #require(body["items"]?["maximum"]?.numberValue?.exactDoubleValue),
                try #require(body["maxItems"]?.numberValue?.intValue))
    }

    /// Over a real socket: a trend's `null` runs arrive as `nil` in their places and encode back as `null`.
    @Test func nullItemsOfAResponseDecodeInPlace() async throws {
        let result = #"{"cls":[0.1,null,0.05],"performanceScore":[98,null,97],"ttfb":[null]}"#
        let server = try LoopbackHTTPServer(always: .json(body: #"{"success": true, "errors": [], "result": \#(result)}"#))
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let trend = try await Self.client(transport, baseURL: server.baseURL).getPageTrend(zoneID: "z1", url: "example.com", tz: "UTC")
        #expect(trend.cls == [0.1, nil, 0.05])
        #expect(trend.performanceScore == [98, nil, 97])
        #expect(trend.ttfb == [nil])
        #expect(trend.fcp == nil)
        #expect(JSONSerializer.string(trend.encodeJSON()) == result)
        // Codable reads the same value.
        #expect(try JSONDecoder().decode(Trend.self, from: Data(result.utf8)) == trend)
        #expect(server.requests.first?.path == "/zones/z1/speed_api/pages/example.com/trend")
    }

    /// Over a real socket: `nil` items are sent as `null` where they are, and the array result comes back the same way.
    @Test func nilItemsAreSentAsNull() async throws {
        let server = try LoopbackHTTPServer(always: .json(body: #"{"success": true, "errors": [], "result": [90, null, 95]}"#))
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        let answer = try await Self.client(transport, baseURL: server.baseURL).setScoreTargets(zoneID: "z1", url: "example.com", body: [90, nil, 95])
        #expect(answer == [90, nil, 95])
        let received = try #require(server.requests.first)
        #expect(received.method == "PUT")
        #expect(received.bodyText == "[90,null,95]")
    }

    /// A `nil` item has nothing to check; the others are checked at their index, and the count includes the `nil`s.
    @Test func itemsAreValidatedAtTheirIndexSkippingNil() async throws {
        let bounds = try Self.targetBounds()
        let transport = InMemoryTransport(json: #"{"result": []}"#)
        var targets: [Double?] = [bounds.minimum, nil, bounds.maximum + 1, bounds.minimum - 1]
        targets += Array(repeating: nil, count: bounds.maxItems - targets.count + 1)
        let violations = try await refusedViolations { try await Self.client(transport).setScoreTargets(zoneID: "z1", url: "example.com", body: targets) }
        #expect(violations.map(\.description) == [
            "$: \(bounds.maxItems + 1) items, at most \(bounds.maxItems)",
            "[2]: \(JSONNumber(bounds.maximum + 1)), at most \(JSONNumber(bounds.maximum))",
            "[3]: \(JSONNumber(bounds.minimum - 1)), at least \(JSONNumber(bounds.minimum))",
        ])
        #expect(violations.first { $0.path.description == "[2]" }?.constraint == .maximum(bounds.maximum))
        #expect(transport.requests.isEmpty)

        // Only nulls: as many elements as the bounds allow, nothing to check in them.
        _ = try await Self.client(transport).setScoreTargets(zoneID: "z1", url: "example.com", body: [nil])
        #expect(transport.requests.first?.body.map { String(decoding: $0, as: UTF8.self) } == "[null]")
    }

    /// Where items are not nullable, a `null` is a decoding failure at its index; a nullable item of the wrong type too.
    @Test func aNullWhereItemsAreNotNullableIsRefused() throws {
        let notNullable = #expect(throws: DecodingFailure.self) { try BuildSettingsUpdate(json: ["path_includes": ["*", nil]]) }
        #expect(notNullable?.path.description == "path_includes[1]")
        #expect(notNullable?.description.contains("found null") == true)
        let wrongType = #expect(throws: DecodingFailure.self) { try Trend(json: ["cls": [0.1, nil, "fast"]]) }
        #expect(wrongType?.path.description == "cls[2]")
        let nullValue = #expect(throws: DecodingFailure.self) { try BuildSettingsUpdate(json: ["environment_variables": ["A": ["is_secret": nil, "value": "x"]]]) }
        #expect(nullValue?.path.description == "environment_variables.A.is_secret")
    }

    /// A `nil` map value is sent as `null` in its place (deleting the variable); the others are validated at their key.
    @Test func nilMapValuesAreSentInOrderAndSkippedByValidation() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"environment_variables": {"OLD_KEY": null, "NODE_ENV": {"is_secret": false, "value": "production"}}}}"#)
        var variables: JSONMap<EnvironmentVariable?> = ["NODE_ENV": EnvironmentVariable(isSecret: false, value: "production"), "OLD_KEY": nil]
        #expect(variables.keys == ["NODE_ENV", "OLD_KEY"])
        variables["TEMP"] = .some(nil)  // a member whose value is null
        variables["TEMP"] = nil  // removes the member
        #expect(variables.keys == ["NODE_ENV", "OLD_KEY"])
        let answer = try await Self.client(transport).updateBuildSettings(
            accountID: "a1", triggerUUID: "8f2c0d9e-3b1a-4c5d-9e7f-0a1b2c3d4e5f", body: BuildSettingsUpdate(environmentVariables: variables)
        )
        #expect(answer.environmentVariables?.keys == ["OLD_KEY", "NODE_ENV"])
        #expect(answer.environmentVariables?["OLD_KEY"] == .some(nil))
        #expect(answer.environmentVariables?["NODE_ENV"]??.value == "production")
        let sent = try #require(transport.requests.first?.body)
        #expect(String(decoding: sent, as: UTF8.self)
            == #"{"environment_variables":{"NODE_ENV":{"is_secret":false,"value":"production"},"OLD_KEY":null}}"#)

        let tooLong = String(repeating: "x", count: 65)
        let broken: JSONMap<EnvironmentVariable?> = ["A": nil, "B": EnvironmentVariable(isSecret: true, value: tooLong), "C": nil, "D": nil]
        let violations = try await refusedViolations {
            try await Self.client(transport).updateBuildSettings(accountID: "a1", triggerUUID: "t", body: BuildSettingsUpdate(environmentVariables: broken))
        }
        #expect(violations.map(\.description).sorted() == [
            "environment_variables.B.value: 65 characters, at most 64",
            "environment_variables: 4 members, at most 3",
            #"trigger_uuid: "t" is not a UUID"#,
        ].sorted())
        #expect(transport.requests.count == 1)
    }

    /// Additional members that may be `null` keep it, in order, through decoding and encoding.
    @Test func nullAdditionalMembersAreKept() async throws {
        let json = #"{"name":"Okta","vendor":"Okta, Inc.","version":null}"#
        let application = try await Self.client(InMemoryTransport(json: #"{"result": \#(json)}"#)).getApplication(accountID: "a1", integrationID: "i1")
        #expect(application.additionalFields.keys == ["vendor", "version"])
        #expect(application.additionalFields["version"] == .some(nil))
        #expect(application.additionalFields["vendor"] == "Okta, Inc.")
        #expect(JSONSerializer.string(application.encodeJSON()) == json)
        let failure = #expect(throws: DecodingFailure.self) { try Application(json: ["name": "Okta", "version": 2]) }
        #expect(failure?.path.description == "version")
    }

    /// The tool takes items with `null` in `--body`, prints `null` where the result has one, and refuses a broken item by its index.
    @Test func theCommandLineToolTakesAndPrintsNullItems() async throws {
        let transport = InMemoryTransport(json: #"{"result": [1, null, 2]}"#)
        let output = LockedValue(""), errors = LockedValue("")
        let tool = CommandLineTool(SpeedBuildsClient.commandLine, environment: ["CLOUDFLARE_API_TOKEN": Self.token], transport: transport,
                                   standardOutput: { text in output.withLock { $0 += text } },
                                   standardError: { text in errors.withLock { $0 += text } })
        let status = await tool.run(["set-score-targets", "--zone-id", "z1", "--url", "example.com", "--body", "[1, null, 2]"])
        #expect(status == 0, "\(errors.current)")
        let sent = try #require(transport.requests.first?.body)
        #expect(String(decoding: sent, as: UTF8.self) == "[1,null,2]")
        #expect(try JSONParser.parse(output.current) == [1, nil, 2])

        let maximum = try Self.targetBounds().maximum
        let refused = await tool.run(["set-score-targets", "--zone-id", "z1", "--url", "example.com", "--body", "[null, 1, \(JSONNumber(maximum + 1))]"])
        #expect(refused == Self.refusedStatus)
        #expect(errors.current.contains("[2]"), "\(errors.current)")
        #expect(transport.requests.count == 1)
    }
}
