import APIGenJSON
import APIGenRuntime
import APIGenSpec

extension SpecComparison {
    mutating func compareOperations() {
        let operations = match(old.operations, new.operations, by: \.name)
        for operation in operations.removed {
            record(.breaking, .old, at: operation.location.path,
                   "operation '\(operation.name)' (\(operation.method) \(operation.path.text)) removed: its method and command are gone")
        }
        for (before, after) in operations.kept { compare(before, after) }
        for operation in operations.added {
            record(.additive, .new, at: operation.location.path, "operation '\(operation.name)' (\(operation.method) \(operation.path.text)) added")
        }
    }

    private mutating func compare(_ old: Operation, _ new: Operation) {
        let path = new.location.path
        let name = "operation '\(new.name)'"
        if old.method != new.method {
            record(.breaking, .new, at: path + "method", "\(name): the method changes from \(old.method) to \(new.method)")
        }
        if old.path.text != new.path.text {
            record(.breaking, .new, at: path + "path", "\(name): the path changes from \(old.path.text) to \(new.path.text)")
        }
        let wasIdempotent = old.idempotent ?? RetryPolicy.isIdempotent(method: old.method)
        let isIdempotent = new.idempotent ?? RetryPolicy.isIdempotent(method: new.method)
        if wasIdempotent != isIdempotent {
            record(.compatible, .new, at: path, "\(name) is \(isIdempotent ? "idempotent" : "not idempotent") now: "
                   + (isIdempotent ? "the client retries it after any retryable failure" : "the client retries it only when the server cannot have acted"))
        }
        // Only when the API's envelope stays: a changed envelope is reported once, for the whole spec.
        if self.old.envelope == self.new.envelope, (self.old.envelope(of: old) == nil) != (self.new.envelope(of: new) == nil) {
            record(.breaking, .new, at: path, "\(name): " + (self.new.envelope(of: new) == nil
                ? "its answers are no longer in the envelope: the whole body is the result" : "its answers are in the envelope now"))
        }
        if old.response.infoModel != new.response.infoModel {
            // `[Item]` and `Page<Item, Info>` are other return types.
            record(.breaking, .new, at: new.response.location.path, "\(name): the page information returned with its list "
                   + (new.response.infoModel.map { "is '\($0)' now" } ?? "is gone") + (old.response.infoModel.map { ", no longer '\($0)'" } ?? ""))
        }
        compareParameters(old, new)
        compareBody(old, new)
        compareResponses(old, new)
        switch (old.pagination, new.pagination) {
        case (_?, nil): record(.breaking, .new, at: path, "\(name) is no longer paginated: its all-pages method is gone")
        case (nil, let added?): record(.additive, .new, at: added.location.path, "\(name) is paginated now: it gains an all-pages method")
        case (let a?, let b?) where (a.cursorParameter == nil) != (b.cursorParameter == nil):
            record(.breaking, .new, at: b.location.path,
                   "\(name): its pages are now followed " + (b.cursorParameter == nil ? "by page number, no longer by cursor" : "by cursor, no longer by page number"))
        case (_, let b?) where (old.pageInformationModel == nil) != (new.pageInformationModel == nil):
            // The page's type changes (`Page<Item, Never>` and `Page<Item, Info>`), and so does the method's.
            record(.breaking, .new, at: b.location.path, "\(name): its pages " + (new.pageInformationModel == nil
                ? "no longer carry page information ('\(old.pageInformationModel ?? "")'): the list ends on a short or empty page"
                : "carry page information ('\(new.pageInformationModel ?? "")') now"))
        case (let a?, let b?) where a.pageParameter != b.pageParameter || a.cursorParameter != b.cursorParameter
            || a.perPageParameter != b.perPageParameter || a.infoModel != b.infoModel || a.itemsField != b.itemsField:
            record(.breaking, .new, at: b.location.path, "\(name): pages are asked for and described differently")
        case (let a?, let b?) where a.cursorField != b.cursorField:
            record(.compatible, .new, at: b.location.path, "\(name): the next cursor is read from another field of the page information")
        default: break
        }
        if let before = old.commandLine?.command, before != new.commandLine?.command {
            record(.breaking, .new, at: path, "\(name): the tool's command '\(before)' is renamed or gone: scripts that use it break")
        }
        if old.headers.map({ [$0.name.lowercased(), $0.value] }) != new.headers.map({ [$0.name.lowercased(), $0.value] }) {
            record(.compatible, .new, at: path, "\(name): the headers it always sends change")
        }
        if old.summary != new.summary || old.description != new.description || old.warning != new.warning {
            record(.compatible, .new, at: path, "\(name): its documentation changes")
        }
        compareDeprecation(old.deprecation, new.deprecation, what: name, at: path)
    }

