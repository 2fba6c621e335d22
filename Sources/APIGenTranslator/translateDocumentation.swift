import APIGenIR
import APIGenJSON
import APIGenRuntime
import APIGenSpec

extension Translator {
    /// How the documentation of a sensitive field or parameter says so.
    static let secretNote = "a secret: redacted in descriptions"

    /// A field's doc comment: its description, its constraints and default in words, and where it came from.
    func documentation(for field: Field) -> Documentation {
        var paragraphs = [field.description ?? "", deprecationNote(field.deprecation)]
        var notes = constraintWords(field.schema)
        if let value = field.schema.defaultValue { notes.append("the API's default is `\(value)`") }
        if field.isReadOnly { notes.append("read-only: set by the API") }
        if field.isWriteOnly { notes.append("write-only: never returned") }
        if field.isSensitive { notes.append(Self.secretNote) }
        if !notes.isEmpty { paragraphs.append(notes.joined(separator: "; ").uppercasedFirst() + ".") }
        return Documentation(paragraphs: paragraphs, remark: "JSON `\(field.name)`. " + remark(field.location))
    }

    /// "Deprecated: <message>" or "Deprecated.", for a doc comment; empty when not deprecated.
    func deprecationNote(_ deprecation: Deprecation?) -> String {
        guard let deprecation else { return "" }
        return deprecation.message.map { "Deprecated: \($0)" } ?? "Deprecated."
    }

    /// The attribute that makes uses of a deprecated declaration warn.
    func deprecated(_ deprecation: Deprecation?) -> Deprecated? {
        deprecation.map { Deprecated(message: $0.message) }
    }

    /// Constraints in words: "1 to 32 characters", "at least 1", "an absolute URI".
    func constraintWords(_ schema: Schema) -> [String] {
        let constraints = schema.constraints
        var words: [String] = []
        words += countWords(constraints.minLength, constraints.maxLength, "character")
        switch schema.bounds {
        case (let min?, let max?) where !min.isExclusive && !max.isExclusive: words.append("\(JSONNumber(min.value)) to \(JSONNumber(max.value))")
        case (let min?, let max?): words.append("\(boundWords(min)) and \(boundWords(max))")
        case (let bound?, nil), (nil, let bound?): words.append(boundWords(bound))
        case (nil, nil): break
        }
        if let divisor = constraints.multipleOf { words.append("a multiple of \(JSONNumber(divisor))") }
        if let constant = constraints.constant { words.append("always `\(constant)`") }
        words += countWords(constraints.minItems, constraints.maxItems, "item")
        if constraints.uniqueItems { words.append("no two items equal") }
        words += countWords(constraints.minProperties, constraints.maxProperties, "member")
        if let pattern = constraints.pattern { words.append("matches `\(pattern)`") }
        if case .string(let format?) = schema.kind, format.checksString { words.append(format.phrase) }
        if case .integer(.int32) = schema.kind { words.append("a 32-bit integer") }
        if let element = schema.element {
            let elementWords = constraintWords(element)
            let each = if case .map = schema.kind { "each value " } else { "each item " }
            if !elementWords.isEmpty { words.append(each + elementWords.joined(separator: ", ")) }
            if element.isNullable { words.append(schema.isArray ? "items may be null" : "values may be null") }
        }
        return words
    }
}

/// One end of a number's range in words: "at least 0", "more than 0", "at most 100", "less than 100".
private func boundWords(_ bound: NumberBound) -> String {
    let words = switch (bound.isLower, bound.isExclusive) {
    case (true, false): "at least"
    case (true, true): "more than"
    case (false, false): "at most"
    case (false, true): "less than"
    }
    return "\(words) \(JSONNumber(bound.value))"
}

/// Count bounds in words: "1 to 32 characters", "at least 1 item", "at most 8 members".
private func countWords(_ min: Int?, _ max: Int?, _ noun: String) -> [String] {
    switch (min, max) {
    case (let min?, let max?): ["\(min) to \(max) \(plural(max, noun))"]
    case (let min?, nil): ["at least \(min) \(plural(min, noun))"]
    case (nil, let max?): ["at most \(max) \(plural(max, noun))"]
    case (nil, nil): []
    }
}

private func plural(_ count: Int, _ noun: String) -> String {
    count == 1 ? noun : noun + "s"
}
