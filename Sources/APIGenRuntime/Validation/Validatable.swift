/// A value whose fields the spec constrains; generated request and response models conform.
public protocol Validatable {
    /// Adds every violation in this value to `report`, with paths below `path`.
    func validate(at path: JSONPath, into report: inout ValidationReport)
}

extension Validatable {
    /// Every violation in this value. Requests refuse enum values the spec does not list;
    /// responses accept them (the API may add values), so `mode` matters.
    public func violations(mode: ValidationReport.Mode = .request) -> [ConstraintViolation] {
        var report = ValidationReport(mode: mode)
        validate(at: .root, into: &report)
        return report.violations
    }
}
