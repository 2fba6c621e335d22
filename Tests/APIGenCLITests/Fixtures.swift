import APIGenCLI
import APIGenRuntime
import Foundation

/// What one fake call received.
struct Call: Sendable {
    var operation: String
    var arguments: OperationArguments
    var configuration: ClientConfiguration
}

/// Thread-safe storage for what a run did.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var storedCalls: [Call] = []
    private var storedOutput = ""
    private var storedError = ""

    var calls: [Call] { locked { storedCalls } }
    var output: String { locked { storedOutput } }
    var error: String { locked { storedError } }

    func record(_ call: Call) { locked { storedCalls.append(call) } }
    func writeOutput(_ text: String) { locked { storedOutput += text } }
    func writeError(_ text: String) { locked { storedError += text } }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}

typealias Responder = @Sendable (_ operation: String, _ arguments: OperationArguments) throws -> JSONValue

/// A client that records its calls and answers as told; never touches the network.
struct FakeAPI: Sendable {
    var configuration: ClientConfiguration
    var recorder: Recorder
    var respond: Responder

    func call(_ operation: String, _ arguments: OperationArguments) throws -> JSONValue {
        recorder.record(Call(operation: operation, arguments: arguments, configuration: configuration))
        return try respond(operation, arguments)
    }

    /// `--all`: records a `listAll` call and answers its items as one page.
    func pages(_ arguments: OperationArguments) throws -> PageSequence<JSONValue> {
        let items = try call("listAll", arguments).arrayValue ?? []
        return PageSequence(pageSize: items.count + 1) { _ in .init(items: items, totalPages: 1) }
    }
}

/// A transport that must not be used: the fake client never sends anything.
struct UnusedTransport: HTTPTransport {
    func send(_ request: HTTPRequest, options: TransportOptions) async throws -> HTTPResponse {
        throw TransportError.connectionFailed("unused")
    }
}

enum Fake {
    static let accountID = ValueDescriptor(
        name: "account_id", flag: "account-id", placement: .path, kind: .string, isRequired: true,
        description: "The account.", environment: "FAKE_ACCOUNT_ID")
    static let id = ValueDescriptor(
        name: "id", flag: "id", placement: .path, kind: .string, isRequired: true, isPositional: true,
        description: "The thing's identifier.")

    static let list = OperationDescriptor<FakeAPI>(
        name: "listThings", command: "list", summary: "List things.", description: "Lists the account's things, a page at a time.",
        warning: nil, method: "GET", pathTemplate: "/accounts/{account_id}/things",
        parameters: [
            accountID,
            ValueDescriptor(name: "page", flag: "page", placement: .query, kind: .integer, isRequired: false, description: "Page number."),
            ValueDescriptor(name: "per_page", flag: "per-page", placement: .query, kind: .integer, isRequired: false,
                            description: "Items per page.", defaultValue: "20"),
            ValueDescriptor(name: "search", flag: "search", placement: .query, kind: .string, isRequired: false, description: "Text to find."),
            ValueDescriptor(name: "order", flag: "order", placement: .query, kind: .enumeration(["asc", "desc"]), isRequired: false,
                            description: "Sort order."),
        ],
        bodyFields: nil,
        invoke: { api, arguments in try api.call("list", arguments) },
        allItems: { api, arguments in try api.pages(arguments) })

    static let update = OperationDescriptor<FakeAPI>(
        name: "updateThing", command: "update", summary: "Update a thing.", description: "Changes only the fields given.",
        warning: "Changing the secret logs out every client.", method: "PATCH", pathTemplate: "/accounts/{account_id}/things/{id}",
        parameters: [accountID, id],
        bodyFields: [
            ValueDescriptor(name: "name", flag: "name", placement: .body, kind: .string, isRequired: false, description: "The name."),
            ValueDescriptor(name: "description", flag: "description", placement: .body, kind: .string, isRequired: false,
                            isNullable: true, description: "What it is for."),
            ValueDescriptor(name: "secret", flag: "secret", placement: .body, kind: .string, isRequired: false,
                            isSensitive: true, description: "The shared secret."),
            ValueDescriptor(name: "mode", flag: "mode", placement: .body, kind: .enumeration(["fast", "safe"]), isRequired: false,
                            description: "How it runs."),
            ValueDescriptor(name: "enabled", flag: "enabled", placement: .body, kind: .boolean, isRequired: false, description: "On or off."),
            ValueDescriptor(name: "count", flag: "count", placement: .body, kind: .integer, isRequired: false, description: "How many."),
            ValueDescriptor(name: "ratio", flag: "ratio", placement: .body, kind: .number, isRequired: false, description: "How much."),
        ],
        invoke: { api, arguments in try api.call("update", arguments) })

