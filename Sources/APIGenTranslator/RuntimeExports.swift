import APIGenIR

/// The runtime declarations an app that imports a generated client works with: the errors, the
/// configuration, the transport, pages, the value types of models, validation. Re-exported one
/// by one, so `import CloudflareMCP` brings these and not the runtime's plumbing (the request
/// builder, the retry executor, the envelope), which generated code reaches through
/// `@_spi(Generated)`. A test checks each against the runtime's declarations.
enum RuntimeExports {
    static let symbols: [Import.Symbol] = [
        // Calls and their failures.
        .init(.enum, "APIClientError"), .init(.struct, "APIError"), .init(.struct, "ConstraintViolation"),
        .init(.struct, "DecodingFailure"),
        // Configuration and transport.
        .init(.struct, "ClientConfiguration"), .init(.struct, "Credentials"), .init(.struct, "RequestOptions"),
        .init(.struct, "RetryPolicy"), .init(.protocol, "HTTPTransport"), .init(.class, "URLSessionTransport"),
        .init(.struct, "HTTPRequest"), .init(.struct, "HTTPResponse"), .init(.struct, "HTTPHeaders"),
        .init(.struct, "HTTPExchange"), .init(.struct, "TransportOptions"), .init(.enum, "TransportError"),
        // Results and the values models hold.
        .init(.struct, "Page"), .init(.struct, "PageSequence"), .init(.enum, "Nullable"), .init(.struct, "Timestamp"),
        .init(.enum, "JSONValue"), .init(.struct, "JSONObject"), .init(.struct, "JSONMap"), .init(.struct, "JSONPath"), .init(.struct, "JSONNumber"),
        .init(.struct, "Redacted"),
        // JSON text to and from those values.
        .init(.enum, "JSONParser"), .init(.struct, "JSONParseOptions"), .init(.struct, "JSONSyntaxError"), .init(.enum, "JSONSerializer"),
        // What models conform to.
        .init(.protocol, "JSONModel"), .init(.protocol, "OpenEnum"),
        .init(.protocol, "Validatable"), .init(.struct, "ValidationReport"),
    ]

    /// What only some clients' models hold: `FilePart`, the value of a file of a multipart body (`bytes`).
    static let files = Import.Symbol(.struct, "FilePart")

    /// The imports of the file that re-exports them; `FilePart` too when models hold files.
    static func imports(holdsFiles: Bool) -> [Import] {
        (symbols + (holdsFiles ? [files] : [])).map { Import(TypeName.runtimeModule, symbol: $0, isExported: true) }
    }
}
