import APIGenIR
import APIGenJSON
import APIGenSpec

extension Translator {
    /// `waitUntil<Name>(<the operation's arguments>, timing:)`, on the protocol's extension (so a
    /// fake client waits too): the runtime's `waitForState` polls the operation and compares the
    /// field; the method only says which call, which field and which values.
    func waiterMethod(_ waiter: Waiter) -> Declaration? {
        // The validator guarantees the operation, its object result and the field.
        guard let operation = operations.first(where: { $0.operation.name == waiter.operation }),
              case .reference(let resultModel)? = operation.operation.response.result?.kind,
              let fieldIndex = spec.model(named: resultModel)?.objectModel?.fields.firstIndex(where: { $0.name == waiter.field }),
              let field = spec.model(named: resultModel)?.objectModel?.fields[fieldIndex]
        else { return nil }
        let resultType = TypeName.local(names.typeName(resultModel))
        let property = names.fieldNames(of: resultModel)[fieldIndex]
        let value = { (json: JSONValue) -> Expression in
            if case .reference(let enumName) = field.schema.kind, let listed = EnumValue(json: json),
               let index = spec.model(named: enumName)?.enumModel?.values.firstIndex(where: { $0.value == listed }) {
                return .dot(names.caseNames(of: enumName)[index])
            }
            switch json {
            case .bool(let flag): return .boolean(flag)
            case .string(let text): return .string(text)
            default: return .string(json.description)
            }
        }
        let acceptor = Expression.closure(.init(body: .initializer(.runtime("WaiterAcceptor"), [
            .init(nil, Expression.name("$0").dot(property)),
            .init("success", .array(waiter.success.map(value))),
            .init("failure", .array(waiter.failure.map(value))),
        ])))
        let call = Expression.runtimeFunction("waitForState").call([
            .init("delays", waiterDelays(waiter)),
            .init("timing", .name("timing")),
            .init("acceptor", acceptor),
        ])
        let arguments = operation.methodArguments.map { Expression.Argument($0.label, .name($0.name)) }
        let listed = { (values: [JSONValue]) in values.map { "`\($0)`" }.joined(separator: ", ") }
        let outcome = "Polls `\(operation.methodName)` until the result's `\(property)` is \(listed(waiter.success))"
            + (waiter.failure.isEmpty ? "." : " (success) or \(listed(waiter.failure)) (failure).")
        return .function(FunctionDeclaration(
            kind: .function(waiter.methodName),
            parameters: methodParameters(operation, withDefaults: true) + [.init(name: "timing", type: .runtime("WaiterTiming"))],
            isAsync: true, throwsClause: .typed(.runtime("WaiterError", [resultType])), returnType: resultType,
            body: [.trailingClosure(
                call: call.triedAwaited, parameters: [], throwsClause: .typed(.clientError),
                body: [.returnStatement(Expression.name(operation.methodName).call(arguments).triedAwaited)]
            )],
            documentation: Documentation(
                paragraphs: [
                    waiter.description ?? "",
                    outcome + " Between polls it waits \(waiter.minDelay) to \(waiter.maxDelay) seconds, backing off exponentially with jitter.",
                ].filter { !$0.isEmpty },
                // The operation's arguments, documented as on its own method.
                parameters: methodDocumentation(operation, includesOptions: false).parameters.map { ($0.name, $0.text) }
                    + [("timing", "The longest to wait in all, and the clock to wait by.")],
                returns: "The first result in a success state.",
                throwsText: "`WaiterError.failed` with the result in a failure state, `.timedOut` with the last result when `timing.timeout` passes, "
                    + "`.request` when a call fails, `.cancelled` as soon as the task is cancelled.",
                remark: remark(waiter.location)
            )
        ))
    }
}
