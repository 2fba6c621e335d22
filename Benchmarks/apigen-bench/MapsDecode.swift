import Foundation
import Snapshot_maps

/// Decoding a map-heavy list: the maps snapshot's `listDeployments` (each `Deployment` has eight `JSONMap` fields:
/// strings, integers, models, arrays, nested maps, enums, any values) against plain `Codable` structs with
/// `[String: T]` dictionaries, decoded by one `JSONDecoder` from the same bytes.
enum MapsDecode {
    /// What a careful hand-written client would declare for the same JSON (it forgets the members' order).
    enum Plain {
        struct ListEnvelope: Codable {
            var result: [Deployment]
        }

        struct Route: Codable {
            var target: String
            var weight: Int?
        }

        enum Tier: String, Codable { case free, pro }

        struct Deployment: Codable {
            var labels: [String: String]
            var headers: [String: String]?
            var limits: [String: Int]?
            var routes: [String: Route]?
            var ports: [String: [Int]]?
            var weights: [String: [String: Double]]?
            var tiers: [String: Tier]?
            var annotations: [String: JSONValue]?
        }
    }

    /// `{"result": [...]}` with `count` deployments, each with 4 labels, 3 headers, 3 limits, 2 routes, 2 port lists,
    /// 2 × 2 weights, 2 tiers and 2 annotations (about 700 bytes).
    static func listBody(count: Int) -> Data {
        resultList(count: count) { index in
            #"{"labels":{"app":"api-\#(index)","team":"edge","env":"prod","zone":"z\#(index % 7)"},"#
                + #""headers":{"X-Request-Source":"bench","Accept":"application/json","X-Index":"\#(index)"},"#
                + #""limits":{"rps":\#(index % 1000),"cpu":4,"memory_mb":512},"#
                + #""routes":{"/":{"target":"https://a\#(index).example.com","weight":90},"/v2":{"target":"https://b.example.com"}},"#
                + #""ports":{"http":[80,8080],"https":[443]},"#
                + #""weights":{"us":{"west":0.25,"east":0.75},"eu":{"north":0.5,"south":0.5}},"#
                + #""tiers":{"api":"pro","docs":"free"},"#
                + #""annotations":{"owner":"ops","retries":\#(index % 5)}}"#
        }
    }

    @MainActor
    static func benchmark(count: Int, repetitions: Int) async -> DecodeResult {
        log("decode: list of \(count) map-heavy deployments")
        let body = listBody(count: count)
        let client = DeploymentsClient(configuration: DeploymentsClient.defaultConfiguration(credentials: nil),
                                       transport: MemoryTransport(status: 200, body: body))
        return await compareListDecoding("decode maps \(count)", body: body, repetitions: repetitions,
                                         notes: ("listDeployments (JSONMap), in-memory", "JSONDecoder, [String: T]"),
                                         generated: { try await client.listDeployments() }, plain: Plain.ListEnvelope.self,
                                         check: { Self.check($0, $1.result) })
    }

    /// Both sides decoded the same values (the generated one also in the order of the JSON).
    private static func check(_ generated: [Deployment], _ plain: [Plain.Deployment]) {
        guard generated.count == plain.count else { fail("decoded \(generated.count) deployments generated, \(plain.count) plain") }
        for (g, p) in zip(generated, plain) {
            let same = Dictionary(uniqueKeysWithValues: Array(g.labels)) == p.labels
                && g.labels.keys == ["app", "team", "env", "zone"]
                && g.routes?["/"]?.weight == p.routes?["/"]?.weight && g.ports?["http"] == p.ports?["http"]
                && g.weights?["eu"]?["south"] == p.weights?["eu"]?["south"] && g.tiers?["api"]?.rawValue == p.tiers?["api"]?.rawValue
                && g.limits.value?["rps"] == p.limits?["rps"] && g.annotations?["retries"] == p.annotations?["retries"]
            guard same else { fail("generated and plain decoding disagree on deployment \(g.labels["app"] ?? "?")") }
        }
    }
}
