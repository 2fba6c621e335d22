import Foundation

/// A list response `{"success": true, "result": [...]}` with `count` complete MCP server objects:
/// every field set, realistic values, millisecond timestamps, every fifth description null.
/// Deterministic: the same count gives the same bytes.
enum ServerFixture {
    struct Generator {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }

    static let words = ["docs", "search", "billing", "tickets", "wiki", "github", "jira", "crm", "analytics", "storage", "calendar", "mail"]
    static let people = ["alice@example.com", "bob@example.org", "carol@corp.example", "dave@example.net", "erin@example.com"]

    /// RFC 3339 with milliseconds, UTC (civil-from-days, no Calendar needed).
    static func timestamp(_ seconds: Int, millis: Int) -> String {
        let days = seconds / 86_400, rest = seconds % 86_400
        let z = days + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(rest / 3600, 2)):\(pad(rest / 60 % 60, 2)):\(pad(rest % 60, 2)).\(pad(millis, 3))Z"
    }

    static func server(_ index: Int, _ random: inout Generator) -> JSONText {
        let word = words[index % words.count]
        let id = "\(word)-\(index)"
        let created = 1_700_000_000 + index * 977 + random.next(86_400)
        let modified = created + random.next(2_000_000)
        let synced = modified + random.next(100_000)
        func stamp(_ seconds: Int) -> JSONText { .string(timestamp(seconds, millis: random.next(1000))) }
        let authType = ["oauth", "bearer", "unauthenticated"][index % 3]
        let tool: JSONText = [
            "name": .string("\(word)_query"),
            "description": .string("Query the \(word) index and return the best matching documents."),
            "inputSchema": ["type": "object", "properties": ["query": ["type": "string", "description": "What to look for."]], "required": ["query"]],
        ]
        let tool2: JSONText = [
            "name": .string("\(word)_fetch"),
            "description": .string("Fetch one \(word) document by its identifier."),
            "inputSchema": ["type": "object", "properties": ["id": ["type": "string", "description": "Document identifier."]], "required": ["id"]],
        ]
        let prompt: JSONText = ["name": .string("summarize_\(word)"), "description": .string("Summarize recent \(word) activity.")]
        func override(_ name: String, alias: String) -> JSONText {
            ["name": .string(name), "alias": .string(alias), "description": .string("Custom description for \(name)."), "enabled": .bool(random.next(4) != 0)]
        }
        let description: JSONText = index % 5 == 4 ? .null : .string("Remote MCP server for \(word), team \(index % 37).")
        return [
            "id": .string(id),
            "auth_type": .string(authType),
            "hostname": .string("https://mcp-\(index).\(word).example.com/mcp"),
            "name": .string("\(word.capitalized) MCP \(index)"),
            "prompts": [prompt],
            "tools": [tool, tool2],
            "auth_config_summary": [
                "auth_mode": .string(index % 2 == 0 ? "dcr" : "manual"),
                "client_secret_version": .int(1 + random.next(5)),
                "config": [
                    "authorization_endpoint": .string("https://auth.\(word).example.com/authorize"),
                    "issuer": .string("https://auth.\(word).example.com"),
                    "resource": .string("https://mcp-\(index).\(word).example.com/mcp"),
                    "revocation_endpoint": .string("https://auth.\(word).example.com/revoke"),
                    "token_endpoint": .string("https://auth.\(word).example.com/token"),
                ],
                "has_client_secret": .bool(index % 2 == 1),
                "registration_info": [
                    "client_id": .string("client-\(index)-\(random.next(1_000_000))"),
                    "redirect_uris": [.string("https://portal.example.com/oauth/callback")],
                    "scope": "openid profile mcp",
                    "token_endpoint_auth_method": "client_secret_basic",
                ],
            ],
            "authentication_status": .string(["not_required", "required", "connected", "stale", "manual"][index % 5]),
            "created_at": stamp(created),
            "created_by": .string(random.pick(people)),
            "description": description,
            "error": .string(index % 7 == 0 ? "upstream returned 401" : ""),
            "error_details": [
                "cause": .string(index % 7 == 0 ? "Unauthorized" : "none"),
                "is_upstream": .bool(index % 7 == 0),
                "mcp_code": .int(index % 7 == 0 ? -32001 : 0),
                "retryable": .bool(index % 3 == 0),
                "status_code": .int(index % 7 == 0 ? 401 : 200),
            ],
            "is_shared_oauth_callback_enabled": .bool(index % 4 == 0),
            "last_successful_sync": stamp(synced),
            "last_synced": stamp(synced + random.next(5000)),
            "modified_at": stamp(modified),
            "modified_by": .string(random.pick(people)),
            "secure_web_gateway": .bool(index % 3 == 1),
            "status": .string(["waiting", "ready", "stale", "error"][index % 4]),
            "updated_prompts": [override("summarize_\(word)", alias: "summary")],
            "updated_tools": [override("\(word)_query", alias: "\(word)-search"), override("\(word)_fetch", alias: "\(word)-get")],
        ]
    }

    static func listBody(count: Int) -> Data {
        var random = Generator()
        let servers = (0..<count).map { server($0, &random) }
        let body: JSONText = ["success": true, "result": .array(servers)]
        return Data(body.render(indent: false).utf8)
    }
}
