import APIGenCLI
@_spi(Generated) import APIGenRuntime
import Foundation
import Snapshot_multipart
import Testing
import TestSupport

/// multipart: `multipart/form-data` bodies whose parts are a model's fields, read back as a server reads them
/// (`parseMultipart`). Shapes from Cloudflare's Workers script upload (JSON metadata beside several module files under
/// one name) and Images upload (an optional file beside text fields with constraints).
@Suite struct MultipartSnapshotTests {
    static let token = "w0rkers-t0ken"
    static let stored = #"{"success": true, "errors": [], "result": {"id": "my-worker", "etag": "777f"}}"#
    static let image = #"{"success": true, "errors": [], "result": {"id": "img-1", "filename": "logo.png"}}"#
    /// Bytes that are not UTF-8 and hold CR LF, which framing must leave alone.
    static let wasm = Data([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x0D, 0x0A, 0xFF])

    /// A client of a loopback server answering every request with `action`, and the server (stop it when done).
    static func serving(_ action: ServerAction, _ body: (MultipartClient, LoopbackHTTPServer) async throws -> Void) async throws {
        let server = try LoopbackHTTPServer(always: action)
        defer { server.stop() }
        let transport = URLSessionTransport()
        defer { transport.shutdown() }
        try await body(MultipartClient(credentials: .apiToken(token), baseURL: server.baseURL, transport: transport), server)
    }

    /// The parts a server reads from `request`'s body, by the boundary its `Content-Type` names.
    static func parts(_ body: Data?, contentType: String?) throws -> [ReceivedPart] {
        let contentType = try #require(contentType)
        let body = try #require(body)
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        return try #require(parseMultipart(body, contentType: contentType))
    }