    private mutating func compareParameters(_ old: Operation, _ new: Operation) {
        let parameters = match(old.parameters, new.parameters, by: \.name)
        for parameter in parameters.removed {
            record(.breaking, .old, at: parameter.location.path, "operation '\(new.name)': parameter '\(parameter.name)' removed")
        }
        for (before, after) in parameters.kept {
            let what = "operation '\(new.name)': parameter '\(after.name)'"
            if before.placement != after.placement {
                record(.breaking, .new, at: after.location.path, "\(what) moves from the \(before.placement) to the \(after.placement)")
            }
            if !before.isRequired, after.isRequired {
                record(.breaking, .new, at: after.location.path, "\(what) is required now: callers must send it")
            } else if before.isRequired, !after.isRequired {
                record(.additive, .new, at: after.location.path, "\(what) is optional now")
            }
            if before.isSensitive != after.isSensitive {
                record(.compatible, .new, at: after.location.path, "\(what) is \(after.isSensitive ? "sensitive now: redacted" : "no longer sensitive: shown") in descriptions")
            }
            if (before.listStyle ?? .repeated) != (after.listStyle ?? .repeated) {
                record(.breaking, .new, at: after.location.path, "\(what) is sent \((after.listStyle ?? .repeated).rawValue) now: clients built before send it the old way")
            }
            if before.commandLineFlag != after.commandLineFlag {
                record(.breaking, .new, at: after.location.path, "\(what): the tool's option is renamed: scripts that use it break")
            }
            compareDeprecation(before.deprecation, after.deprecation, what: what, at: after.location.path)
            compareValue(before.schema, after.schema, what: what, directions: .request)
        }
        for parameter in parameters.added {
            let what = "operation '\(new.name)': parameter '\(parameter.name)' added"
            if parameter.isRequired {
                record(.breaking, .new, at: parameter.location.path, "\(what), required: callers must send it")
            } else {
                record(.additive, .new, at: parameter.location.path, "\(what), optional")
            }
        }
    }

    private mutating func compareBody(_ old: Operation, _ new: Operation) {
        let what = "operation '\(new.name)': the request body"
        if compareContent(old: old.requestContentType, new: new.requestContentType, oldIsJSON: old.requestBody != nil, newIsJSON: new.requestBody != nil,
                          what: what, at: new.location.path + "requestBody") { return }
        switch (old.requestBody, new.requestBody) {
        case (nil, nil): break
        case (nil, let body?): record(.breaking, .new, at: body.location.path, "\(what) is new: callers must send one")
        case (let body?, nil): record(.breaking, .old, at: body.location.path, "\(what) is gone: the method no longer takes one")
        case (let before?, let after?):
            // The same model sent as other bytes: the server reads parts, or JSON, where it read the other.
            if old.isMultipart != new.isMultipart {
                let (now, was) = new.isMultipart ? ("multipart/form-data", "JSON") : ("JSON", "multipart/form-data")
                record(.breaking, .new, at: after.location.path, "\(what) is \(now) now, not \(was)")
            }
            compareValue(before, after, what: what, directions: .request)
        }
    }

    private mutating func compareResponses(_ old: Operation, _ new: Operation) {
        let what = "operation '\(new.name)'"
        let response = new.response.location.path
        if old.response.status != new.response.status {
            record(.breaking, .new, at: response + "status",
                   "\(what): success is status \(new.response.status), not \(old.response.status): the client treats any other status as unexpected")
        }
        let isContent = compareContent(old: old.response.contentType, new: new.response.contentType, oldIsJSON: old.response.result != nil,
                                       newIsJSON: new.response.result != nil, what: "\(what): the answer", at: response)
        switch (old.response.result, new.response.result) {
        case _ where isContent: break
        case (nil, nil): break
        case (nil, _?): record(.breaking, .new, at: response, "\(what) returns a result now, where it returned nothing")
        case (_?, nil): record(.breaking, .new, at: response, "\(what) returns nothing now: its result is gone")
        case (let before?, let after?): compareValue(before, after, what: "\(what): the result", directions: .response)
        }
        if old.response.result != nil, new.response.result != nil, old.response.isNullable != new.response.isNullable {
            record(.breaking, .new, at: response, "\(what): the result " + (new.response.isNullable
                ? "may be null now: the method returns an optional" : "is never null now: the method no longer returns an optional"))
        }
        compareAlternatives(old, new)
        let errors = match(old.errors, new.errors, by: { $0.status.description })
        for error in errors.removed {
            record(.compatible, .old, at: error.location.path, "\(what): error status \(error.status) is no longer documented")
        }
        for (before, after) in errors.kept {
            switch (before.body, after.body) {
            case let (old?, new?) where !SchemaDifference.sameShape(old, new):
                record(.breaking, .new, at: after.location.path,
                       "\(what): the body of error \(after.status) is \(SchemaDifference.typeName(new)), not \(SchemaDifference.typeName(old))")
            case (let old?, nil):
                record(.breaking, .new, at: after.location.path, "\(what): error \(after.status) no longer has a \(SchemaDifference.typeName(old)) body")
            case (nil, let new?):
                record(.additive, .new, at: after.location.path, "\(what): error \(after.status) has a \(SchemaDifference.typeName(new)) body now")
            default:
                break
            }
        }
        for error in errors.added {
            record(.additive, .new, at: error.location.path, "\(what): error status \(error.status) documented")
        }
    }

