import Foundation
import Testing

/// Misused header parameters (`"in": "header"`): each mistake reported once, located at the parameter concerned.
@Suite("Header parameter errors")
struct HeaderParameterErrorTests {
    /// The fixture's `getPet` with one more parameter, `name`: `parameter` (a JSON object).
    static func withParameter(_ name: String, _ parameter: String, authentication: Bool = false) throws -> String {
        var edits: KeyValuePairs<String, String> = [
            #""id": {"in": "path", "type": "string"}"#: #""id": {"in": "path", "type": "string"}, "\#(name)": \#(parameter)"#,
        ]
        if authentication {
            edits = [
                #""id": {"in": "path", "type": "string"}"#: #""id": {"in": "path", "type": "string"}, "\#(name)": \#(parameter)"#,
                #""models": {"#: #""authentication": {"originKey": {"kind": "headers", "credentials": {"key": {"header": "X-Origin-Key"}}}}, "models": {"#,
            ]
        }
        return try SpecFixture.spec(edits)
    }

    static func found(_ text: String) -> [(message: String, pointer: String)] {
        diagnostics(Data(text.utf8)).map { ($0.message, $0.location.path.pointer) }
    }

    @Test func aValidHeaderParameterGenerates() throws {
        #expect(Self.found(try Self.withParameter("cf-r2-jurisdiction", #"{"in": "header", "type": "string", "cli": {"flag": "jurisdiction"}}"#)).isEmpty)
        #expect(Self.found(try Self.withParameter("X-Signature", #"{"in": "header", "type": "string", "sensitive": true}"#)).isEmpty)
    }

