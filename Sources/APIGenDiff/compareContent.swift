import APIGenJSON
import APIGenRuntime
import APIGenSpec

/// Bodies and answers that are not JSON (`contentType`): what a change of media type means to callers.
extension SpecComparison {
    /// Compares raw content against raw content or JSON; `true` when either side is raw content, so the JSON types
    /// are not compared as well. Another media type (or raw content for JSON) is breaking: the method takes or returns
    /// another type, or the server reads or sends other bytes; only other parameters (`charset`) are compatible.
    mutating func compareContent(old: String?, new: String?, oldIsJSON: Bool, newIsJSON: Bool, what: String, at path: JSONPath) -> Bool {
        guard old != nil || new != nil else { return false }
        let describe = { (mediaType: String?, isJSON: Bool) in mediaType.map { "'\($0)' content" } ?? (isJSON ? "JSON" : "nothing") }
        switch (old, new) {
        case (let before?, let after?) where MediaType.essence(before) == MediaType.essence(after) && MediaType.isText(before) == MediaType.isText(after):
            if before != after { record(.compatible, .new, at: path, "\(what) is \(describe(after, false)), not \(describe(before, false))") }
        default:
            record(.breaking, .new, at: path, "\(what) is \(describe(new, newIsJSON)) now, not \(describe(old, oldIsJSON))")
        }
        return true
    }
}
