/// A model's `requiredAlternatives`: groups of fields of which a request carries at least one whole (a Workers build
/// names a branch or a commit). The validator's message and the generated check's are this one.
extension ConstraintViolation {
    /// `needs commit_hash, or branch` / `needs name and pattern, or id`.
    public static func requiredAlternativesMessage(_ groups: [[String]]) -> String {
        "needs " + groups.map { $0.joined(separator: " and ") }.joined(separator: ", or ")
    }
}

extension ValidationReport {
    /// Refuses a value in which no group of `groups` is whole: `present[i]` says whether every field of group `i` is.
    @_spi(Generated) public mutating func checkRequiredAlternatives(_ present: [Bool], groups: [[String]], at path: JSONPath) {
        guard mode == .request, !present.contains(true) else { return }
        add(ConstraintViolation(path: path, constraint: .requiredAlternatives(groups), message: ConstraintViolation.requiredAlternativesMessage(groups)))
    }
}
