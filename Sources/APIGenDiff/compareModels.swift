import APIGenJSON
import APIGenRuntime
import APIGenSpec

extension SpecComparison {
    mutating func compareModels() {
        let models = match(old.models, new.models, by: \.name)
        for model in models.removed {
            record(.breaking, .old, at: model.location.path, "model '\(model.name)' removed: its Swift type is gone")
        }
        for (before, after) in models.kept {
            let directions = oldUsage.directions(of: after.name).union(newUsage.directions(of: after.name))
            switch (before.kind, after.kind) {
            case (.object(let a), .object(let b)): compareObjects(a, b, in: after, directions: directions)
            case (.enumeration(let a), .enumeration(let b)): compareEnumerations(a, b, in: after, directions: directions)
            case (.union(let a), .union(let b)): compareUnions(a, b, in: after, directions: directions)
            default: record(.breaking, .new, at: after.location.path, "model '\(after.name)' changes from \(kindName(before)) to \(kindName(after))")
            }
            if before.description != after.description {
                record(.compatible, .new, at: after.location.path, "model '\(after.name)': its documentation changes")
            }
            compareDeprecation(before.deprecation, after.deprecation, what: "model '\(after.name)'", at: after.location.path)
        }
        for model in models.added {
            record(.additive, .new, at: model.location.path, "model '\(model.name)' added")
        }
    }

    private func kindName(_ model: Model) -> String {
        switch model.kind {
        case .object: "an object"
        case .enumeration: "an enumeration"
        case .union: "a union"
        }
    }

    private mutating func compareObjects(_ old: ObjectModel, _ new: ObjectModel, in model: Model, directions: ModelUsage.Directions) {
        let sent = directions.contains(.request), read = directions.contains(.response)
        let fields = match(old.fields, new.fields, by: \.name)
        for field in fields.removed {
            record(.breaking, .old, at: field.location.path, "model '\(model.name)': field '\(field.name)' removed: its Swift property is gone")
        }
        for (before, after) in fields.kept {
            let what = "model '\(model.name)': field '\(after.name)'"
            let path = after.location.path
            if before.swiftName != after.swiftName {
                record(.breaking, .new, at: path, "\(what): its Swift name changes")
            }
            // Required or nullable changes the Swift property's type (T, T?, Nullable<T>) for every
            // caller; on the wire, only a field newly required (or no longer nullable) breaks senders.
            if before.isRequired != after.isRequired {
                if after.isRequired {
                    record(.breaking, .new, at: path, "\(what) is required now" + (sent ? ": callers must send it" : ": its Swift type is no longer optional"))
                } else {
                    record(read ? .breaking : .additive, .new, at: path, "\(what) is optional now" + (read ? ": readers get an optional" : ""))
                }
            }
            if before.isNullable != after.isNullable {
                let breaks = after.isNullable ? read : true
                record(breaks ? .breaking : .additive, .new, at: path, "\(what) is \(after.isNullable ? "nullable" : "no longer nullable") now: its Swift type changes")
            }
            if before.isReadOnly != after.isReadOnly || before.isWriteOnly != after.isWriteOnly || before.isSensitive != after.isSensitive
                || before.description != after.description
            {
                record(.compatible, .new, at: path, "\(what): its documentation or marks (read-only, write-only, sensitive) change")
            }
            compareDeprecation(before.deprecation, after.deprecation, what: what, at: path)
            compareValue(before.schema, after.schema, what: what, directions: directions)
        }
        for field in fields.added {
            let what = "model '\(model.name)': field '\(field.name)' added"
            if field.isRequired, sent {
                record(.breaking, .new, at: field.location.path, "\(what), required: callers must send it")
            } else {
                record(.additive, .new, at: field.location.path, what + (field.isRequired ? ", required in answers" : ", optional"))
            }
        }
        let groups = (old: Set(old.requiredAlternatives.map { $0.map(\.name) }), new: Set(new.requiredAlternatives.map { $0.map(\.name) }))
        if groups.old != groups.new {
            // Each group is a way to satisfy the requirement: one fewer (or a requirement where there was none) tightens it.
            let tightened = !groups.new.isEmpty && (groups.old.isEmpty || !groups.old.isSubset(of: groups.new))
            let listed = groups.new.isEmpty ? "no longer needs one of several groups of fields" : "\(ConstraintViolation.requiredAlternativesMessage(new.requiredAlternatives.map { $0.map(\.name) }))"
            record(tightened && sent ? .breaking : sent ? .additive : .compatible, .new, at: model.location.path, "model '\(model.name)': a request \(listed)")
        }
        switch (old.additionalFields, new.additionalFields) {
        case (let before?, let after?):
            compareValue(before, after, what: "model '\(model.name)': its additional fields", directions: directions)
        case (nil, let after?):
            record(.breaking, .new, at: after.location.path, "model '\(model.name)': members beside its fields have a type now (`additionalFields` replaces `unknownFields`)")
            return
        case (let before?, nil):
            record(.breaking, .old, at: before.location.path, "model '\(model.name)': its additional fields are gone")
            return
        case (nil, nil):
            break
        }
        if old.unknownFields != new.unknownFields, new.additionalFields == nil {
            let rejects = new.unknownFields == .reject
            record(rejects && read ? .breaking : .compatible, .new, at: model.location.path,
                   "model '\(model.name)': members it does not list are \(rejects ? "refused" : "kept") now")
        }
    }

