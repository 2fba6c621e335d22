import APIGenIR
import APIGenJSON
import APIGenSpec

extension Translator {
    /// A field's doc comment: its description, its constraints and default in words, and where it came from.
    func documentation(for field: Field) -> Documentation {
        var paragraphs = [field.description ?? ""]
        var notes = constraintWords(field.schema)
        if let value = field.schema.defaultValue { notes.append("the API's default is `\(value)`") }
        if field.isReadOnly { notes.append("read-only: set by the API") }
        if field.isWriteOnly { notes.append("write-only: never returned") }
        if field.isSensitive { notes.append("a secret: redacted in descriptions") }
        if !notes.isEmpty { paragraphs.append(notes.joined(separator: "; ").uppercasedFirst() + ".") }
        return Documentation(paragraphs: paragraphs, remark: "JSON `\(field.name)`. " + remark(field.location))
    }

    /// Constraints in words: "1 to 32 characters", "at least 1", "an absolute URI".
    func constraintWords(_ schema: Schema) -> [String] {
        let constraints = schema.constraints
        var words: [String] = []
        switch (constraints.minLength, constraints.maxLength) {
        case (let min?, let max?): words.append("\(min) to \(max) \(plural(max, "character"))")
        case (let min?, nil): words.append("at least \(min) \(plural(min, "character"))")
        case (nil, let max?): words.append("at most \(max) \(plural(max, "character"))")
        case (nil, nil): break
        }
        switch (constraints.minimum, constraints.maximum) {
        case (let min?, let max?): words.append("\(JSONNumber(min)) to \(JSONNumber(max))")
        case (let min?, nil): words.append("at least \(JSONNumber(min))")
        case (nil, let max?): words.append("at most \(JSONNumber(max))")
        case (nil, nil): break
        }
        switch (constraints.minItems, constraints.maxItems) {
        case (let min?, let max?): words.append("\(min) to \(max) \(plural(max, "item"))")
        case (let min?, nil): words.append("at least \(min) \(plural(min, "item"))")
        case (nil, let max?): words.append("at most \(max) \(plural(max, "item"))")
        case (nil, nil): break
        }
        if let pattern = constraints.pattern { words.append("matches `\(pattern)`") }
        if case .string(.uri) = schema.kind { words.append("an absolute URI") }
        if case .array(let items) = schema.kind {
            let itemWords = constraintWords(items)
            if !itemWords.isEmpty { words.append("each item " + itemWords.joined(separator: ", ")) }
        }
        return words
    }
}

private func plural(_ count: Int, _ noun: String) -> String {
    count == 1 ? noun : noun + "s"
}