    static let get = OperationDescriptor<FakeAPI>(
        name: "getThing", command: "get", summary: "Show a thing.", description: nil, warning: nil, method: "GET",
        pathTemplate: "/accounts/{account_id}/things/{id}", parameters: [accountID, id], bodyFields: nil,
        invoke: { api, arguments in try api.call("get", arguments) })

    static let create = OperationDescriptor<FakeAPI>(
        name: "createThing", command: "create", summary: "Create a thing.", description: nil, warning: nil, method: "POST",
        pathTemplate: "/accounts/{account_id}/things", parameters: [accountID],
        bodyFields: [
            ValueDescriptor(name: "name", flag: "name", placement: .body, kind: .string, isRequired: true, description: "The name.",
                            constraints: ["1 to 32 characters"], example: "my thing"),
            ValueDescriptor(name: "mode", flag: "mode", placement: .body, kind: .enumeration(["fast", "safe"]), isRequired: true,
                            description: "How it runs."),
            ValueDescriptor(name: "count", flag: "count", placement: .body, kind: .integer, isRequired: false, description: "How many.",
                            defaultValue: "1", constraints: ["1 to 100"]),
        ],
        invoke: { api, arguments in try api.call("create", arguments) })

    static let delete = OperationDescriptor<FakeAPI>(
        name: "deleteThing", command: "remove", summary: "Delete a thing", description: nil, warning: nil, method: "DELETE",
        pathTemplate: "/accounts/{account_id}/things/{id}", parameters: [accountID, id], bodyFields: nil,
        invoke: { api, arguments in try api.call("delete", arguments) })

    static let defaultBaseURL = URL(string: "https://api.example.com/v1")!

    static func description(recorder: Recorder, respond: @escaping Responder) -> CommandLineDescription<FakeAPI> {
        CommandLineDescription(
            toolName: "fake", abstract: "Manage fake things.", version: "1.2.3", operations: [list, update, get, create, delete], requestIDHeader: "cf-ray",
            baseURLEnvironment: "FAKE_BASE_URL", defaultBaseURL: defaultBaseURL,
            credentialsFromEnvironment: { environment throws(APIClientError) in
                guard let token = environment["FAKE_TOKEN"] else { throw .invalidConfiguration("set FAKE_TOKEN to an API token") }
                return Credentials(scheme: "token", headers: ["Authorization": "Bearer \(token)"])
            },
            makeConfiguration: { url, credentials in ClientConfiguration(baseURL: url, credentials: credentials, userAgent: "fake/1.2.3") },
            makeClient: { configuration, _ in FakeAPI(configuration: configuration, recorder: recorder, respond: respond) })
    }

    static let environment = ["FAKE_TOKEN": "token-1234", "FAKE_ACCOUNT_ID": "acc-env"]
    static let answer: JSONValue = ["id": "abc", "name": "thing", "tags": ["b", "a"]]
}

/// The result of one run.
struct Outcome {
    var status: Int32
    var output: String
    var error: String
    var calls: [Call]

    /// The only call made.
    var call: Call? { calls.count == 1 ? calls[0] : nil }
}

/// `confirm` answers a destructive command's question; by default there is no one to ask (as when
/// standard input is not a terminal), so the tests never depend on how `swift test` was started.
func makeTool(_ recorder: Recorder, environment: [String: String] = Fake.environment,
              respond: @escaping Responder = { _, _ in Fake.answer },
              confirm: @escaping @Sendable (String) -> Bool? = { _ in nil }) -> CommandLineTool<FakeAPI> {
    CommandLineTool(
        Fake.description(recorder: recorder, respond: respond), environment: environment, transport: UnusedTransport(),
        standardOutput: { recorder.writeOutput($0) }, standardError: { recorder.writeError($0) }, confirm: confirm)
}

func run(_ arguments: [String], environment: [String: String] = Fake.environment,
         respond: @escaping Responder = { _, _ in Fake.answer },
         confirm: @escaping @Sendable (String) -> Bool? = { _ in nil }) async -> Outcome {
    let recorder = Recorder()
    let status = await makeTool(recorder, environment: environment, respond: respond, confirm: confirm).run(arguments)
    return Outcome(status: status, output: recorder.output, error: recorder.error, calls: recorder.calls)
}

func pretty(_ value: JSONValue) -> String {
    JSONSerializer.string(value, options: .init(sortedKeys: true, prettyPrinted: true)) + "\n"
}
