import APIGenJSON
import APIGenParallel
import APIGenRuntime
import Foundation

/// Stage 2: checks how the parts of a loaded spec fit together: references resolve, names are
/// unique once they are Swift names, paths and parameters agree, constraints are possible and
/// every example obeys its own schema.
public struct SpecValidator: Sendable {
    let spec: Spec
    var diagnostics: [SpecDiagnostic] = []
    /// Where files may be: the models sent as multipart bodies, and the models that hold files (see ``FilePlacement``).
    var files = MultipartModels()

    public static func validate(_ spec: Spec) throws(SpecError) {
        var validator = SpecValidator(spec: spec)
        validator.files = MultipartModels(spec)
        validator.run()
        if !validator.diagnostics.isEmpty { throw SpecError(diagnostics: validator.diagnostics).resolvingPositions(in: spec.source) }
    }

    mutating func error(_ message: String, at location: SpecLocation) {
        diagnostics.append(SpecDiagnostic(location: location, message: message))
    }

    private mutating func run() {
        checkModelNames()
        checkFiniteModels()
        checkAuthentication()
        diagnostics += concurrently(spec.models) { $0.checkModel($1) }
        checkOperationNames()
        // Operations, then their examples: two passes, so diagnostics keep the order they always had.
        diagnostics += concurrently(spec.operations) { $0.checkOperation($1) }
        diagnostics += concurrently(spec.operations) { validator, operation in
            for example in operation.examples { validator.checkExample(example, of: operation) }
        }
        for waiter in spec.waiters { checkWaiter(waiter) }
    }

    /// Runs `check` on each element with a validator of its own, concurrently; the diagnostics come
    /// back in element order, so the report is the same as from one validator in one pass.
    private func concurrently<Element: Sendable>(_ elements: [Element], _ check: @Sendable (inout SpecValidator, Element) -> Void) -> [SpecDiagnostic] {
        let (spec, files) = (spec, files)
        return elements.concurrentMap { element in
            var validator = SpecValidator(spec: spec, files: files)
            check(&validator, element)
            return validator.diagnostics
        }.flatMap { $0 }
    }

    /// A model may hold itself (`Comment.parent`, through indirect storage: see ``RecursiveModels``), but only when a value
    /// can end: a cycle of required, non-nullable fields makes every value infinite, so no JSON document is one. The models
    /// that can end are found from the bottom up (a model can end when each of its required fields can, a union when one
    /// of its variants can); each object model left over is refused at its first required field that holds one.
    private mutating func checkFiniteModels() {
        var finite: Set<String> = []
        func canEnd(_ schema: Schema) -> Bool {
            guard case .reference(let name) = schema.kind, let model = spec.model(named: name), model.enumModel == nil else { return true }
            return finite.contains(name)
        }
        func needs(_ field: Field) -> Bool { field.isRequired && !field.isNullable }
        var changed = true
        while changed {
            changed = false
            for model in spec.models where !finite.contains(model.name) {
                let ends = switch model.kind {
                case .enumeration: true
                case .object(let object): object.fields.allSatisfy { !needs($0) || canEnd($0.schema) }
                case .union(let union): union.variants.contains { canEnd($0.schema) }
                }
                if ends {
                    finite.insert(model.name)
                    changed = true
                }
            }
        }
        for model in spec.models {
            guard let object = model.objectModel, !finite.contains(model.name),
                  let field = object.fields.first(where: { needs($0) && !canEnd($0.schema) }),
                  case .reference(let held) = field.schema.kind
            else { continue }
            let again = held == model.name ? "another '\(held)'" : "'\(held)', which cannot end either"
            error("model '\(model.name)' has no finite value: its required field '\(field.name)' always holds \(again); "
                  + "make a field of the cycle optional, nullable or an array", at: field.location)
        }
    }

