import Foundation
import Snapshot_unions

/// Decoding a union-heavy list: the unions snapshot's `listApplications` (each item an `AccessApplication`, one of three
/// object shapes told apart by `type`) against plain `Codable` enums that decide the variant as a careful hand-written
/// decoder would: read `type` once, then decode that variant from the same decoder (no `try?` attempts).
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
        var text = #"{"result":["#
        for index in 0..<count {
            if index > 0 { text += "," }
            switch index % 50 == 49 ? 3 : index % 3 {
            case 0: text += #"{"type":"self_hosted","id":"app-\#(index)","domain":"app\#(index).example.com","session_duration":"24h"}"#
            case 1: text += #"{"type":"saas","id":"app-\#(index)","saas_app":{"auth_type":"saml","consumer_service_url":"https://sso.example.com/\#(index)"}}"#
            case 2: text += #"{"type":"BookmarkApplication","id":"app-\#(index)","app_launcher_visible":true}"#
            default: text += #"{"type":"ssh","id":"app-\#(index)","domain":"ssh\#(index).example.com"}"#
            }
        }
        return Data((text + "]}").utf8)
    }

    @MainActor
    static func benchmark(count: Int, repetitions: Int) async -> DecodeResult {
        log("decode: list of \(count) union-heavy applications")
        let body = listBody(count: count)
        let client = UnionsClient(configuration: UnionsClient.defaultConfiguration(credentials: nil),
                                  transport: MemoryTransport(status: 200, body: body))
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