    private mutating func compareEnumerations(_ old: EnumModel, _ new: EnumModel, in model: Model, directions: ModelUsage.Directions) {
        if old.rawType != new.rawType {
            // Every value changes its JSON kind and the enum its `RawValue`: no value compares with one before.
            record(.breaking, .new, at: model.location.path,
                   "model '\(model.name)': its values are \(new.rawType.phrase) instead of \(old.rawType.phrase)")
            return
        }
        let values = match(old.values, new.values, by: \.value.text)
        for value in values.removed {
            let effect = directions.contains(.request) ? "callers can no longer send it, and its Swift case is gone" : "its Swift case is gone"
            record(.breaking, .old, at: value.location.path, "model '\(model.name)': value '\(value.value.text)' removed: \(effect)")
        }
        for (before, after) in values.kept where before.swiftName != after.swiftName {
            record(.breaking, .new, at: after.location.path, "model '\(model.name)': value '\(after.value.text)' has another Swift name")
        }
        for value in values.added {
            // Enums are open: an old client decodes the new value as `.unknown(…)`.
            record(.additive, .new, at: value.location.path, "model '\(model.name)': value '\(value.value.text)' added (older clients read it as .unknown)")
        }
    }

    /// Variants are matched by their type (`SelfHostedApplication`, `string`): one removed is a Swift case gone, one added is
    /// a new case (older clients read it as `.unknown` where answers carry the union), a new discriminator value reads differently.
    private mutating func compareUnions(_ old: UnionModel, _ new: UnionModel, in model: Model, directions: ModelUsage.Directions) {
        let variants = match(old.variants, new.variants) { SchemaDifference.typeName($0.schema) }
        for variant in variants.removed {
            record(.breaking, .old, at: variant.location.path,
                   "model '\(model.name)': variant \(SchemaDifference.typeName(variant.schema)) removed: its Swift case is gone")
        }
        for (before, after) in variants.kept {
            if before.swiftName != after.swiftName {
                record(.breaking, .new, at: after.location.path, "model '\(model.name)': variant \(SchemaDifference.typeName(after.schema)) has another Swift name")
            }
            compareValue(before.schema, after.schema, what: "model '\(model.name)': variant \(SchemaDifference.typeName(after.schema))", directions: directions)
        }
        for variant in variants.added {
            let effect = directions.contains(.response) ? " (older clients read it as .unknown)" : ""
            record(.additive, .new, at: variant.location.path, "model '\(model.name)': variant \(SchemaDifference.typeName(variant.schema)) added\(effect)")
        }
        let oldValues = old.discriminator.map { Dictionary($0.mapping.map { ($0.value, $0.model) }, uniquingKeysWith: { first, _ in first }) } ?? [:]
        let newValues = new.discriminator.map { Dictionary($0.mapping.map { ($0.value, $0.model) }, uniquingKeysWith: { first, _ in first }) } ?? [:]
        if old.discriminator?.field != new.discriminator?.field {
            record(.breaking, .new, at: model.location.path, "model '\(model.name)': its discriminator changes from \(old.discriminator?.field ?? "none") to \(new.discriminator?.field ?? "none")")
        } else if let discriminator = new.discriminator {
            for (value, modelName) in oldValues.sorted(by: { $0.key < $1.key }) where newValues[value] != modelName {
                record(.breaking, .new, at: discriminator.location.path,
                       "model '\(model.name)': discriminator value '\(value)' no longer selects '\(modelName)'")
            }
        }
    }
}
