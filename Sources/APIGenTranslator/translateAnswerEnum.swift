import APIGenIR
import APIGenSpec

extension Translator {
    /// The enum an operation's method returns when its success statuses carry different results: a case a status,
    /// carrying the status's result (`case accepted(ApprovalPendingResponse)`) or nothing (`case noContent`).
    func translateAnswerEnum(_ operation: OperationDescription) -> Declaration? {
        guard let answerEnum = operation.answerEnum else { return nil }
        let cases = answerEnum.cases.map { answer in
            Declaration.enumCase(EnumCaseDeclaration(
                name: answer.name, associatedType: answer.payload,
                documentation: Documentation(paragraphs: ["HTTP \(answer.answer.status)" + (answer.answer.description.map { ": " + $0 } ?? ".")])
            ))
        }
        // The catalog gives generic callers (the command-line tool) the result as JSON, as for any method.
        let json = FunctionDeclaration(
            kind: .function("encodeJSON"), returnType: .jsonValue,
            body: [.switchStatement(subject: .name("self"), cases: answerEnum.cases.map { answer in
                answer.payload == nil
                    ? SwitchCase(patterns: [.enumCase(answer.name, associatedValues: [])], body: [.expression(.dot("null"))])
                    : SwitchCase(patterns: [.enumCase(answer.name, associatedValues: [.binding("result")])],
                                 body: [.expression(Expression.name("result").dot("encodeJSON").call())])
            })],
            documentation: Documentation(paragraphs: ["The answer's result as JSON" + (answerEnum.cases.contains { $0.payload == nil } ? "; `null` for an answer without one." : ".")])
        )
        let method = "`\(operation.methodName)`"
        return .type(TypeDeclaration(
            kind: .enum, name: .local(answerEnum.name), conformances: [.swift("Sendable"), .swift("Hashable")],
            documentation: Documentation(
                paragraphs: ["What \(method) returns: the API answers it with one of several success statuses, which carry different results."],
                remark: remark(operation.operation.response.location)
            ),
            members: cases + [.function(json)]
        ))
    }
}
