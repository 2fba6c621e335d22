import APIGenCLI
import APIGenRuntime
import Foundation
import Snapshot_deprecation
import Testing
import TestSupport

/// deprecation: `"deprecated"` fields, operations and models are `@available(*, deprecated)` where callers use them, and
/// still work; the generated module itself builds without warnings (its own code goes through the fields' storage).
@Suite struct DeprecationSnapshotTests {
    static func client(_ transport: InMemoryTransport) -> WidgetsClient {
        WidgetsClient(configuration: WidgetsClient.defaultConfiguration(credentials: nil), transport: transport)
    }

    static let widget = #"{"id":"w1","colour":"red","paint":"blue","size":3,"legacy_code":null}"#

    @Test func aDeprecatedFieldDecodesEncodesAndCanBeSet() throws {
        var widget = try Widget(jsonData: Data(Self.widget.utf8))
        #expect(Caller.use.colour(of: widget) == "red")
        #expect(Caller.use.size(of: widget) == 3)
        #expect(widget.paint == "blue")
        #expect(String(decoding: widget.jsonData(), as: UTF8.self) == Self.widget)
        Caller.use.setColour("green", of: &widget)
        #expect(Caller.use.colour(of: widget) == "green")
        #expect(try JSONDecoder().decode(Widget.self, from: Data(Self.widget.utf8)) == Widget(id: "w1", colour: "red", paint: "blue", size: 3, legacyCode: .null))
    }

    @Test func aDeprecatedFieldIsValidatedBeforeSending() async throws {
        let transport = InMemoryTransport(json: #"{"result": \#(Self.widget)}"#)
        do {
            _ = try await Self.client(transport).updateWidget(id: "w1", body: WidgetUpdate(colour: String(repeating: "x", count: 17)))
            Issue.record("sent a colour of 17 characters")
        } catch {
            guard case .invalidRequest(let violations) = error else { throw error }
            #expect(violations.map(\.path.description) == ["colour"])
        }
        #expect(transport.requests.isEmpty)
        _ = try await Self.client(transport).updateWidget(id: "w1", body: WidgetUpdate(colour: "red"))
        #expect(String(decoding: try #require(transport.requests.first?.body), as: UTF8.self) == #"{"colour":"red"}"#)
    }

    @Test func aDeprecatedOperationStillWorksEveryWay() async throws {
        let page = #"{"result": [\#(Self.widget)], "result_info": {"page": 1, "total_pages": 1}}"#
        let transport = InMemoryTransport(json: page)
        let client = Self.client(transport)
        #expect(try await Caller.use.list(client, colour: "red").items.map(\.id) == ["w1"])
        #expect(transport.requests.first?.url.query?.contains("colour=red") == true)
        var all: [String] = []
        for try await widget in client.allWidgets() { all.append(widget.id) }
        #expect(all == ["w1"])
        // Generic callers go through the protocol's requirement, which is not marked: no warning, same request.
        let descriptor = try #require(WidgetsClient.operations.first { $0.name == "listWidgets" })
        _ = try await descriptor.invoke(client, OperationArguments(parameters: [:]))
        #expect(transport.requests.count == 3)

        let legacy = InMemoryTransport(json: #"{"result": {"id": "l1"}}"#)
        #expect(try await Caller.use.legacy(Self.client(legacy)).id == "l1")
    }

    @Test func helpSaysWhatIsDeprecated() async throws {
        let output = LockedValue("")
        let tool = CommandLineTool(WidgetsClient.commandLine, environment: ["WIDGETS_TOKEN": "t0ken"], transport: InMemoryTransport(json: "{}"),
                                   standardOutput: { text in output.withLock { $0 += text } }, standardError: { _ in })
        #expect(await tool.run(["--help"]) == 0)
        #expect(output.current.contains("List widgets (deprecated: Use `searchWidgets`.)"), "\(output.current)")
        #expect(output.current.contains("Get a first-version widget (deprecated)"), "\(output.current)")
        output.withLock { $0 = "" }
        #expect(await tool.run(["list-widgets", "--help"]) == 0)
        #expect(output.current.contains("Only widgets of this colour. (deprecated)"), "\(output.current)")
        #expect(output.current.contains("Deprecated: Use `searchWidgets`."), "\(output.current)")
        output.withLock { $0 = "" }
        #expect(await tool.run(["update-widget", "--help"]) == 0)
        #expect(output.current.contains("(deprecated: Use `paint` instead.)"), "\(output.current)")
    }
}

/// The deprecated API, used as a caller would, in deprecated declarations reached through a protocol whose requirements
/// are not deprecated: the tests exercise it without warnings of their own.
private protocol DeprecatedUses: Sendable {
    func colour(of widget: Widget) -> String?
    func setColour(_ colour: String, of widget: inout Widget)
    func size(of widget: Widget) -> Int
    func list(_ client: WidgetsClient, colour: String) async throws -> Page<Widget, PageInfo>
    func legacy(_ client: WidgetsClient) async throws -> LegacyWidget
}

private struct Caller: DeprecatedUses {
    static let use: any DeprecatedUses = Caller()

    @available(*, deprecated)
    func colour(of widget: Widget) -> String? { widget.colour }

    @available(*, deprecated)
    func setColour(_ colour: String, of widget: inout Widget) { widget.colour = colour }

    @available(*, deprecated)
    func size(of widget: Widget) -> Int { widget.size }

    @available(*, deprecated)
    func list(_ client: WidgetsClient, colour: String) async throws -> Page<Widget, PageInfo> { try await client.listWidgets(colour: colour) }

    @available(*, deprecated)
    func legacy(_ client: WidgetsClient) async throws -> LegacyWidget {
        #expect(LegacyWidget(id: "l1").id == "l1")
        return try await client.getLegacyWidget(id: "l1")
    }
}
