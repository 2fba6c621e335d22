import APIGenRuntime
import APIGenSpec

/// One documented example of an operation, with the API and operation it belongs to, so a test
/// can replay it through the generated client and check it against what the spec declares.
public struct DocumentedExample: Sendable, CustomStringConvertible {
    public let api: APIUnderTest
    public let operation: APIGenSpec.Operation
    public let example: Example

    public var description: String { "\(api.specPath): \(operation.name): \(example.name)" }

    /// Every example of every operation of `api`, in spec order.
    public static func all(of api: APIUnderTest) -> [DocumentedExample] {
        api.spec.operations.flatMap { operation in operation.examples.map { DocumentedExample(api: api, operation: operation, example: $0) } }
    }

    /// Every example of every API under test.
    public static let all: [DocumentedExample] = APIUnderTest.all.flatMap(all(of:))

    /// Whether the example answers with the operation's success status.
    public var isSuccess: Bool { example.responseStatus == operation.response.status }

    /// The model the spec gives the example's error body: the declared one for its status, else the
    /// API's model for undeclared statuses.
    public var errorModel: String {
        if case .reference(let name)? = operation.declaredError(for: example.responseStatus)?.body?.kind { return name }
        return api.undeclaredErrorModel
    }

    /// The example's request as the arguments of a generic call: parameters as text, as a command line gives them.
    public var arguments: OperationArguments {
        var text: [String: String] = [:]
        for member in example.parameters { text[member.key] = member.value.stringValue ?? member.value.description }
        return OperationArguments(parameters: text, body: example.body)
    }
}
