import APIGenRuntime
import APIGenSpec

/// How two versions of one type differ: in shape (a new Swift type, another JSON kind), or in the
/// constraints the client checks before sending.
enum SchemaDifference {
    /// The type as the spec names it: `string`, `string (date-time)`, `array of MCPServer`, `MCPServer`.
    static func typeName(_ schema: Schema) -> String {
        switch schema.kind {
        case .string(let format?): "string (\(format.rawValue))"
        case .array(let items): "array of \(typeName(items))"
        case .map(let values): "map of \(typeName(values))"
        case .reference(let name): name
        case .string, .integer, .number, .boolean, .object, .any, .bytes: schema.category.rawValue
        }
    }

    /// Whether values of the two types are the same Swift type and JSON kind. A string's format is
    /// a constraint, except `date-time`, which makes the value a `Timestamp` (spec/README.md).
    static func sameShape(_ old: Schema, _ new: Schema) -> Bool {
        old.isSameType(as: new, comparingNullability: false)
    }

    /// One constraint that changed: `tightened` when some value the old one accepted is refused now.
    struct ConstraintChange {
        var key: ConstraintKey
        var tightened: Bool
        var old: String
        var new: String
        /// The new value's key when it is another one: a bound made exclusive or inclusive (`minimum 0 → exclusiveMinimum 0`).
        var newKey: ConstraintKey? = nil

        var text: String { "\(key.rawValue) \(old) → \(newKey.map { "\($0.rawValue) " } ?? "")\(new)" }
    }

    /// The constraints that differ at this level (items' and values' own are compared as types).
    static func constraintChanges(_ old: Schema, _ new: Schema) -> [ConstraintChange] {
        var changes: [ConstraintChange] = []
        for key in ConstraintKey.allCases {
            switch key {
            case .items, .values: continue  // compared below, as types of their own
            case .format:
                let before = formatConstraint(old), after = formatConstraint(new)
                guard before != after else { continue }
                changes.append(ConstraintChange(key: key, tightened: after != nil, old: before ?? "none", new: after ?? "none"))
            case .pattern:
                let before = old.constraints.pattern, after = new.constraints.pattern
                guard before != after else { continue }
                // A different pattern may refuse what the old one took: assume so.
                changes.append(ConstraintChange(key: key, tightened: after != nil, old: before.map { "'\($0)'" } ?? "none", new: after.map { "'\($0)'" } ?? "none"))
            case .uniqueItems:
                let before = old.constraints.uniqueItems, after = new.constraints.uniqueItems
                guard before != after else { continue }
                changes.append(ConstraintChange(key: key, tightened: after, old: "\(before)", new: "\(after)"))
            case .const:
                let before = old.constraints.constant, after = new.constraints.constant
                guard before != after else { continue }
                // A new or different constant refuses what was accepted; one removed refuses nothing.
                changes.append(ConstraintChange(key: key, tightened: after != nil, old: before?.description ?? "none", new: after?.description ?? "none"))
            case .multipleOf:
                let before = old.constraints.multipleOf, after = new.constraints.multipleOf
                guard before != after else { continue }
                // Looser only when every multiple of the old divisor is one of the new (6 → 3, or none now).
                let loosened = after == nil || before.map { ValidationReport.isMultiple($0, of: after!) } == true
                changes.append(ConstraintChange(key: key, tightened: !loosened, old: before.map(number) ?? "none", new: after.map(number) ?? "none"))
            case .minimum, .maximum:
                if let change = numberBoundChange(old, new, lower: key == .minimum) { changes.append(change) }
            case .exclusiveMinimum, .exclusiveMaximum: continue  // compared with the inclusive one: a type has one of the two
            case .minLength, .minItems, .minProperties, .maxLength, .maxItems, .maxProperties:
                let before = bound(key, of: old.constraints), after = bound(key, of: new.constraints)
                guard before != after else { continue }
                let isLower = [.minLength, .minItems, .minProperties].contains(key)
                let tightened = switch (before, after) {
                case (nil, _?): true
                case (_?, nil): false
                case (let a?, let b?): isLower ? b > a : b < a
                case (nil, nil): false
                }
                changes.append(ConstraintChange(key: key, tightened: tightened, old: before.map(number) ?? "none", new: after.map(number) ?? "none"))
            }
        }
        return changes
    }

    /// How a number's lower or upper bound changed, inclusive or exclusive, named as the specs state it. Compared as
    /// `Schema.bounds`, so an integer's `exclusiveMinimum 0 → minimum 1` (as `apigen import` states it) changes nothing.
    private static func numberBoundChange(_ old: Schema, _ new: Schema, lower: Bool) -> ConstraintChange? {
        let stated = { (schema: Schema) in lower ? schema.constraints.lowerBound : schema.constraints.upperBound }
        let allowed = { (schema: Schema) in lower ? schema.bounds.lower : schema.bounds.upper }
        let before = stated(old), after = stated(new)
        guard allowed(old) != allowed(new), let key = (before ?? after)?.key else { return nil }
        let tightened = switch (allowed(old), allowed(new)) {
        case (let a?, let b?): b.isTighter(than: a)
        case (nil, _): true
        case (_?, nil): false
        }
        return ConstraintChange(key: key, tightened: tightened, old: before.map { number($0.value) } ?? "none",
                                new: after.map { number($0.value) } ?? "none", newKey: after.flatMap { $0.key == key ? nil : $0.key })
    }

    /// A format when it is a check: a string's (`date-time` is a type of its own) or an integer's width narrower than `Int`.
    private static func formatConstraint(_ schema: Schema) -> String? {
        switch schema.kind {
        case .string(let format?) where format != .dateTime: format.rawValue
        case .integer(let format?) where format.range != nil: format.rawValue
        default: nil
        }
    }

    private static func bound(_ key: ConstraintKey, of constraints: Constraints) -> Double? {
        switch key {
        case .minLength: constraints.minLength.map(Double.init)
        case .maxLength: constraints.maxLength.map(Double.init)
        case .minItems: constraints.minItems.map(Double.init)
        case .maxItems: constraints.maxItems.map(Double.init)
        case .minProperties: constraints.minProperties.map(Double.init)
        case .maxProperties: constraints.maxProperties.map(Double.init)
        case .format, .items, .values, .pattern, .const, .uniqueItems, .multipleOf, .minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum: nil
        }
    }

    private static func number(_ value: Double) -> String {
        if let integer = Int(exactly: value) { String(integer) } else { String(value) }
    }
}
