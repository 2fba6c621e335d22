import APIGenRuntime
import ArgumentParsing
import Foundation

/// Builds a request body from `--body JSON|@FILE` and one option per body field.
///
/// Each field is `--FLAG VALUE` (converted to JSON by the field's kind; a sensitive one also takes
/// `@FILE` or `@-`, read with ``ArgumentFile``, to keep it out of the process list); a nullable field also
/// gets `--clear-FLAG`, which sends `null`. Field options replace the members of `--body`. Only
/// the fields given are in the body. The parser checks an enumeration's value (naming the flag);
/// the tool reports the required fields neither an option nor `--body` gives, all at once;
/// everything else is left to the operation's own validation. A field whose flag is taken is
/// renamed `--body-FLAG`. An array body, or any JSON value, has no field options: `--body` gives it whole, and is
/// required; a free-form object or a map has none either, and `--body` gives its members. Raw content
/// (bytes or text of a media type) comes whole from `--body @FILE` or `@-` (text also inline) and is sent as it is. A
/// multipart body is assembled as an object; each of its files comes from a file option (``FileArgument``), repeated for
/// an array of files.
struct BodyAssembler: Sendable {
    static var bodyOption: String { "body" }

    struct Field: Sendable {
        var option: String
        var clearOption: String?
        var value: ValueDescriptor
    }

    let kind: BodyKind
    let fields: [Field]
    /// Fields with one value: no option, always in the body.
    let constants: [(name: String, value: JSONValue)]
    let declarations: [OptionDeclaration]

    init(fields descriptors: [ValueDescriptor], kind: BodyKind, taken: inout Set<String>) {
        self.kind = kind
        var fields: [Field] = []
        var declarations: [OptionDeclaration] = []
        constants = descriptors.compactMap { value in value.constant.map { (value.name, $0) } }
        for value in descriptors where value.constant == nil {
            guard let option = OptionNames.claim(value.flag, prefix: "body", taken: &taken) else { continue }
            var clearOption: String?
            if value.isNullable, taken.insert("clear-\(option)").inserted { clearOption = "clear-\(option)" }
            var declaration = ValueText.option(option, for: value, help: GlobalOptions.join(value.description, value.isRequired ? Self.requiredHelp : nil))
            declaration.conflictsWith = clearOption.map { [$0] } ?? []
            declarations.append(declaration)
            if let clearOption {
                declarations.append(OptionDeclaration(name: clearOption, kind: .flag, help: "Set \(value.name) to null."))
            }
            fields.append(Field(option: option, clearOption: clearOption, value: value))
        }
        let whole = switch kind {
        case .content(let mediaType): "The request body (\(mediaType); required), read as it is from a file (@path) or from standard input (@-)"
            + (MediaType.isText(mediaType) ? ", or given inline as text." : ".")
        case .multipart: "The request body's fields as a JSON object, inline, read from a file (@path) or from standard input (@-); "
            + "the options above replace its members, and give its files. It is sent as multipart/form-data."
        case .object: "The request body as a JSON object, inline, read from a file (@path) or from standard input (@-); "
            + "the options above replace its members. Prefer a file or standard input for secrets."
        case .array: "The request body as a JSON array (required), inline, read from a file (@path) or from standard input (@-). "
            + "Prefer a file or standard input for secrets."
        case .anyJSON: "The request body, any JSON value (required), inline, read from a file (@path) or from standard input (@-). "
            + "Prefer a file or standard input for secrets."
        }
        let placeholder = if case .content(let mediaType) = kind { MediaType.isText(mediaType) ? "TEXT|@FILE" : "@FILE" } else { "JSON|@FILE" }
        declarations.append(OptionDeclaration(name: Self.bodyOption, kind: .value(placeholder: placeholder), help: whole))
        self.fields = fields
        self.declarations = declarations
    }

    /// A required field's option can be left out when `--body` has the field.
    static let requiredHelp = "Give it here or in --body."

    static let secretHelp = "Secret: prefer @FILE or @- (standard input) to a value on the command line, which other users can see."

    /// The value of a sensitive option: `@FILE` or `@-` is read from there, anything else is the value.
    static func secret(_ text: String, option: String, _ path: [String]) throws(Failure) -> String {
        guard let file = ArgumentFile.reference(text) else { return text }
        switch ArgumentFile.secret(file) {
        case .success(let value): return value
        case .failure(let failure): throw .usage("--\(option): \(failure.message)", commandPath: path)
        }
    }