    @Test func aWorkerUploadSendsItsMetadataAsJSONAndEachModuleAsAFilePart() async throws {
        let upload = WorkerScriptUpload(
            metadata: WorkerMetadata(mainModule: "worker.js", compatibilityDate: "2025-01-31", compatibilityFlags: ["nodejs_compat"]),
            files: [
                FilePart(data: Data("export default { fetch() { return new Response('ok') } }".utf8), filename: "worker.js",
                         contentType: "application/javascript+module"),
                FilePart(data: Self.wasm, filename: "add.wasm", contentType: "application/wasm"),
                FilePart(data: Data("# notes".utf8), filename: "README"),
            ]
        )
        try await Self.serving(.json(body: Self.stored)) { client, server in
            let script = try await client.uploadWorkerModule(accountID: "a1", scriptName: "my-worker", body: upload)
            #expect(script.id == "my-worker")
            let request = try #require(server.requests.first)
            #expect(request.method == "PUT" && request.path == "/accounts/a1/workers/scripts/my-worker")
            let parts = try Self.parts(request.body, contentType: request.header("Content-Type"))
            #expect(parts.map { $0.headers["content-disposition"] } == [
                #"form-data; name="metadata""#,
                #"form-data; name="files"; filename="worker.js""#,
                #"form-data; name="files"; filename="add.wasm""#,
                #"form-data; name="files"; filename="README""#,
            ])
            #expect(parts.map { $0.headers["content-type"] } == ["application/json", "application/javascript+module", "application/wasm", "application/octet-stream"])
            #expect(try JSONParser.parse(parts[0].body) == upload.metadata.encodeJSON())
            #expect(try JSONParser.parse(parts[0].body)["main_module"] == "worker.js")
            #expect(parts[1...].map(\.body) == upload.files.map(\.data))
        }
    }

    @Test func scalarFieldsAreTextPartsAndAbsentFieldsSendNoPart() async throws {
        try await Self.serving(.json(body: Self.image)) { client, server in
            let logo = FilePart(data: Data([0x89, 0x50, 0x4E, 0x47]), filename: "logo.png", contentType: "image/png")
            let body = ImageUpload(file: logo, id: "brand/logo", metadata: ["team": "web"], requireSignedURLs: true)
            let image = try await client.uploadImage(accountID: "a1", body: body)
            #expect(image.id == "img-1")
            let request = try #require(server.requests.first)
            let parts = try Self.parts(request.body, contentType: request.header("Content-Type"))
            // `url` and `creator` are absent: no part. Text parts carry no Content-Type (text/plain by RFC 7578).
            #expect(parts.map { $0.headers["content-disposition"] } == [
                #"form-data; name="file"; filename="logo.png""#, #"form-data; name="id""#, #"form-data; name="metadata""#,
                #"form-data; name="requireSignedURLs""#,
            ])
            #expect(parts.map { $0.headers["content-type"] } == ["image/png", nil, "application/json", nil])
            #expect(parts.map { String(decoding: $0.body, as: UTF8.self) }[1...] == [#"brand/logo"#, #"{"team":"web"}"#, "true"])
            #expect(parts[0].body == logo.data)
        }
        try await Self.serving(.json(body: Self.image)) { client, server in
            _ = try await client.uploadImage(accountID: "a1", body: ImageUpload(url: "https://example.com/path/to/logo.png"))
            let request = try #require(server.requests.first)
            let parts = try Self.parts(request.body, contentType: request.header("Content-Type"))
            #expect(parts.count == 1 && parts.first?.headers["content-disposition"] == #"form-data; name="url""#)
        }
    }

    /// Files under names of the caller's choosing (`additionalFields` of files): each a part named by its key.
    @Test func additionalFieldsArePartsNamedByTheirKeys() async throws {
        let snippet = #"{"success": true, "errors": [], "result": {"snippet_name": "rewrite"}}"#
        try await Self.serving(.json(body: snippet)) { client, server in
            let main = FilePart(data: Data("export default { fetch(r) { return fetch(r) } }".utf8), filename: "main.js", contentType: "application/javascript+module")
            let helper = FilePart(data: Data("export const x = 1".utf8), filename: "helper.js", contentType: "application/javascript+module")
            let body = SnippetUpload(metadata: SnippetMetadata(mainModule: "main.js"), additionalFields: ["main.js": [main], "lib": [helper]])
            let stored = try await client.updateZoneSnippet(zoneID: "z1", snippetName: "rewrite", body: body)
            #expect(stored.snippetName == "rewrite")
            let request = try #require(server.requests.first)
            let parts = try Self.parts(request.body, contentType: request.header("Content-Type"))
            #expect(parts.map { $0.headers["content-disposition"] } == [
                #"form-data; name="metadata""#, #"form-data; name="main.js"; filename="main.js""#, #"form-data; name="lib"; filename="helper.js""#,
            ])
            #expect(parts[1].body == main.data && parts[2].body == helper.data)
        }
        let refused = InMemoryTransport(json: "{}")
        do {
            let body = SnippetUpload(metadata: SnippetMetadata(mainModule: ""), additionalFields: ["main.js": []])
            _ = try await MultipartClient(credentials: .apiToken(Self.token), transport: refused).updateZoneSnippet(zoneID: "z1", snippetName: "rewrite", body: body)
            Issue.record("sent")
        } catch {
            guard case .invalidRequest(let violations) = error else { throw error }
            #expect(violations.map(\.path.description) == ["metadata.main_module", #"["main.js"]"#])
        }
        #expect(refused.requests.isEmpty)
    }

    @Test func constraintsAreCheckedBeforeAnythingIsSent() async throws {
        let transport = InMemoryTransport(json: Self.image)
        let client = MultipartClient(credentials: .apiToken(Self.token), transport: transport)
        do {
            _ = try await client.uploadImage(accountID: "a1", body: ImageUpload(url: "not a uri", id: String(repeating: "x", count: 1025)))
            Issue.record("sent")
        } catch {
            guard case .invalidRequest(let violations) = error else { throw error }
            #expect(violations.map(\.path.description) == ["url", "id"])
        }
        do {
            _ = try await client.uploadWorkerModule(accountID: "a1", scriptName: "w", body: WorkerScriptUpload(metadata: WorkerMetadata(), files: []))
            Issue.record("sent")
        } catch {
            guard case .invalidRequest(let violations) = error else { throw error }
            #expect(violations.map(\.path.description) == ["files"])
        }
        #expect(transport.requests.isEmpty)
    }

    /// A file given to generic callers (the catalog, the tool) is JSON: its content in base64, its name and media type.
    @Test func aFileDecodesFromTheJSONGenericCallersGive() throws {
        let file = FilePart(data: Self.wasm, filename: "add.wasm", contentType: "application/wasm")
        #expect(try FilePart(json: file.encodeJSON(), at: .root) == file)
        #expect(throws: DecodingFailure.self) { try FilePart(json: ["data": "not base64!"], at: .root) }
        #expect(throws: DecodingFailure.self) { try FilePart(json: ["filename": "a.js"], at: .root) }
        #expect("\(file)" == "add.wasm (application/wasm, 11 bytes)")
    }

    /// The tool: `--file @PATH;type=MEDIA` (repeated for several modules), the metadata in `--body`; file names from the
    /// paths, media types given or guessed from a few extensions.
    @Test func theCommandLineToolReadsFilesIntoParts() async throws {
        let errors = LockedValue("")
        func tool(_ transport: any HTTPTransport) -> CommandLineTool<any MultipartAPI> {
            CommandLineTool(MultipartClient.commandLine, environment: ["CLOUDFLARE_API_TOKEN": Self.token], transport: transport,
                            standardOutput: { _ in }, standardError: { text in errors.withLock { $0 += text } })
        }
        let folder = FileManager.default.temporaryDirectory.appending(path: "multipart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let worker = folder.appending(path: "worker.js"), module = folder.appending(path: "add.wasm"), logo = folder.appending(path: "logo.png")
        try Data("export default {}".utf8).write(to: worker)
        try Self.wasm.write(to: module)
        try Data([0x89, 0x50]).write(to: logo)

        let transport = InMemoryTransport(json: Self.stored)
        let arguments = ["upload-worker", "my-worker", "--account-id", "a1", "--body", #"{"metadata": {"main_module": "worker.js"}}"#,
                         "--file", "@\(worker.path);type=application/javascript+module", "--file", "@\(module.path)"]
        #expect(await tool(transport).run(arguments) == 0, "\(errors.current)")
        let request = try #require(transport.requests.first)
        let parts = try Self.parts(request.body, contentType: request.headers["Content-Type"])
        #expect(parts.map { $0.headers["content-disposition"] } == [
            #"form-data; name="metadata""#, #"form-data; name="files"; filename="worker.js""#, #"form-data; name="files"; filename="add.wasm""#,
        ])
        #expect(parts.map { $0.headers["content-type"] } == ["application/json", "application/javascript+module", "application/wasm"])
        #expect(parts[2].body == Self.wasm)

        // A renamed file, a boolean as text; a file that is not @PATH, and a missing required file, send nothing.
        let images = InMemoryTransport(json: Self.image)
        #expect(await tool(images).run(["upload-image", "--account-id", "a1", "--file", "@\(logo.path);filename=brand.png",
                                        "--require-signed-urls", "true"]) == 0, "\(errors.current)")
        let imageParts = try Self.parts(images.requests.first?.body, contentType: images.requests.first?.headers["Content-Type"])
        #expect(imageParts.map { $0.headers["content-disposition"] } == [#"form-data; name="file"; filename="brand.png""#, #"form-data; name="requireSignedURLs""#])
        #expect(imageParts.first?.headers["content-type"] == "image/png")
        #expect(await tool(images).run(["upload-image", "--account-id", "a1", "--file", logo.path]) == 2)
        #expect(errors.current.contains("--file: give a file as @PATH"), "\(errors.current)")
        #expect(await tool(transport).run(["upload-worker", "my-worker", "--account-id", "a1", "--body", #"{"metadata": {}}"#]) == 2)
        #expect(errors.current.contains("--file"), "\(errors.current)")
        #expect(images.requests.count == 1 && transport.requests.count == 1)

        let help = LockedValue("")
        let helping = CommandLineTool(MultipartClient.commandLine, environment: [:], transport: transport,
                                      standardOutput: { text in help.withLock { $0 += text } }, standardError: { text in help.withLock { $0 += text } })
        #expect(await helping.run(["upload-worker", "--help"]) == 0)
        #expect(help.current.contains("--file <@FILE>") && help.current.contains(";type=MEDIA") && help.current.contains("repeatable"), "\(help.current)")
    }
}
