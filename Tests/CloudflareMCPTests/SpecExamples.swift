import APIGenRuntime
import CloudflareMCP
import Foundation

/// The documented examples, read from the spec the library is generated from (copied there from
/// the documentation pages and the published schema), so tests and spec cannot drift apart.
struct SpecExample: CustomStringConvertible, Sendable {
    var operation: String
    var name: String
    var parameters: JSONObject
    var body: JSONValue?
    var status: Int
    var responseBody: JSONValue

    var description: String { "\(operation): \(name)" }

    static let specURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "spec/mcp-servers.json")

    static let all: [SpecExample] = {
        let data = try! Data(contentsOf: specURL)
        let spec = try! JSONParser.parse(data)
        var examples: [SpecExample] = []
        for operation in spec["operations"]!.objectValue! {
            for example in operation.value["examples"]?.arrayValue ?? [] {
                examples.append(SpecExample(
                    operation: operation.key, name: example["name"]!.stringValue!,
                    parameters: example["request"]?["parameters"]?.objectValue ?? JSONObject(),
                    body: example["request"]?["body"],
                    status: example["response"]!["status"]!.numberValue!.intValue!,
                    responseBody: example["response"]!["body"]!
                ))
            }
        }
        return examples
    }()

    static func successStatus(of operation: String) -> Int {
        operation == "createServer" ? 201 : 200
    }

    var isSuccess: Bool { status == SpecExample.successStatus(of: operation) }

    /// The example's parameters as the text a caller would give.
    var parameterText: [String: String] {
        var text: [String: String] = [:]
        for member in parameters { text[member.key] = member.value.stringValue ?? member.value.description }
        return text
    }
}