    /// The body: the members of `--body`, then each field option given, an object; or the array `--body` gives.
    func body(from parsed: ParsedCommand) throws(Failure) -> JSONValue? {
        if case .content = kind { return nil }
        if kind == .array || kind == .anyJSON {
            let what = kind == .array ? "a JSON array" : "any JSON value"
            guard let text = parsed.value(Self.bodyOption) else {
                throw .usage("missing --body: the request body is \(what)", commandPath: parsed.commandPath)
            }
            let value = try Self.json(from: text, parsed.commandPath)
            if kind == .array, value.arrayValue == nil {
                throw .usage("--body: expected a JSON array, found \(value.kind)", commandPath: parsed.commandPath)
            }
            return value
        }
        let fromStandardInput = ([Self.bodyOption] + fields.map(\.option)).filter { option in
            parsed.values(option).contains { ArgumentFile.reference(FileArgument.path(of: $0)) == ArgumentFile.standardInput }
        }
        if fromStandardInput.count > 1 {
            throw .usage(fromStandardInput.map { "--\($0)" }.joined(separator: " and ") + " cannot both read standard input",
                         commandPath: parsed.commandPath)
        }
        var object = JSONObject()
        if let text = parsed.value(Self.bodyOption) { object = try Self.object(from: text, parsed.commandPath) }
        for field in fields {
            if field.value.kind == .file {
                let files = try parsed.values(field.option).map { text throws(Failure) in try FileArgument.json(text, option: field.option, parsed.commandPath) }
                if !files.isEmpty { object[field.value.name] = field.value.isRepeatable ? .array(files) : files[files.count - 1] }
            } else if let clear = field.clearOption, parsed.flag(clear) {
                object[field.value.name] = .null
            } else if var text = parsed.value(field.option) {
                if field.value.isSensitive { text = try Self.secret(text, option: field.option, parsed.commandPath) }
                guard let json = ValueText.json(text, kind: field.value.kind) else {
                    let problem = ValueText.problem(text, kind: field.value.kind, isSensitive: field.value.isSensitive) ?? "invalid value"
                    throw .usage("--\(field.option): \(problem)", commandPath: parsed.commandPath)
                }
                object[field.value.name] = json
            }
        }
        for constant in constants where object[constant.name] == nil { object[constant.name] = constant.value }
        return .object(object)
    }

    /// Raw content (``BodyKind/content(mediaType:)``): the bytes of `--body @path` or `@-`, or inline text, which is
    /// required; nil for a JSON body.
    func content(from parsed: ParsedCommand) throws(Failure) -> Data? {
        guard case .content(let mediaType) = kind else { return nil }
        guard let text = parsed.value(Self.bodyOption) else {
            throw .usage("missing --body: the request body is \(mediaType) content", commandPath: parsed.commandPath)
        }
        guard let file = ArgumentFile.reference(text) else {
            guard MediaType.isText(mediaType) else {
                throw .usage("--body: the body is \(mediaType) bytes; give a file (@path) or standard input (@-)", commandPath: parsed.commandPath)
            }
            return Data(text.utf8)
        }
        switch ArgumentFile.read(file) {
        case .success(let contents): return contents
        case .failure(let failure): throw .usage("--body: \(failure.message)", commandPath: parsed.commandPath)
        }
    }

    /// `--body`: inline JSON, or `@path` / `@-` for a file's or standard input's contents; it must be an object.
    static func object(from text: String, _ path: [String]) throws(Failure) -> JSONObject {
        let value = try json(from: text, path)
        guard case .object(let object) = value else {
            throw .usage("--body: expected a JSON object, found \(value.kind)", commandPath: path)
        }
        return object
    }

    /// `--body`'s JSON: inline, or `@path` / `@-` for a file's or standard input's contents.
    static func json(from text: String, _ path: [String]) throws(Failure) -> JSONValue {
        var data = Data(text.utf8)
        if let file = ArgumentFile.reference(text) {
            switch ArgumentFile.read(file) {
            case .success(let contents): data = contents
            case .failure(let failure): throw .usage("--body: \(failure.message)", commandPath: path)
            }
        }
        do {
            return try JSONParser.parse(data)
        } catch {
            throw .usage("--body: not valid JSON: \(error.description)", commandPath: path)
        }
    }
}