    /// The other success statuses: one more is additive while the method's return type stays (the client accepts more), breaking
    /// when the type changes (to an enum of the answers, or a case added to it: exhaustive switches break); one fewer breaks
    /// callers that saw it, for whom it is an unexpected answer now.
    private mutating func compareAlternatives(_ old: Operation, _ new: Operation) {
        let what = "operation '\(new.name)'"
        let alternatives = match(old.response.alternatives, new.response.alternatives, by: { String($0.status) })
        for alternative in alternatives.removed {
            record(.breaking, .old, at: alternative.location.path, "\(what): status \(alternative.status) no longer succeeds: the client takes it as unexpected")
        }
        for (before, after) in alternatives.kept {
            switch (before.result, after.result) {
            case (nil, nil): break
            case (nil, _?): record(.breaking, .new, at: after.location.path, "\(what): status \(after.status) carries a result now, where it carried none")
            case (_?, nil): record(.breaking, .new, at: after.location.path, "\(what): status \(after.status) carries no result now")
            case (let oldResult?, let newResult?):
                compareValue(oldResult, newResult, what: "\(what): the result of status \(after.status)", directions: .response)
            }
        }
        for alternative in alternatives.added {
            if new.response.answersShareResult {
                record(.additive, .new, at: alternative.location.path, "\(what): status \(alternative.status) succeeds too, with the same result: the client accepts it")
            } else if old.response.answersShareResult {
                record(.breaking, .new, at: alternative.location.path,
                       "\(what): status \(alternative.status) succeeds too, with another result: the method returns an enum of the answers now")
            } else {
                record(.breaking, .new, at: alternative.location.path,
                       "\(what): status \(alternative.status) succeeds too: the enum of its answers gains a case, and exhaustive switches over it break")
            }
        }
    }

    /// Compares a value's type and constraints; `directions` says whether callers send it,
    /// read it, or both, which decides what a tightened or loosened constraint means.
    mutating func compareValue(_ old: Schema, _ new: Schema, what: String, directions: ModelUsage.Directions) {
        guard SchemaDifference.sameShape(old, new) else {
            record(.breaking, .new, at: new.location.path,
                   "\(what) changes type from \(SchemaDifference.typeName(old)) to \(SchemaDifference.typeName(new))")
            return
        }
        for change in SchemaDifference.constraintChanges(old, new) {
            let sent = directions.contains(.request)
            let impact: SpecChange.Impact = !sent ? .compatible : change.tightened ? .breaking : .additive
            let effect = !sent ? "answers are checked only on demand"
                : change.tightened ? "some values callers send are refused now" : "more values are accepted"
            record(impact, .new, at: new.location.path, "\(what): \(change.text) (\(effect))")
        }
        switch (old.kind, new.kind) {
        case (.array(let oldItems), .array(let newItems)):
            compareNullability(oldItems, newItems, what: "\(what): its items", isArray: true, directions: directions)
            compareValue(oldItems, newItems, what: "\(what): its items", directions: directions)
        case (.map(let oldValues), .map(let newValues)):
            compareNullability(oldValues, newValues, what: "\(what): its values", isArray: false, directions: directions)
            compareValue(oldValues, newValues, what: "\(what): its values", directions: directions)
        default: break
        }
    }

    /// Elements that may be `null` are `T?` in Swift. Items becoming nullable break only readers: Swift converts a `[T]`
    /// a caller sends to `[T?]`, and the API accepts more. It does not convert `JSONMap<T>`, and elements no longer
    /// nullable refuse the `nil` callers send and break readers' unwrapping: breaking.
    private mutating func compareNullability(_ old: Schema, _ new: Schema, what: String, isArray: Bool, directions: ModelUsage.Directions) {
        guard old.isNullable != new.isNullable else { return }
        if new.isNullable {
            let breaks = !isArray || directions.contains(.response)
            record(breaks ? .breaking : .additive, .new, at: new.location.path, "\(what) may be null now: their Swift type becomes optional")
        } else {
            record(.breaking, .new, at: new.location.path, "\(what) are no longer nullable: their Swift type is no longer optional")
        }
    }
}
