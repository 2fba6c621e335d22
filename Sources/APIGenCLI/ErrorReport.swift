import APIGenRuntime

/// Turns what a call threw into an exit status and a message for standard error.
///
/// Every string the server chose (messages, the request id, the content type, body excerpts,
/// field names in decoding failures) is escaped with ``TerminalText`` before it is printed.
///
/// 1: the API answered with an error. 2: the arguments or configuration cannot be used.
/// 3: the request breaks the spec's constraints (nothing sent). 4: no usable answer.
struct ErrorReport {
    /// The command that ran, starting with the tool name, for hints.
    var commandPath: [String]
    /// How the request id is labelled (`cf-ray`).
    var requestIDLabel: String
    /// Names of sensitive parameters, whose values are never quoted.
    var sensitiveNames: Set<String>

    func failure(for error: any Error) -> Failure {
        switch error {
        case let error as APIClientError: failure(for: error)
        case let error as OperationArgumentError: usage(argumentMessage(error))
        case let error as DecodingFailure: usage("body: \(error)")
        case is CancellationError: Failure(status: ExitStatus.noAnswer, message: "cancelled")
        default: Failure(status: ExitStatus.noAnswer, message: "\(TerminalText.escaped(String(describing: error)))")
        }
    }

    func failure(for error: APIClientError) -> Failure {
        switch error {
        case .invalidRequest(let violations):
            let lines = ["the request breaks the API's constraints; nothing was sent:"] + violations.map { "  \($0)" }
            return Failure(status: ExitStatus.invalidRequest, message: lines.joined(separator: "\n"))
        case .invalidConfiguration(let message):
            return usage(message)
        case .api(let apiError):
            var lines = ["HTTP \(apiError.status)"] + apiError.messages.map { "  \($0)" }
            lines += requestID(apiError.requestID)
            return Failure(status: ExitStatus.apiError, message: lines.joined(separator: "\n"))
        case .unexpectedResponse(let status, let contentType, let excerpt, let id):
            var lines = ["unexpected response: HTTP \(status), content type \(contentType.map { TerminalText.escaped($0) } ?? "none")"]
            if !excerpt.isEmpty { lines.append("  " + TerminalText.escaped(excerpt, keepingLineBreaks: true).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")) }
            lines += requestID(id)
            return noAnswer(lines)
        case .decoding(let failure, let status, let id):
            return noAnswer(["the response (HTTP \(status)) does not have the documented shape: \(failure)"] + requestID(id))
        case .timedOut(let after, let attempts):
            return noAnswer(["no answer within \(GlobalOptions.seconds(after)) s (\(attemptCount(attempts)))"])
        case .deadlineExceeded(let deadline, let attempts, let retryAfter):
            let reason = retryAfter.map { "; the server asked to retry after \(GlobalOptions.seconds($0)) s" } ?? ""
            return noAnswer(["no answer within the call's deadline of \(GlobalOptions.seconds(deadline)) s (\(attemptCount(attempts)))\(reason)"])
        case .cancelled:
            return noAnswer(["cancelled"])
        case .responseTooLarge(let limit):
            return noAnswer(["the response is larger than \(limit) bytes"])
        case .transport(let message, let attempts):
            return noAnswer(["\(TerminalText.escaped(message)) (\(attemptCount(attempts)))"])
        case .repeatedPage(let page):
            return noAnswer(["page \(page) repeats the items of page \(page - 1): the server does not honour the page number; stopped"])
        case .repeatedCursor(let cursor):
            return noAnswer(["the server gave the cursor '\(TerminalText.escaped(cursor))' again: following it would repeat pages already read; stopped"])
        }
    }

    /// A usage error (status 2) with the hint.
    func usage(_ message: String) -> Failure {
        .usage(message, commandPath: commandPath)
    }

    private func noAnswer(_ lines: [String]) -> Failure {
        Failure(status: ExitStatus.noAnswer, message: lines.joined(separator: "\n"))
    }

    private func requestID(_ id: String?) -> [String] {
        id.map { ["  \(requestIDLabel): \(TerminalText.escaped($0))"] } ?? []
    }

    private func attemptCount(_ attempts: Int) -> String {
        attempts == 1 ? "1 attempt" : "\(attempts) attempts"
    }

    private func argumentMessage(_ error: OperationArgumentError) -> String {
        if case .invalidValue(let name, _, let expected) = error, sensitiveNames.contains(name) {
            return "'\(name)': expected \(expected)"
        }
        return error.description
    }
}
