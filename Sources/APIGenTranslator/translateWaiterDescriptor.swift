import APIGenIR
import APIGenSpec

extension Translator {
    /// A waiter as data (`WaiterDescriptor`), for the command-line description: the facts the `waitUntil…` method is
    /// generated from, with the field by its JSON name and the values as JSON, since the tool reads results as JSON.
    func waiterDescriptor(_ waiter: Waiter) -> Expression {
        var fields: [Expression.Argument] = [.init("name", .string(waiter.name)), .init("command", .string(waiter.commandName))]
        if let description = waiter.description { fields.append(.init("description", .string(description))) }
        fields += [
            .init("operation", .string(waiter.operation)),
            .init("field", .string(waiter.field)),
            .init("success", .array(waiter.success.map(constantLiteral))),
        ]
        if !waiter.failure.isEmpty { fields.append(.init("failure", .array(waiter.failure.map(constantLiteral)))) }
        fields.append(.init("delays", waiterDelays(waiter)))
        return .initializer(.runtime("WaiterDescriptor"), fields)
    }

    /// `WaiterDelays(minimum: .seconds(2), maximum: .seconds(30))`: the spec's delays, for the method and the descriptor.
    func waiterDelays(_ waiter: Waiter) -> Expression {
        let seconds = { (count: Int) in Expression.dot("seconds").call([.init(nil, .integer(count))]) }
        return .initializer(.runtime("WaiterDelays"), [.init("minimum", seconds(waiter.minDelay)), .init("maximum", seconds(waiter.maxDelay))])
    }
}
