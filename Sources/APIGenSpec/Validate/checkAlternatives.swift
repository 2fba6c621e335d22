import APIGenJSON

extension SpecValidator {
    /// `response.alternatives`: each status once among the answers, and only where the runtime reads one JSON answer
    /// of several statuses (not pages, not raw content).
    mutating func checkAlternatives(of operation: Operation) {
        let response = operation.response
        guard !response.alternatives.isEmpty else { return }
        let what = "operation '\(operation.name)'"
        let key = SpecLocation(file: response.location.file, path: response.location.path + "alternatives", prefersKey: true)
        if operation.pagination != nil {
            // A page sequence follows pages of one shape; an answer of another status would end or break it.
            error("\(what) is paginated, so it cannot have 'alternatives': every page is read as the one result array, "
                  + "so other success statuses are not supported there", at: key)
        }
        if let contentType = response.contentType {
            error("\(what) answers raw content ('\(contentType)'), so it cannot have 'alternatives': raw content is read for one status "
                  + "and has no result type to tell answers apart", at: key)
        }
        var seen: Set<Int> = [response.status]
        for alternative in response.alternatives where !seen.insert(alternative.status).inserted {
            error("\(what) lists success status \(alternative.status) twice; each of 'response' and its 'alternatives' has its own status",
                  at: SpecLocation(file: alternative.location.file, path: alternative.location.path + "status", prefersKey: true))
        }
    }
}