    private mutating func checkModelNames() {
        var seen: [String: Model] = [:]
        for model in spec.models {
            let swiftName = SwiftNaming.typeName(model.name)
            if SwiftNaming.reservedTypeNames.contains(swiftName) {
                error("model name '\(model.name)' is the Swift type \(swiftName) that generated code uses; choose another name", at: model.location)
            }
            if let earlier = seen[swiftName] {
                error("model '\(model.name)' and model '\(earlier.name)' (at #\(earlier.location.path.pointer)) both become the Swift type \(swiftName)", at: model.location)
            }
            seen[swiftName] = model
            if [spec.module.client, spec.module.clientProtocol].contains(swiftName) {
                error("model '\(model.name)' has the name of the generated client or its protocol", at: model.location)
            }
        }
    }

    private mutating func checkModel(_ model: Model) {
        switch model.kind {
        case .enumeration(let enumeration):
            if enumeration.values.isEmpty { error("enum '\(model.name)' has no values", at: model.location) }
            var seen: Set<EnumValue> = []
            for value in enumeration.values {
                if !seen.insert(value.value).inserted { error("enum '\(model.name)' lists '\(value.value.text)' twice", at: value.location) }
                if value.value.kind != enumeration.rawType {
                    error("enum '\(model.name)' mixes kinds of values: '\(value.value.text)' is not \(enumeration.rawType.phrase) like the first value",
                          at: value.location)
                }
                checkSwiftName(value.swiftName, what: "enum value '\(value.value.text)'", at: value.location)
            }
        case .object(let object):
            let isMultipart = files.bodies.contains(model.name)
            // A multipart body's members by any name may be files too (parts named by the caller).
            if case .map(let values)? = object.additionalFields?.kind {
                if !isMultipart, values.holdsFile {
                    error("the additional fields of model '\(model.name)' are files (type 'bytes'), but the model is not the body of a multipart/form-data operation, "
                          + "the only place a file is sent", at: values.location)
                }
                checkSchema(values, what: "the additional fields of model '\(model.name)'", files: .field)
            }
            checkRequiredAlternatives(object, of: model)
            for field in object.fields {
                if !isMultipart, field.schema.holdsFile {
                    error("field '\(field.name)' is a file (type 'bytes'), but model '\(model.name)' is not the body of a multipart/form-data operation, "
                          + "the only place a file is sent", at: field.schema.location)
                }
                checkSchema(field.schema, what: "field '\(field.name)'", files: .field)
                if isMultipart, field.isNullable {
                    error("field '\(field.name)' of model '\(model.name)', a multipart/form-data body, cannot be nullable: a part cannot be null "
                          + "(an optional field left out sends no part)", at: field.location)
                }
                if field.isReadOnly && field.isWriteOnly {
                    error("field '\(field.name)' cannot be both readOnly and writeOnly", at: field.location)
                }
                if field.isSensitive, !field.schema.isString {
                    error("only string fields can be sensitive; field '\(field.name)' is not a string", at: field.location)
                }
                checkDefaultAndExample(field.schema, nullable: field.isNullable, what: "field '\(field.name)'")
                checkSwiftName(field.swiftName, what: "field '\(field.name)'", at: field.location)
            }
        case .union(let union):
            for (index, variant) in union.variants.enumerated() {
                checkSchema(variant.schema, what: "variant \(index) of union '\(model.name)'")
                checkSwiftName(variant.swiftName, what: "variant \(index) of union '\(model.name)'", at: variant.location)
            }
            for problem in union.dispatch(named: model.name, in: spec).problems { error(problem.message, at: problem.location) }
        }
    }

    /// An explicit `swiftName` is written into the code as is, so it must be an identifier.
    private mutating func checkSwiftName(_ name: String?, what: String, at location: SpecLocation) {
        guard let name else { return }
        let scalars = name.unicodeScalars
        let isIdentifier = scalars.first.map { $0 == "_" || $0.properties.isXIDStart } ?? false
            && scalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
        if !isIdentifier {
            error("\(what): swiftName \(JSONSerializer.string(.string(name))) is not a Swift identifier (a letter or '_', then letters, digits or '_')", at: location)
        }
    }

