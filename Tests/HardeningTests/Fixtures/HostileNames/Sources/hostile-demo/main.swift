// Uses the client generated from spec/hostile-names.json: every field, case and argument below
// has a name that is a Swift keyword, a clash after case conversion, or not ASCII in the spec.
import Foundation
import HostileAPI

// A document whose keys are all hostile names; each is read back by its Swift name.
let document = #"""
    {"default": "d", "protocol": "p", "self": 7, "Self": "S", "Type": "T", "is_upstream": true, "isUpstream": false,
     "_": "u", "2fa": true, "naïve": "n", "名前": "名", "🚀": "r", "path": "/p", "json": "j", "object": {"o": 1},
     "member": "m", "report": "rep", "unknownFields": "uf", "description": null, "init": "i", "where": ["w"],
     "kind": "self", "secret": "SECRET-VALUE", "extra": 42}
    """#
let thing = try Thing(jsonData: Data(document.utf8))
print("default=\(thing.default) protocol=\(thing.protocol!) self_=\(thing.self_!) self_2=\(thing.self_2!) type=\(thing.type!)")
print("isUpstream=\(thing.isUpstream!) isUpstream2=\(thing.isUpstream2!) _5F=\(thing._5F!) _2fa=\(thing._2fa!)")
print("naïve=\(thing.naïve!) 名前=\(thing.名前!) _1F680=\(thing._1F680!)")
print("path=\(thing.path) json=\(thing.json!) object.o=\(thing.object!["o"]!) member=\(thing.member!) report=\(thing.report!)")
print("unknownFields2=\(thing.unknownFields2!) init_=\(thing.init_!) where=\(thing.where!) extra=\(thing.unknownFields["extra"]!)")
print("description is null: \(thing.description == .null); kind=\(thing.kind!.rawValue), is .self_: \(thing.kind == .self_)")

// Encoding gives back the same document, unknown member included.
let reparsed = try JSONParser.parse(Data(document.utf8))
print("round trip: \(thing.jsonData(sortedKeys: true) == JSONSerializer.data(reparsed, options: .init(sortedKeys: true)))")
print("secret printed: \(String(describing: thing).contains("SECRET-VALUE") || String(reflecting: thing).contains("SECRET-VALUE"))")

// Enum cases for values that are keywords, clash with the generated `unknown`, or are not names at all.
print("kinds: \(Kind.allCases.map(\.rawValue).joined(separator: " | "))")
print("Kind(\"unknown\") == .unknown2: \(Kind(rawValue: "unknown") == .unknown2); Kind(\"new\"): \(Kind(rawValue: "new"))")

// Validation through keyword-named members.
let invalid = Thing(default: String(repeating: "d", count: 65), path: "", json: "0123456789X", where: ["w", "toolong"])
print("violations: \(invalid.violations().map(\.description).joined(separator: "; "))")

// A call with keyword-named and renamed arguments, answered from memory with the URL it was sent to.
struct EchoTransport: HTTPTransport {
    func send(_ request: HTTPRequest, options: TransportOptions) async throws -> HTTPResponse {
        let result: JSONValue = ["default": "from the server", "path": .string(request.url.absoluteString)]
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: JSONSerializer.data(["success": true, "result": result]))
    }
}
let client = HostileClient(credentials: .headerPair(userID: "user", type: "SECRET-TYPE"), transport: EchoTransport())
let fetched = try await client.getThing(
    self_: "../x", protocol: "a/b", type: "T", default: .self_, report2: 2, envelope2: "e", core2: true, body2: "b", options2: "o")
print("sent to: \(fetched.path)")
do {
    _ = try await client.getThing(self_: String(repeating: "s", count: 21), protocol: "p", report2: 0)
    print("sent an invalid request")
} catch {
    guard case .invalidRequest(let violations) = error else { throw error }
    print("refused: \(violations.map(\.description).joined(separator: "; "))")
}
print("client printed secret: \(String(describing: client).contains("SECRET-TYPE"))")
