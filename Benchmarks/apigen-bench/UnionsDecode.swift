import Foundation
import Snapshot_unions

/// Decoding union-heavy lists: the unions snapshot's `listApplications` (each item an `AccessApplication`, one of three
/// object shapes told apart by `type`) against plain `Codable` enums that decide the variant as a careful hand-written
/// decoder would: read `type` once, then decode that variant from the same decoder (no `try?` attempts); and its
/// `listPurges` (one of four object shapes, each with a member of its own) against `contains` on each shape's key.
enum UnionsDecode {
    enum Plain {
        struct ListEnvelope: Decodable {
            var result: [Application]
        }

        enum Application: Decodable {
            case selfHosted(SelfHosted)
            case saas(SaaS)
            case bookmark(Bookmark)
            case unknown(type: String?)

            private enum Key: String, CodingKey { case type }

            init(from decoder: any Decoder) throws {
                let type = try decoder.container(keyedBy: Key.self).decodeIfPresent(String.self, forKey: .type)
                switch type {
                case "self_hosted": self = .selfHosted(try SelfHosted(from: decoder))
                case "saas": self = .saas(try SaaS(from: decoder))
                case "BookmarkApplication": self = .bookmark(try Bookmark(from: decoder))
                default: self = .unknown(type: type)
                }
            }
        }

        struct PurgeList: Decodable {
            var result: [PurgeEntry]
        }

        /// Told apart as a careful hand-written decoder would: one look for each shape's own member, then that shape decoded.
        enum PurgeEntry: Decodable {
            case tags([String]), hosts([String]), prefixes([String]), everything(Bool), unknown

            private enum Key: String, CodingKey { case tags, hosts, prefixes, purge_everything }

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: Key.self)
                if container.contains(.tags) {
                    self = .tags(try container.decode([String].self, forKey: .tags))
                } else if container.contains(.hosts) {
                    self = .hosts(try container.decode([String].self, forKey: .hosts))
                } else if container.contains(.prefixes) {
                    self = .prefixes(try container.decode([String].self, forKey: .prefixes))
                } else if container.contains(.purge_everything) {
                    self = .everything(try container.decode(Bool.self, forKey: .purge_everything))
                } else {
                    self = .unknown
                }
            }
        }

        struct SelfHosted: Decodable {
            var type: String
            var id: String
            var domain: String
            var session_duration: String?
        }

        struct SaaSSettings: Decodable {
            var auth_type: String
            var consumer_service_url: String?
        }

        struct SaaS: Decodable {
            var type: String
            var id: String
            var saas_app: SaaSSettings
        }

        struct Bookmark: Decodable {
            var type: String
            var id: String
            var app_launcher_visible: Bool?
        }
    }

    /// `{"result": [...]}` with `count` applications cycling through the three types (and one in 50 of a type the spec
    /// does not list), each about 110 bytes.
    static func listBody(count: Int) -> Data {
        resultList(count: count) { index in
            switch index % 50 == 49 ? 3 : index % 3 {
            case 0: #"{"type":"self_hosted","id":"app-\#(index)","domain":"app\#(index).example.com","session_duration":"24h"}"#
            case 1: #"{"type":"saas","id":"app-\#(index)","saas_app":{"auth_type":"saml","consumer_service_url":"https://sso.example.com/\#(index)"}}"#
            case 2: #"{"type":"BookmarkApplication","id":"app-\#(index)","app_launcher_visible":true}"#
            default: #"{"type":"ssh","id":"app-\#(index)","domain":"ssh\#(index).example.com"}"#
            }
        }
    }

    /// `{"result": [...]}` with `count` past purges cycling through four shapes (tags, hosts, prefixes, everything), each
    /// told apart by its one member; the lists hold three items.
    static func purgeBody(count: Int) -> Data {
        resultList(count: count) { index in
            switch index % 4 {
            case 0: #"{"tags":["team-\#(index)","static","v\#(index % 9)"]}"#
            case 1: #"{"hosts":["www\#(index).example.com","cdn.example.com","img.example.com"]}"#
            case 2: #"{"prefixes":["example.com/\#(index)/","example.com/assets/","example.com/img/"]}"#
            default: #"{"purge_everything":true}"#
            }
        }
    }

    /// The list of past purges: an open union of object shapes decided by their members, against `contains` on each key.
    @MainActor
    static func benchmarkByMember(count: Int, repetitions: Int) async -> DecodeResult {
        log("decode: list of \(count) past purges (a union decided by member)")
        let body = purgeBody(count: count)
        let client = client(answering: body)
        return await compareListDecoding("decode unions by member \(count)", body: body, repetitions: repetitions,
                                         notes: ("listPurges (union by member), in-memory", "JSONDecoder, enum by contains(key)"),
                                         generated: { try await client.listPurges(zoneID: "z1") }, plain: Plain.PurgeList.self,
                                         check: { Self.checkPurges($0, $1.result) })
    }

    private static func client(answering body: Data) -> UnionsClient {
        UnionsClient(configuration: UnionsClient.defaultConfiguration(credentials: nil), transport: MemoryTransport(status: 200, body: body))
    }

    private static func checkPurges(_ generated: [PurgeHistoryEntry], _ plain: [Plain.PurgeEntry]) {
        guard generated.count == plain.count else { fail("decoded \(generated.count) purges generated, \(plain.count) plain") }
        for (g, p) in zip(generated, plain) {
            let same = switch (g, p) {
            case (.purgeTags(let a), .tags(let b)): a.tags == b
            case (.purgeHosts(let a), .hosts(let b)): a.hosts == b
            case (.purgePrefixes(let a), .prefixes(let b)): a.prefixes == b
            case (.purgeEverything(let a), .everything(let b)): a.purgeEverything == b
            default: false
            }
            guard same else { fail("generated and plain decoding disagree on \(g)") }
        }
    }

    @MainActor
    static func benchmark(count: Int, repetitions: Int) async -> DecodeResult {
        log("decode: list of \(count) union-heavy applications")
        let body = listBody(count: count)
        let client = client(answering: body)
        return await compareListDecoding("decode unions \(count)", body: body, repetitions: repetitions,
                                         notes: ("listApplications (discriminated union), in-memory", "JSONDecoder, enum by type"),
                                         generated: { try await client.listApplications(accountID: "a1") }, plain: Plain.ListEnvelope.self,
                                         check: { Self.check($0, $1.result) })
    }

    /// Both sides chose the same variant for every item and read the same values.
    private static func check(_ generated: [AccessApplication], _ plain: [Plain.Application]) {
        guard generated.count == plain.count else { fail("decoded \(generated.count) applications generated, \(plain.count) plain") }
        for (g, p) in zip(generated, plain) {
            let same = switch (g, p) {
            case (.selfHosted(let a), .selfHosted(let b)): a.id == b.id && a.domain == b.domain && a.sessionDuration == b.session_duration
            case (.saas(let a), .saas(let b)): a.id == b.id && a.saasApp.consumerServiceURL == b.saas_app.consumer_service_url
            case (.bookmarkApplication(let a), .bookmark(let b)): a.id == b.id && a.appLauncherVisible == b.app_launcher_visible
            case (.unknown(let a), .unknown(let b)): a["type"]?.stringValue == b
            default: false
            }
            guard same else { fail("generated and plain decoding disagree on \(g)") }
        }
    }
}
