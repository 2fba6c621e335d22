import APIGenRuntime
import Foundation
import Snapshot_union_dispatch
import Testing
import TestSupport

/// union-dispatch: how a union without a mapped discriminator decides its variant, once, from what the JSON shows —
/// a discriminator whose values the variants' own one-value enums or constants give (DNS records, Workers bindings),
/// a discriminator the variants do not require (Queues event sources: a value without it is unknown), object variants
/// marked by members no other variant declares or only they require (Hyperdrive caching), a default
/// object variant, and scalar variants of one JSON kind (enum values, then a plain string; whole numbers, then others).
@Suite struct UnionDispatchSnapshotTests {
    static func client(_ transport: InMemoryTransport) -> UnionDispatchClient {
        UnionDispatchClient(configuration: UnionDispatchClient.defaultConfiguration(credentials: nil), transport: transport)
    }

    static let records = #"""
        [{"type":"A","name":"example.com","content":"198.51.100.4","ttl":3600},\#
        {"type":"CNAME","name":"www.example.com","content":"example.com","proxied":true},\#
        {"type":"MX","name":"example.com","content":"mail.example.com","priority":10},\#
        {"type":"TXT","name":"example.com","content":"v=spf1 -all"}]
        """#

    /// Each record's `type` enum holds one value: that value selects it, and names its case.
    @Test func theVariantsOwnEnumsGiveTheDiscriminatorsValues() async throws {
        let records = try await Self.client(InMemoryTransport(json: #"{"result": \#(Self.records)}"#)).listRecords(zoneID: "z1")
        guard records.count == 4, case .a(let a) = records[0], case .cname(let cname) = records[1], case .mx(let mx) = records[2],
              case .unknown(let unknown) = records[3]
        else { Issue.record("\(records)"); return }
        #expect(a.content == "198.51.100.4" && a.type == .a)
        #expect(cname.proxied == true)
        #expect(mx.priority == 10)
        #expect(unknown["type"] == "TXT")
        #expect(JSONSerializer.string(.array(records.map { $0.encodeJSON() })) == Self.records)
    }

    /// A record whose `type` says another variant would be read as that one: its one-value enum refuses it before
    /// sending, at `type` (the union adds no check of its own: every value the enum allows selects this variant).
    @Test func aRecordMustCarryItsOwnType() async throws {
        let transport = InMemoryTransport(json: #"{"result": {"type": "A", "name": "example.com"}}"#)
        let mislabelled = DNSRecord.a(ARecord(type: .unknown("CNAME"), name: "example.com"))
        let violations = try await refusedViolations { try await Self.client(transport).createRecord(zoneID: "z1", body: mislabelled) }
        #expect(violations.map(\.description) == [#"type: "CNAME" is not one of A"#])
        #expect(transport.requests.isEmpty)
        let created = try await Self.client(transport).createRecord(zoneID: "z1", body: .a(ARecord(type: .a, name: "example.com")))
        #expect(created == .a(ARecord(type: .a, name: "example.com")))
        #expect(transport.requests.first?.body.map { String(decoding: $0, as: UTF8.self) } == #"{"type":"A","name":"example.com"}"#)
    }

    /// Queues event sources declare `type` without requiring it: a source with it is its variant, one without it is of
    /// no known variant, kept whole and refused in a request; a variant left without its `type` is sent as it is.
    @Test func anOptionalDiscriminatorLeftOutSelectsNoVariant() async throws {
        let answer = #"{"result": {"event_source": {"script_tag": "8ee7a3b1"}}}"#
        let transport = InMemoryTransport(json: answer)
        let settings = try await Self.client(transport).getSettings()
        guard case .unknown(let kept)? = settings.eventSource else { Issue.record("\(String(describing: settings.eventSource))"); return }
        #expect(kept == ["script_tag": "8ee7a3b1"])
        let violations = try await refusedViolations { try await Self.client(transport).updateSettings(body: settings) }
        #expect(violations.map(\.path.description) == ["event_source"], "\(violations)")
        let typed = try await Self.client(InMemoryTransport(json: #"{"result": {"event_source": {"type": "workers.script"}}}"#)).getSettings()
        #expect(typed.eventSource == .workersScript(WorkersScriptEventSource(type: .workersScript)))
        let untyped = Settings(eventSource: .r2(R2EventSource()))
        _ = try await Self.client(transport).updateSettings(body: untyped)
        #expect(transport.requests.last?.body.map { String(decoding: $0, as: UTF8.self) } == #"{"event_source":{}}"#)
    }

    /// A map or any object is a variant too, selected by a JSON object (beside object models it could only be the
    /// default): Workers KV's bulk values, and labels as a list or a map, whose values are checked in requests.
    @Test func mapAndObjectVariantsAreSelectedByAnObject() async throws {
        let answer = #"{"result": {"kv_values": {"a": "x", "b": 2, "c": false, "d": {"k": [1]}, "e": null}, "labels": {"team": "edge"}}}"#
        let transport = InMemoryTransport(json: answer)
        let settings = try await Self.client(transport).getSettings()
        #expect(settings.kvValues == ["a": .string("x"), "b": .number(2), "c": .boolean(false), "d": .object(["k": [1]]), "e": .unknown(.null)])
        #expect(settings.labels == .map(["team": "edge"]))
        let list = try await Self.client(InMemoryTransport(json: #"{"result": {"labels": ["edge", "dns"]}}"#)).getSettings()
        #expect(list.labels == .array(["edge", "dns"]))
        let tooLong = Settings(labels: .map(["team": "a-name-longer-than-sixteen"]))
        let violations = try await refusedViolations { try await Self.client(transport).updateSettings(body: tooLong) }
        #expect(violations.map(\.path.description) == ["labels.team"], "\(violations)")
    }

    @Test func everyKindOfDecisionInOneAnswer() async throws {
        let settings = #"""
            {"caching":{"disabled":false,"max_age":60},\#
            "logs":[{"destination_conf":"s3://logs"},{"destination_conf":"r2://logs","sample_rate":0.5},{"destination_conf":"r2://x","output_options":{}}],\#
            "expiry":"session",\#
            "bindings":[{"type":"plain_text","name":"GREETING","text":"hello"},{"type":"secret_text","name":"KEY"},{"type":"kv_namespace","name":"KV"}]}
            """#
        let answer = try await Self.client(InMemoryTransport(json: #"{"result": \#(settings)}"#)).getSettings()
        // `max_age` marks the settings, though `disabled` is there too.
        #expect(answer.caching == .cachingEnabled(CachingEnabled(disabled: false, maxAge: 60)))
        // No member of its own marks the first destination: it is the default.
        guard let logs = answer.logs, logs.count == 3, case .destination = logs[0], case .formattedDestination(let sampled) = logs[1],
              case .formattedDestination = logs[2]
        else { Issue.record("\(String(describing: answer.logs))"); return }
        #expect(sampled.sampleRate == 0.5)
        #expect(answer.expiry == .expiryKeyword(.session))
        // Constants give the bindings' values; an unknown type is kept.
        #expect(answer.bindings?.first == .plainText(PlainTextBinding(name: "GREETING", text: "hello")))
        #expect(answer.bindings?.last == .unknown(["type": "kv_namespace", "name": "KV"]))
        #expect(JSONSerializer.string(answer.encodeJSON()) == settings)
    }

    /// `disabled`, which only the first variant requires, marks it when nothing marks the second.
    @Test func aMemberOnlyOneVariantRequiresMarksIt() throws {
        #expect(try Caching(json: ["disabled": true]) == .cachingDisabled(CachingDisabled(disabled: true)))
        #expect(try Caching(json: ["stale_while_revalidate": 15]) == .cachingEnabled(CachingEnabled(staleWhileRevalidate: 15)))
        #expect(try Caching(json: [:]) == .unknown([:]))
    }

    /// Scalars of one JSON kind: the keyword's values, then any other string (a date); whole numbers, then the rest.
    @Test func scalarVariantsOfOneKindAreToldApartByValue() throws {
        #expect(try Expiry(json: "never") == .expiryKeyword(.never))
        #expect(try Expiry(json: "2026-12-04T10:00:00Z") == .date(Timestamp(rfc3339: "2026-12-04T10:00:00Z")!))
        #expect(try Expiry(json: 3600) == .seconds(3600))
        #expect(try Expiry(json: .number(JSONNumber(text: "1.5")!)) == .hours(1.5))
        // A string that is neither a keyword nor a date is the date variant's own error, at the union's path.
        let failure = #expect(throws: DecodingFailure.self) { try Expiry(json: "tomorrow") }
        #expect(failure?.path == .root)
        #expect(try Expiry(json: true) == .unknown(true))
    }

    /// Requests validate what the chosen variant carries; a value kept as unknown is refused.
    @Test func requestsValidateTheCarriedValue() async throws {
        let transport = InMemoryTransport(json: #"{"result": {}}"#)
        let settings = Settings(
            caching: .cachingEnabled(CachingEnabled(maxAge: 7200)),
            logs: [.formattedDestination(FormattedDestination(destinationConf: "s3://logs", sampleRate: 2))],
            expiry: .seconds(-1),
            bindings: [.unknown(["type": "kv_namespace"])]
        )
        let violations = try await refusedViolations { try await Self.client(transport).updateSettings(body: settings) }
        #expect(violations.map(\.description) == [
            "caching.max_age: 7200, at most 3600",
            "logs[0].sample_rate: 2, at most 1",
            "expiry: -1, at least 0",
            "bindings[0]: a value of none of the known variants (PlainTextBinding, SecretTextBinding)",
        ])
        #expect(transport.requests.isEmpty)
    }
}
