import APIGenRuntime
import Foundation
import Snapshot_array_bodies
import Snapshot_authentication
import Snapshot_awkward_names
import Snapshot_composition
import Snapshot_constants
import Snapshot_deprecation
import Snapshot_cursor_pagination
import Snapshot_empty_answers
import Snapshot_exclusive_bounds
import Snapshot_headers
import Snapshot_hostile_text
import Snapshot_integer_enums
import Snapshot_integer_widths
import Snapshot_maps
import Snapshot_multipart
import Snapshot_multiple_of
import Snapshot_no_envelope
import Snapshot_nullable_items
import Snapshot_nullable_update
import Snapshot_object_storage
import Snapshot_open_bodies
import Snapshot_open_enum
import Snapshot_page_numbers
import Snapshot_pagination
import Snapshot_query_arrays
import Snapshot_query_constraints
import Snapshot_raw_content
import Snapshot_recursive_models
import Snapshot_required_alternatives
import Snapshot_sensitive_fields
import Snapshot_success_statuses
import Snapshot_union_dispatch
import Snapshot_unions
import Snapshot_unique_items
import Snapshot_waiters
import Testing
import TestSupport

/// A snapshot's generated client, compiled as a module of its own (see `snapshots` in Package.swift), seen through
/// what every generated client has, its command-line description, so that one test can send the examples of every
/// snapshot's spec through that snapshot's client. The files named after a snapshot test what it is about.
struct CompiledSnapshot: Sendable, CustomStringConvertible {
    var folder: String
    /// Calls the operation named `operation` with `arguments` on a client sending over `transport`, and returns the result as JSON.
    var invoke: @Sendable (_ operation: String, _ arguments: OperationArguments, _ transport: any HTTPTransport) async throws -> JSONValue

    var description: String { folder }

    init<API>(_ folder: String, _ commandLine: CommandLineDescription<API>) {
        self.folder = folder
        invoke = { operation, arguments, transport in
            guard let descriptor = commandLine.operations.first(where: { $0.name == operation }) else {
                throw SnapshotSpecError("\(folder) has no operation \(operation)")
            }
            let client = commandLine.makeClient(commandLine.makeConfiguration(commandLine.defaultBaseURL, nil), transport)
            return try await descriptor.invoke(client, arguments)
        }
    }

    static let all = [
        CompiledSnapshot("array-bodies", Snapshot_array_bodies.WorkersKVClient.commandLine),
        CompiledSnapshot("authentication", Snapshot_authentication.AccountsClient.commandLine),
        CompiledSnapshot("awkward-names", Snapshot_awkward_names.AwkwardClient.commandLine),
        CompiledSnapshot("composition", Snapshot_composition.PortalsClient.commandLine),
        CompiledSnapshot("constants", Snapshot_constants.JobsClient.commandLine),
        CompiledSnapshot("cursor-pagination", Snapshot_cursor_pagination.R2Client.commandLine),
        CompiledSnapshot("deprecation", Snapshot_deprecation.WidgetsClient.commandLine),
        CompiledSnapshot("empty-answers", Snapshot_empty_answers.RulesetsClient.commandLine),
        CompiledSnapshot("exclusive-bounds", Snapshot_exclusive_bounds.AIGatewayClient.commandLine),
        CompiledSnapshot("headers", Snapshot_headers.BucketsClient.commandLine),
        CompiledSnapshot("hostile-text", Snapshot_hostile_text.HostileClient.commandLine),
        CompiledSnapshot("integer-enums", Snapshot_integer_enums.AlertsClient.commandLine),
        CompiledSnapshot("integer-widths", Snapshot_integer_widths.CountersClient.commandLine),
        CompiledSnapshot("maps", Snapshot_maps.DeploymentsClient.commandLine),
        CompiledSnapshot("multipart", Snapshot_multipart.MultipartClient.commandLine),
        CompiledSnapshot("multiple-of", Snapshot_multiple_of.LoadBalancingClient.commandLine),
        CompiledSnapshot("no-envelope", Snapshot_no_envelope.NotesClient.commandLine),
        CompiledSnapshot("nullable-items", Snapshot_nullable_items.SpeedBuildsClient.commandLine),
        CompiledSnapshot("nullable-update", Snapshot_nullable_update.PetsClient.commandLine),
        CompiledSnapshot("object-storage", Snapshot_object_storage.SheltersClient.commandLine),
        CompiledSnapshot("open-bodies", Snapshot_open_bodies.OpenBodiesClient.commandLine),
        CompiledSnapshot("open-enum", Snapshot_open_enum.PetsClient.commandLine),
        CompiledSnapshot("page-numbers", Snapshot_page_numbers.AIGatewayClient.commandLine),
        CompiledSnapshot("pagination", Snapshot_pagination.PetsClient.commandLine),
        CompiledSnapshot("query-arrays", Snapshot_query_arrays.ServersClient.commandLine),
        CompiledSnapshot("query-constraints", Snapshot_query_constraints.PetsClient.commandLine),
        CompiledSnapshot("raw-content", Snapshot_raw_content.RawContentClient.commandLine),
        CompiledSnapshot("recursive-models", Snapshot_recursive_models.ForumClient.commandLine),
        CompiledSnapshot("required-alternatives", Snapshot_required_alternatives.BuildsClient.commandLine),
        CompiledSnapshot("sensitive-fields", Snapshot_sensitive_fields.IntegrationsClient.commandLine),
        CompiledSnapshot("success-statuses", Snapshot_success_statuses.AccountsClient.commandLine),
        CompiledSnapshot("union-dispatch", Snapshot_union_dispatch.UnionDispatchClient.commandLine),
        CompiledSnapshot("unions", Snapshot_unions.UnionsClient.commandLine),
        CompiledSnapshot("unique-items", Snapshot_unique_items.TeamsClient.commandLine),
        CompiledSnapshot("waiters", Snapshot_waiters.ServersClient.commandLine),
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "APIGeneratorTests/Snapshots")

