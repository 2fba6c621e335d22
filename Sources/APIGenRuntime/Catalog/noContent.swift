/// What a generic caller (the command-line tool) gets from an operation with an empty answer:
/// `null` (the tool prints it: its output stays one JSON value). Takes the call's `Void` so the catalog's one-expression
/// closures can say `try await noContent(api.deleteThing(…))`.
@_spi(Generated) public func noContent(_ call: Void) -> JSONValue { .null }
