import APIGenRuntime
import ArgumentParsing
import Foundation

/// Builds a request body from `--body JSON|@FILE` and one option per body field.
///
/// Each field is `--FLAG VALUE` (converted to JSON by the field's kind); a nullable field also
/// gets `--clear-FLAG`, which sends `null`. Field options replace the members of `--body`. Only
/// the fields given are in the body, and enumerations and required fields are left to the
/// operation's own validation. A field whose flag is taken is renamed `--body-FLAG`.
struct BodyAssembler: Sendable {
    static var bodyOption: String { "body" }

    struct Field: Sendable {
        var option: String
        var clearOption: String?
        var value: ValueDescriptor
    }

    let fields: [Field]
    let declarations: [OptionDeclaration]

    init(fields descriptors: [ValueDescriptor], taken: inout Set<String>) {
        var fields: [Field] = []
        var declarations: [OptionDeclaration] = []
        for value in descriptors {
            guard let option = OptionNames.claim(value.flag, prefix: "body", taken: &taken) else { continue }
            var clearOption: String?
            if value.isNullable, taken.insert("clear-\(option)").inserted { clearOption = "clear-\(option)" }
            declarations.append(OptionDeclaration(
                name: option, kind: .value(placeholder: ValueText.placeholder(for: value)), help: Self.help(value),
                conflictsWith: clearOption.map { [$0] } ?? []))
            if let clearOption {
                declarations.append(OptionDeclaration(name: clearOption, kind: .flag, help: "Set \(value.name) to null."))
            }
            fields.append(Field(option: option, clearOption: clearOption, value: value))
        }
        declarations.append(OptionDeclaration(
            name: Self.bodyOption, kind: .value(placeholder: "JSON|@FILE"),
            help: "The request body as a JSON object, inline or read from a file (@path); the options above replace its members."))
        self.fields = fields
        self.declarations = declarations
    }

    private static func help(_ value: ValueDescriptor) -> String {
        var notes: [String] = []
        if case .enumeration(let allowed) = value.kind { notes.append("values: " + allowed.joined(separator: "|")) }
        if let defaultValue = value.defaultValue { notes.append("default: \(defaultValue)") }
        return GlobalOptions.join(value.description, notes.isEmpty ? nil : "(\(notes.joined(separator: "; ")))",
                                  value.isRequired ? "Required (here or in --body)." : nil)
    }

    /// The body: the members of `--body`, then each field option given. Always an object.
    func body(from parsed: ParsedCommand) throws(Failure) -> JSONValue {
        var object = JSONObject()
        if let text = parsed.value(Self.bodyOption) { object = try Self.object(from: text, parsed.commandPath) }
        for field in fields {
            if let clear = field.clearOption, parsed.flag(clear) {
                object[field.value.name] = .null
            } else if let text = parsed.value(field.option) {
                guard let json = ValueText.json(text, kind: field.value.kind) else {
                    let problem = ValueText.problem(text, kind: field.value.kind, isSensitive: field.value.isSensitive) ?? "invalid value"
                    throw .usage("--\(field.option): \(problem)", commandPath: parsed.commandPath)
                }
                object[field.value.name] = json
            }
        }
        return .object(object)
    }

    /// `--body`: inline JSON, or `@path` for a file's contents; it must be an object.
    static func object(from text: String, _ path: [String]) throws(Failure) -> JSONObject {
        var data = Data(text.utf8)
        if text.hasPrefix("@") {
            let file = String(text.dropFirst())
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw .usage("--body: cannot read the file '\(file)'", commandPath: path)
            }
            data = contents
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(data)
        } catch {
            throw .usage("--body: not valid JSON: \(error.description)", commandPath: path)
        }
        guard case .object(let object) = value else {
            throw .usage("--body: expected a JSON object, found \(value.kind)", commandPath: path)
        }
        return object
    }
}
