import APIGenRuntime
import ArgumentParsing

/// The options of a paginated command: `--all` (every page), `--limit N` (at most N items) and
/// `--max-pages N` (at most N pages). `--limit` and `--max-pages` imply `--all`; pages are fetched
/// only as items are printed, so a limit fetches no page it does not print from.
struct PageOptions: Sendable {
    static let allFlag = "all"
    static let limitOption = "limit"
    static let maxPagesOption = "max-pages"

    /// The names declared (a name a parameter took is left out).
    let all: String
    let limit: String?
    let maxPages: String?
    let declarations: [OptionDeclaration]

    /// What one run asked for.
    struct Request {
        var limit: Int?
        var maxPages: Int?
    }

    init?(taken: inout Set<String>) {
        guard taken.insert(Self.allFlag).inserted else { return nil }
        all = Self.allFlag
        limit = taken.insert(Self.limitOption).inserted ? Self.limitOption : nil
        maxPages = taken.insert(Self.maxPagesOption).inserted ? Self.maxPagesOption : nil
        var declarations = [OptionDeclaration(
            name: all, kind: .flag,
            help: "Fetch every page and print the items as they arrive: one JSON array, written item by item.")]
        if let limit {
            declarations.append(OptionDeclaration(name: limit, kind: .value(placeholder: "N"),
                                                  help: "Stop after N items, fetching no further page (implies --all).",
                                                  constraints: ["at least 1"]))
        }
        if let maxPages {
            declarations.append(OptionDeclaration(name: maxPages, kind: .value(placeholder: "N"),
                                                  help: "Fetch at most N pages (implies --all).", constraints: ["at least 1"]))
        }
        self.declarations = declarations
    }

    /// nil when the command fetches one page (none of the options given).
    func request(_ parsed: ParsedCommand) throws(UsageError) -> Request? {
        let request = Request(limit: try Self.count(limit, parsed), maxPages: try Self.count(maxPages, parsed))
        guard parsed.flag(all) || request.limit != nil || request.maxPages != nil else { return nil }
        return request
    }

    private static func count(_ option: String?, _ parsed: ParsedCommand) throws(UsageError) -> Int? {
        guard let option, let text = parsed.value(option) else { return nil }
        guard let number = Int(text), number >= 1 else { throw parsed.invalid(option, "expected a whole number of at least 1, found '\(text)'") }
        return number
    }
}