    @Test(arguments: [
        ("Content-Type", "the body's content type"),
        ("authorization", "the credentials"),
        ("X-Auth-Key", "the credentials"),
        ("x-origin-key", "the credentials of scheme 'originKey'"),
    ])
    func aHeaderTheClientSetsIsRefused(name: String, owner: String) throws {
        let found = Self.found(try Self.withParameter(name, #"{"in": "header", "type": "string"}"#, authentication: true))
        #expect(found.map(\.message) == ["header parameter '\(name)' would replace \(owner); the client sets that header itself"])
        #expect(found.map(\.pointer) == ["/operations/getPet/parameters/\(name)"])
    }

    @Test func aNameThatIsNotAHeaderNameIsRefused() throws {
        let found = Self.found(try Self.withParameter("x trace", #"{"in": "header", "type": "string"}"#))
        #expect(found.map(\.message) == ["header parameter 'x trace' is not an HTTP header name (letters, digits and !#$%&'*+-.^_`|~)"])
        #expect(found.map(\.pointer) == ["/operations/getPet/parameters/x trace"])
    }

    @Test func aHeaderNamedTwiceIsRefused() throws {
        let text = try SpecFixture.spec([
            #""id": {"in": "path", "type": "string"}"#:
                #""id": {"in": "path", "type": "string"}, "X-Trace": {"in": "header", "type": "string"}, "x-trace": {"in": "header", "type": "integer"}"#,
        ])
        let found = Self.found(text)
        #expect(found.map(\.message) == ["header parameter 'x-trace' is declared twice (header names are compared without case)"])
        #expect(found.map(\.pointer) == ["/operations/getPet/parameters/x-trace"])
    }

    @Test(arguments: ["default", "example"])
    func aDefaultOrExampleWithALineBreakIsRefused(key: String) throws {
        let found = Self.found(try Self.withParameter("X-Trace", #"{"in": "header", "type": "string", "\#(key)": "a\r\nX-Injected: 1"}"#))
        #expect(found.map(\.message) == [
            "the \(key) of header parameter 'X-Trace' contains a line break, NUL or other control character, which a header cannot hold",
        ])
    }

    @Test func onlyStringHeaderParametersCanBeSensitive() throws {
        let query = Self.found(try Self.withParameter("token", #"{"in": "query", "type": "string", "sensitive": true}"#))
        #expect(query.map(\.message) == ["only header parameters can be sensitive; parameter 'token' is sent in the query, which descriptions show"])
        #expect(query.map(\.pointer) == ["/operations/getPet/parameters/token"])
        let integer = Self.found(try Self.withParameter("X-Pin", #"{"in": "header", "type": "integer", "sensitive": true}"#))
        #expect(integer.map(\.message) == ["only string parameters can be sensitive; header parameter 'X-Pin' is not a string"])
    }

    @Test func headerParametersAreScalars() throws {
        let found = Self.found(try Self.withParameter("X-Tags", #"{"in": "header", "type": "array", "items": {"type": "string"}}"#))
        #expect(found.map(\.message) == ["parameter 'X-Tags' must be a string, integer, number, boolean or enum"])
    }

    @Test func anUnknownPlacementNamesTheChoices() throws {
        let found = Self.found(try Self.withParameter("session", #"{"in": "cookie", "type": "string"}"#))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("path, query, header") == true, "\(found)")
        #expect(found.first?.pointer == "/operations/getPet/parameters/session/in")
    }

    @Test func aCommandLineFlagMustBeAName() throws {
        let found = Self.found(try Self.withParameter("X-Trace", #"{"in": "header", "type": "string", "cli": {"flag": "a b"}}"#))
        #expect(found.map(\.pointer) == ["/operations/getPet/parameters/X-Trace/cli/flag"])
    }

    // MARK: - An operation's fixed headers

    static func withHeaders(_ headers: String, parameter: String = "") throws -> [(message: String, pointer: String)] {
        found(try SpecFixture.spec([
            #""method": "GET","#: #""method": "GET", "headers": \#(headers),"#,
            #""id": {"in": "path", "type": "string"}"#: #""id": {"in": "path", "type": "string"}\#(parameter)"#,
        ]))
    }

    @Test func fixedHeadersGenerate() throws {
        #expect(try Self.withHeaders(#"{"Accept": "application/octet-stream", "Cloudflare-Version": "2025-01-01"}"#).isEmpty)
    }

    @Test(arguments: [
        ("Content-Type", "the body's content type"), ("Authorization", "the credentials"), ("x-auth-email", "the credentials"),
    ])
    func aFixedHeaderTheClientSetsIsRefused(name: String, owner: String) throws {
        let found = try Self.withHeaders(#"{"\#(name)": "x"}"#)
        #expect(found.map(\.message) == ["operation 'getPet': header '\(name)' would replace \(owner); the client sets that header itself"])
        #expect(found.map(\.pointer) == ["/operations/getPet/headers/\(name)"])
    }

    @Test(arguments: [#""a\r\nX-Injected: 1""#, #""a\nb""#, #""a\u0000b""#])
    func aFixedHeaderWithALineBreakIsRefused(value: String) throws {
        let found = try Self.withHeaders(#"{"X-Version": \#(value)}"#)
        #expect(found.map(\.message) == [
            "operation 'getPet': header 'X-Version' has a value with a line break, NUL or other control character, which a header cannot hold",
        ])
        #expect(found.map(\.pointer) == ["/operations/getPet/headers/X-Version"])
    }

    @Test func aFixedHeaderThatIsAlsoAParameterOrNotAStringIsRefused() throws {
        let twice = try Self.withHeaders(#"{"x-trace": "1"}"#, parameter: #", "X-Trace": {"in": "header", "type": "string"}"#)
        #expect(twice.map(\.message) == [
            "operation 'getPet': header 'x-trace' is given twice, or is also a header parameter (header names are compared without case)",
        ])
        let number = try Self.withHeaders(#"{"X-Version": 2}"#)
        #expect(number.map(\.message) == ["header 'X-Version' must be a string, found a number"])
        #expect(number.map(\.pointer) == ["/operations/getPet/headers/X-Version"])
        let badName = try Self.withHeaders(#"{"X Version": "2"}"#)
        #expect(badName.map(\.pointer) == ["/operations/getPet/headers/X Version"])
    }
}
