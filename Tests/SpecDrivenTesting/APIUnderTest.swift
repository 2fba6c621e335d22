import APIGenRuntime
import APIGenSpec
import Foundation

/// One generated client together with the spec it was generated from. Spec-driven tests run over
/// `APIUnderTest.all` and read every fact (operations, result and error models, statuses,
/// examples) from `spec`, so they hold for any spec the generator accepts.
public struct APIUnderTest: Sendable, CustomStringConvertible {
    /// The spec's path from the package root, e.g. `spec/mcp-servers.json`; also the file name diagnostics show.
    public let specPath: String
    public let specURL: URL
    /// The spec, loaded as the generator loads it.
    public let spec: Spec
    /// The compiled catalog's operation names, in catalog order.
    public let operationNames: [String]
    /// The compiled model types by their spec names (the generated `models`).
    public let models: [String: any JSONModel.Type]
    /// The model of error answers with a status the operation does not declare. The spec format
    /// has no key for it (it only requires the envelope's errors array), so the API states it.
    public let undeclaredErrorModel: String
    private let invokeOperation: @Sendable (_ name: String, _ transport: any HTTPTransport, OperationArguments, RetryPolicy) async throws -> JSONValue

    public var description: String { specPath }

    /// The package root, found from this file so tests do not depend on the working directory.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every API the spec-driven tests run over: the real one and the test fixture.
    public static let all: [APIUnderTest] = [.cloudflareMCP, .cloudflareMCPWithPortals]

    init<API>(specPath: String, commandLine: CommandLineDescription<API>, models: [String: any JSONModel.Type], undeclaredErrorModel: String) {
        self.specPath = specPath
        specURL = Self.packageRoot.appending(path: specPath)
        do {
            spec = try SpecLoader.load(contentsOf: specURL, displayName: specPath)
        } catch {
            fatalError("\(specPath) does not load: \(error)")
        }
        operationNames = commandLine.operations.map(\.name)
        self.models = models
        self.undeclaredErrorModel = undeclaredErrorModel
        invokeOperation = { name, transport, arguments, retryPolicy in
            guard let descriptor = commandLine.operations.first(where: { $0.name == name }) else {
                throw APIUnderTestError.unknownOperation(name)
            }
            // Any credentials do: the transport is a test double. Waits between retries are not taken.
            var configuration = commandLine.makeConfiguration(commandLine.defaultBaseURL, Credentials(scheme: "test", headers: ["Authorization": "Bearer test-token"]))
            configuration.retryPolicy = retryPolicy
            configuration.sleep = { _ in }
            return try await descriptor.invoke(commandLine.makeClient(configuration, transport), arguments)
        }
    }

    /// Calls the operation named `name` through the generated client, sending over `transport`;
    /// by default without retries, so each answer is final.
    public func invoke(_ name: String, over transport: any HTTPTransport, _ arguments: OperationArguments,
                       retryPolicy: RetryPolicy = .none) async throws -> JSONValue {
        try await invokeOperation(name, transport, arguments, retryPolicy)
    }

    /// The spec's operation named `name`.
    public func operation(named name: String) throws -> APIGenSpec.Operation {
        guard let operation = spec.operations.first(where: { $0.name == name }) else { throw APIUnderTestError.unknownOperation(name) }
        return operation
    }
}

public enum APIUnderTestError: Error, CustomStringConvertible {
    case unknownOperation(String)
    case unknownModel(String)
    case notAnArray(JSONValue)

    public var description: String {
        switch self {
        case .unknownOperation(let name): "no operation '\(name)'"
        case .unknownModel(let name): "no generated model for '\(name)'"
        case .notAnArray(let value): "expected an array, found \(value)"
        }
    }
}
