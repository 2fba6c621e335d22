import APIGenerator
import Foundation
import Testing

/// Specs whose models hold one another in long chains and cycles generate, and deciding which
/// models need validation costs one visit a model: no recursion whose depth the spec decides
/// (a chain of 2,000 models used to overflow the stack).
@Suite("Reference chains")
struct ReferenceChainTests {
    /// `count` object models, each holding the next in a field (`M0` → `M1` → …); the last one
    /// holds an array of `M0` when `cycle` (a Swift struct can hold itself only through an array: lint refuses a cycle
    /// of values), and otherwise has the only constraint of the spec.
    static func chainSpec(count: Int, cycle: Bool) -> Data {
        var models: [String] = []
        for index in 0..<count {
            let next = index + 1 < count ? #"{"ref": "M\#(index + 1)"}"# : (cycle ? #"{"type": "array", "items": {"ref": "M0"}}"# : #"{"type": "string", "maxLength": 3}"#)
            models.append(#""M\#(index)": {"kind": "object", "fields": {"next": \#(next)}}"#)
        }
        return Data(#"""
            {
              "formatVersion": 1,
              "info": {"title": "Chain", "version": "1"},
              "module": {"name": "Chain", "version": "1", "client": "ChainClient", "protocol": "ChainAPI"},
              "server": {"baseURL": "https://api.example.com"},
              "envelope": {"resultField": "result", "errorsField": "errors", "errorCodeField": "code", "errorMessageField": "message"},
              "models": {\#(models.joined(separator: ",\n"))},
              "operations": {
                "getFirst": {"method": "GET", "path": "/first", "response": {"status": 200, "result": {"ref": "M0"}}}
              }
            }
            """#.utf8)
    }

    /// Counted over every validation file: a spec this large has one a shard (`Validation-01.swift`…).
    static func validatableExtensions(_ files: [GeneratedFile]) throws -> Int {
        let validation = files.filter { $0.name.hasPrefix("Validation") }
        try #require(!validation.isEmpty)
        return validation.map { $0.contents.components(separatedBy: ": APIGenRuntime.Validatable {").count - 1 }.reduce(0, +)
    }

    @Test("a chain of 5,000 models whose last one has a constraint: every model validates what it holds")
    func longChain() throws {
        let files = try Generator.generate(specData: Self.chainSpec(count: 5000, cycle: false), fileName: "chain.json")
        #expect(try Self.validatableExtensions(files) == 5000)
    }

    @Test("a cycle of 5,000 models without constraints: none needs validation, and generation ends")
    func longCycle() throws {
        let files = try Generator.generate(specData: Self.chainSpec(count: 5000, cycle: true), fileName: "cycle.json")
        #expect(try Self.validatableExtensions(files) == 0)
    }
}