    /// The snapshot's `spec.json`, parsed.
    func spec() throws -> JSONValue {
        try JSONParser.parse(Data(contentsOf: Self.folder.appending(path: "\(folder)/spec.json")))
    }
}

struct SnapshotSpecError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// One example of a snapshot's spec: the arguments of a call and the answer the API gives.
struct SnapshotExample: Sendable, CustomStringConvertible {
    var snapshot: CompiledSnapshot
    var operation: String
    var name: String
    var parameters: [String: String]
    var body: JSONValue?
    var status: Int
    var responseBody: JSONValue
    /// The envelope's result member; nil when the whole body is the result.
    var resultField: String?
    /// The result object's member holding a page's items (`pagination.items`); nil when the result is the items.
    var itemsField: String?

    /// What the tool prints: the result, or a page's items.
    var expectedOutput: JSONValue {
        let result = resultField.map { responseBody[$0] ?? .null } ?? responseBody
        guard let itemsField else { return result }
        return result[itemsField] ?? .array([])
    }

    var description: String { "\(snapshot.folder) \(operation): \(name)" }

    static let all: [SnapshotExample] = CompiledSnapshot.all.flatMap { snapshot in
        let spec = try! snapshot.spec()
        let apiResultField = spec["envelope"]?["resultField"]?.stringValue
        return spec["operations"]!.objectValue!.flatMap { operation in
            let resultField = operation.value["envelope"] == false ? nil : apiResultField
            return (operation.value["examples"]?.arrayValue ?? []).filter { $0["response"]?["status"]?.numberValue?.intValue ?? 0 < 400 }.map { example in
                var parameters: [String: String] = [:]
                for member in example["request"]?["parameters"]?.objectValue ?? JSONObject() {
                    parameters[member.key] = member.value.stringValue ?? JSONSerializer.string(member.value)
                }
                return SnapshotExample(
                    snapshot: snapshot, operation: operation.key, name: example["name"]!.stringValue!,
                    parameters: parameters, body: example["request"]?["body"],
                    status: example["response"]!["status"]!.numberValue!.intValue!,
                    responseBody: example["response"]!["body"]!, resultField: resultField,
                    itemsField: operation.value["pagination"]?["items"]?.stringValue
                )
            }
        }
    }
}

@Suite struct CompiledSnapshotTests {
    @Test func everySnapshotFolderIsCompiledAndHasItsOwnTests() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: CompiledSnapshot.folder.path).filter { !$0.hasPrefix(".") }
        #expect(CompiledSnapshot.all.map(\.folder) == folders.sorted())
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for folder in folders {
            #expect(FileManager.default.fileExists(atPath: here.appending(path: "\(folder).swift").path), "no \(folder).swift")
        }
    }

    /// The examples are successful answers: the result re-encodes to the documented JSON, and the body sent is the documented one.
    @Test(arguments: SnapshotExample.all)
    func exampleRoundTripsThroughTheCompiledClient(_ example: SnapshotExample) async throws {
        let transport = InMemoryTransport(status: example.status, json: JSONSerializer.string(example.responseBody))
        let result = try await example.snapshot.invoke(
            example.operation, OperationArguments(parameters: example.parameters, body: example.body), transport
        )
        // An empty answer gives the tool `null`.
        #expect(result == example.expectedOutput)

        let sent = try #require(transport.requests.first)
        #expect(try sent.body.map { try JSONParser.parse($0) } == example.body)
    }

    @Test func snapshotsHaveExamples() {
        #expect(Set(SnapshotExample.all.map(\.snapshot.folder)) == ["array-bodies", "composition", "constants", "cursor-pagination", "empty-answers", "exclusive-bounds", "headers", "integer-enums", "maps", "multiple-of",
                                                                 "no-envelope", "nullable-items", "nullable-update", "open-bodies", "open-enum", "page-numbers", "pagination", "recursive-models", "required-alternatives", "success-statuses",
                                                                 "union-dispatch", "unions"])
    }
}

/// The violations `call` is refused with before anything is sent; an issue when it was not refused.
func refusedViolations<Result>(_ call: () async throws -> Result, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> [ConstraintViolation] {
    do {
        _ = try await call()
    } catch {
        guard case .invalidRequest(let violations)? = error as? APIClientError else { throw error }
        return violations
    }
    Issue.record("sent", sourceLocation: sourceLocation)
    return []
}

/// Decodes `json` as a `T`, expects it to re-encode to the same JSON, and returns it.
@discardableResult
func expectRoundTrip<T: JSONModel>(_ json: JSONValue, as type: T.Type, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> T {
    let value = try T(json: json)
    #expect(value.encodeJSON() == json, sourceLocation: sourceLocation)
    return value
}