    /// Constraints that no value can meet, and references to models that do not exist.
    mutating func checkSchema(_ schema: Schema, what: String, files placement: FilePlacement = .none) {
        let constraints = schema.constraints
        if let min = constraints.minLength, let max = constraints.maxLength, min > max {
            error("\(what): minLength \(min) is greater than maxLength \(max); no string can satisfy both", at: schema.location)
        }
        if let min = constraints.minimum, let max = constraints.maximum, min > max {
            error("\(what): minimum \(JSONNumber(min)) is greater than maximum \(JSONNumber(max)); no number can satisfy both", at: schema.location)
        } else if let lower = constraints.lowerBound, let upper = constraints.upperBound, lower.isExclusive || upper.isExclusive,
                  case (let low?, let high?) = schema.bounds,
                  low.value > high.value || low.value == high.value && (low.isExclusive || high.isExclusive) {
            // `bounds` makes an integer's exclusive bounds whole numbers: more than 0 and less than 1 leaves no integer.
            error("\(what): \(lower) and \(upper) leave no \(schema.category == .integer ? "integer" : "number") between them", at: schema.location)
        }
        if let min = constraints.minItems, let max = constraints.maxItems, min > max {
            error("\(what): minItems \(min) is greater than maxItems \(max); no array can satisfy both", at: schema.location)
        }
        if let min = constraints.minProperties, let max = constraints.maxProperties, min > max {
            error("\(what): minProperties \(min) is greater than maxProperties \(max); no map can satisfy both", at: schema.location)
        }
        if let pattern = constraints.pattern, (try? NSRegularExpression(pattern: pattern)) == nil {
            error("\(what): pattern \(JSONSerializer.string(.string(pattern))) is not a valid regular expression", at: schema.location)
        }
        switch schema.kind {
        case .reference(let name):
            if spec.model(named: name) == nil {
                let suggestion = closest(to: name, in: spec.models.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
                error("\(what) refers to model '\(name)', which the spec does not define\(suggestion)", at: schema.location)
            } else if placement != .multipartBody, files.holders.contains(name) {
                error("\(what) refers to model '\(name)', which holds files (type 'bytes'): it can only be the body of a multipart/form-data operation",
                      at: schema.location)
            }
        case .bytes where placement != .field:
            error("\(what) is a file (type 'bytes'), which only a field of a multipart/form-data body's model (or its array items) can be", at: schema.location)
        case .array(let items):
            // `[bytes]`: several files under one name; an array of arrays of files is nothing a form sends.
            checkSchema(items, what: "\(what) items", files: placement == .field && !items.isArray ? .field : .none)
        case .map(let values):
            checkSchema(values, what: "\(what) values")
        default:
            break
        }
    }

    /// `requiredAlternatives`: two groups or more, of the model's fields, none made only of required fields (it would
    /// always be there, and the requirement say nothing).
    mutating func checkRequiredAlternatives(_ object: ObjectModel, of model: Model) {
        let groups = object.requiredAlternatives
        guard !groups.isEmpty else { return }
        if groups.count < 2 {
            error("model '\(model.name)': 'requiredAlternatives' needs two groups or more (with one, make its fields required)", at: groups[0].first?.location ?? model.location)
        }
        for (index, group) in groups.enumerated() {
            var known: [Field] = []
            for member in group {
                guard let field = object.fields.first(where: { $0.name == member.name }) else {
                    let suggestion = closest(to: member.name, in: object.fields.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
                    error("model '\(model.name)': 'requiredAlternatives' names '\(member.name)', which is not one of its fields\(suggestion)", at: member.location)
                    continue
                }
                known.append(field)
            }
            if known.count == group.count, known.allSatisfy(\.isRequired), let first = group.first {
                error("model '\(model.name)': group \(index) of 'requiredAlternatives' is always there (its fields are required), so the requirement says nothing", at: first.location)
            }
        }
    }

    mutating func checkDefaultAndExample(_ schema: Schema, nullable: Bool, what: String) {
        for refused in Self.refusedValues(of: schema, nullable: nullable, in: spec) {
            for problem in refused.problems {
                error("\(what): the \(refused.label) \(refused.value) does not fit its own type: \(problem)", at: schema.location)
            }
        }
    }
}
