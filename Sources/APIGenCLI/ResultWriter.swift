import APIGenRuntime
import Foundation

/// How results are printed (`--output`): JSON is the contract for scripts; a table is for reading.
enum OutputFormat: String, CaseIterable, Sendable {
    case json, table
}

/// Prints a result, or the items of every page as they arrive.
///
/// JSON: one value, pretty-printed with sorted keys. Items are written one by one (`[`, each item,
/// `]`), so the output of `--all` is one JSON array however many pages there are, and nothing but
/// the item being written is held. Table: the scalar fields of each item (or of the one object) as
/// aligned columns; aligning needs every row, so a table is printed at the end.
struct ResultWriter {
    let format: OutputFormat
    let write: @Sendable (String) -> Void
    /// How many items were appended.
    private(set) var count = 0
    private var rows: [JSONValue] = []

    init(format: OutputFormat, write: @escaping @Sendable (String) -> Void) {
        self.format = format
        self.write = write
    }

    /// Prints one whole result.
    mutating func print(_ result: JSONValue) {
        switch format {
        case .json: write(OutputStreams.json(result))
        case .table: write(Table.text(Table.rows(of: result)))
        }
    }

    /// Prints (JSON) or keeps (table) one item of a list.
    mutating func append(_ item: JSONValue) {
        defer { count += 1 }
        switch format {
        case .json:
            let lines = OutputStreams.json(item).dropLast().split(separator: "\n", omittingEmptySubsequences: false)
            write((count == 0 ? "[\n" : ",\n") + lines.map { "  " + $0 }.joined(separator: "\n"))
        case .table:
            rows.append(item)
        }
    }

    /// Ends the list: closes the array, or prints the table.
    func finish() {
        switch format {
        case .json: write(count == 0 ? "[]\n" : "\n]\n")
        case .table: write(Table.text(rows))
        }
    }
}

/// Items as a table of their scalar fields (strings, numbers, booleans, null), one column per
/// field in the order fields first appear; every cell escaped for the terminal (``TerminalText``).
enum Table {
    /// The rows of a result: the elements of an array, nothing for `null`, else the value itself.
    static func rows(of result: JSONValue) -> [JSONValue] {
        switch result {
        case .array(let elements): elements
        case .null: []
        default: [result]
        }
    }

    /// The table, newline-terminated; empty for no rows. Items that are not objects are one `VALUE` column.
    static func text(_ rows: [JSONValue]) -> String {
        guard !rows.isEmpty else { return "" }
        var columns: [String] = []
        var seen = Set<String>()
        for row in rows {
            let names = fields(row).map(\.name)
            for name in names where seen.insert(name).inserted { columns.append(name) }
        }
        let cells = rows.map { row in
            let values = Dictionary(fields(row).map { ($0.name, $0.text) }) { first, _ in first }
            return columns.map { values[$0] ?? "" }
        }
        let header = columns.map { TerminalText.escaped($0).uppercased() }
        let widths = columns.indices.map { column in ([header] + cells).map { $0[column].count }.max() ?? 0 }
        return ([header] + cells).map { line in
            var text = zip(line, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }.joined(separator: "\n") + "\n"
    }

    /// The scalar fields of a row as printed, in key order.
    private static func fields(_ row: JSONValue) -> [(name: String, text: String)] {
        guard case .object(let object) = row else { return scalar(row).map { [("value", $0)] } ?? [] }
        return object.members.sorted { $0.key < $1.key }.compactMap { member in scalar(member.value).map { (member.key, $0) } }
    }

    /// A scalar as a cell (escaped); nil for arrays and objects.
    private static func scalar(_ value: JSONValue) -> String? {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): number.text
        case .string(let text): TerminalText.escaped(text)
        case .array, .object: nil
        }
    }
}

extension ResultWriter {
    /// The option naming the file an answer of bytes is written to.
    static let outputFileFlag = "output-file"

    /// A text answer as standard output shows it: line breaks and tabs kept, every other character a terminal would act
    /// on written as `\u{…}` (``TerminalText``), as the server's text is everywhere else; `--output-file` keeps it exact.
    static func terminalContent(_ text: String) -> String {
        text.split(separator: "\t", omittingEmptySubsequences: false).map { TerminalText.escaped(String($0), keepingLineBreaks: true) }
            .joined(separator: "\t")
    }

    /// Writes an answer that is content (``OperationDescriptor/resultContentType``) to `path`: text as UTF-8, bytes from
    /// the base64 the descriptor gives them in.
    static func writeContent(_ answer: String, mediaType: String, to path: String) throws(Failure) {
        let data = MediaType.isText(mediaType) ? Data(answer.utf8) : Data(base64Encoded: answer) ?? Data()
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw Failure(status: ExitStatus.usage, message: "cannot write --\(outputFileFlag) \(path): \(error.localizedDescription)")
        }
    }
}
