import APIGenJSON
@_spi(Generated) import APIGenRuntime

/// Checks a JSON value against a spec schema by interpreting it, with the same constraint
/// rules (``ValidationReport``) the generated validators use.
///
/// Request mode refuses unknown enum values; response mode accepts them, because generated
/// enums are open and the API may add values.
struct ExampleChecker {
    let spec: Spec
    let mode: ValidationReport.Mode
    private(set) var problems: [String] = []

    init(spec: Spec, mode: ValidationReport.Mode) {
        self.spec = spec
        self.mode = mode
    }

    mutating func check(_ value: JSONValue, against schema: Schema, nullable: Bool = false, at path: JSONPath) {
        if case .null = value {
            if !nullable, !schema.isNullable, !isAny(schema) { problems.append("\(path): null, but the type is not nullable") }
            return
        }
        var report = ValidationReport(mode: mode)
        let constraints = schema.constraints
        if let constant = constraints.constant, value != constant { problems.append("\(path): \(value), but the value is always \(constant)") }
        switch schema.kind {
        case .string(let format):
            guard case .string(let string) = value else { return mismatch(value, "a string", at: path) }
            report.check(string, at: path, minLength: constraints.minLength, maxLength: constraints.maxLength,
                         pattern: constraints.pattern, format: format)
        case .integer:
            guard case .number(let number) = value, number.intValue != nil else { return mismatch(value, "an integer", at: path) }
            checkNumber(number.doubleValue, of: schema, at: path, in: &report)
        case .number:
            guard case .number(let number) = value else { return mismatch(value, "a number", at: path) }
            checkNumber(number.doubleValue, of: schema, at: path, in: &report)
        case .boolean:
            guard case .bool = value else { return mismatch(value, "a boolean", at: path) }
        case .object:
            guard case .object = value else { return mismatch(value, "an object", at: path) }
        case .any:
            break
        case .bytes:
            // A file's content, as OpenAPI examples of `format: binary` give it.
            guard case .string = value else { return mismatch(value, "a string (the file's content)", at: path) }
        case .array(let items):
            guard case .array(let elements) = value else { return mismatch(value, "an array", at: path) }
            report.checkCount(elements.count, at: path, minItems: constraints.minItems, maxItems: constraints.maxItems)
            if constraints.uniqueItems { report.checkUnique(elements, at: path) }
            for (index, element) in elements.enumerated() {
                check(element, against: items, at: path.appending(index: index))
            }
        case .map(let values):
            guard case .object(let members) = value else { return mismatch(value, "an object", at: path) }
            report.checkPropertyCount(members.count, at: path, minProperties: constraints.minProperties, maxProperties: constraints.maxProperties)
            for member in members {
                check(member.value, against: values, at: path + member.key)
            }
        case .reference(let name):
            guard let model = spec.model(named: name) else { return }
            checkModel(value, model, at: path)
        }
        problems += report.violations.map(\.description)
    }

    private mutating func checkModel(_ value: JSONValue, _ model: Model, at path: JSONPath) {
        switch model.kind {
        case .union(let union):
            // The variant the generated decoder would choose; in responses a value that selects none is kept as unknown.
            if let variant = union.dispatch(named: model.name, in: spec).dispatch.variant(of: value) {
                check(value, against: union.variants[variant].schema, at: path)
            } else if mode == .request {
                problems.append("\(path): \(value.kind) matches none of the variants of union '\(model.name)'")
            }
        case .enumeration(let enumeration):
            guard let raw = EnumValue(json: value), raw.kind == enumeration.rawType else {
                return mismatch(value, enumeration.rawType.phrase, at: path)
            }
            if mode == .request, !enumeration.values.contains(where: { $0.value == raw }) {
                problems.append("\(path): \(JSONSerializer.string(raw.json)) is not one of \(enumeration.values.map(\.value.text).joined(separator: ", "))")
            }
        case .object(let object):
            guard case .object(let members) = value else { return mismatch(value, "an object", at: path) }
            for field in object.fields {
                if let member = members[field.name] {
                    check(member, against: field.schema, nullable: field.isNullable, at: path + field.name)
                } else if field.isRequired {
                    problems.append("\(path + field.name): required field is missing")
                }
            }
            let groups = object.requiredAlternatives.map { $0.map(\.name) }
            if mode == .request, !groups.isEmpty, !groups.contains(where: { $0.allSatisfy { members[$0] != nil } }) {
                problems.append("\(path): \(ConstraintViolation.requiredAlternativesMessage(groups))")
            }
            if let additional = object.additionalFields, case .map(let values) = additional.kind {
                for member in members where !object.fields.contains(where: { $0.name == member.key }) {
                    check(member.value, against: values, at: path + member.key)
                }
            } else if object.unknownFields == .reject {
                for key in members.keys where !object.fields.contains(where: { $0.name == key }) {
                    problems.append("\(path + key): unknown field; model '\(model.name)' has no field '\(key)'")
                }
            }
        }
    }

    private mutating func mismatch(_ value: JSONValue, _ expected: String, at path: JSONPath) {
        problems.append("\(path): expected \(expected), found \(value.kind)")
    }

    /// A number's bounds and divisor, checked as the generated code checks them.
    private func checkNumber(_ value: Double, of schema: Schema, at path: JSONPath, in report: inout ValidationReport) {
        let (lower, upper) = schema.checkedBounds
        func inclusive(_ bound: NumberBound?) -> Double? { bound?.isExclusive == false ? bound?.value : nil }
        func exclusive(_ bound: NumberBound?) -> Double? { bound?.isExclusive == true ? bound?.value : nil }
        report.check(value, at: path, minimum: inclusive(lower), exclusiveMinimum: exclusive(lower),
                     maximum: inclusive(upper), exclusiveMaximum: exclusive(upper), multipleOf: schema.constraints.multipleOf)
    }

    private func isAny(_ schema: Schema) -> Bool {
        if case .any = schema.kind { true } else { false }
    }
}
