import APIGenJSON

/// A field's or parameter's `default` or `example` that does not fit its own type and constraints: what
/// lint reports, as data, so that `apigen import` can leave out exactly the values lint would refuse.
public struct RefusedValue: Sendable, Hashable {
    /// `default` or `example`.
    public var label: String
    public var value: JSONValue
    /// Where the value is: its field's or parameter's path and the label.
    public var path: JSONPath
    /// Why, one line a problem, as lint words it.
    public var problems: [String]
}

extension SpecValidator {
    /// Every refused `default` and `example` of the spec's fields and parameters, in spec order.
    public static func refusedValues(in spec: Spec) -> [RefusedValue] {
        var refused: [RefusedValue] = []
        for model in spec.models {
            for field in model.objectModel?.fields ?? [] {
                refused += refusedValues(of: field.schema, nullable: field.isNullable, in: spec)
            }
        }
        for operation in spec.operations {
            for parameter in operation.parameters {
                refused += refusedValues(of: parameter.schema, nullable: false, in: spec)
            }
        }
        return refused
    }

    /// The one check of a schema's `default` and `example`, which lint and the importer share.
    static func refusedValues(of schema: Schema, nullable: Bool, in spec: Spec) -> [RefusedValue] {
        [("default", schema.defaultValue), ("example", schema.example)].compactMap { label, value in
            guard let value else { return nil }
            var checker = ExampleChecker(spec: spec, mode: .request)
            checker.check(value, against: schema, nullable: nullable, at: .root)
            guard !checker.problems.isEmpty else { return nil }
            return RefusedValue(label: label, value: value, path: schema.location.path + label, problems: checker.problems)
        }
    }
}
