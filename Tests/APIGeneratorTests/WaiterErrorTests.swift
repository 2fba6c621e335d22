import Foundation
import Testing

/// What the validator refuses in waiters: an operation the spec lacks or that takes a body or has
/// no object result, a field its result lacks or cannot compare, values of another type, and
/// delays that are not positive or out of order; each at the key concerned.
@Suite("Waiter errors")
struct WaiterErrorTests {
    /// The fixture with a `PetStatus` enum field `status`, and one waiter `petAdopted` whose keys are replaced by `edits`.
    static func spec(_ edits: [String: String] = [:], operationBody: String = "") throws -> String {
        var keys: [(String, String)] = [
            ("operation", #""getPet""#), ("field", #""status""#), ("success", #"["adopted"]"#), ("failure", #"["lost"]"#),
            ("minDelay", "2"), ("maxDelay", "30"),
        ]
        keys = keys.map { ($0.0, edits[$0.0] ?? $0.1) }
        let waiter = keys.map { #""\#($0.0)": \#($0.1)"# }.joined(separator: ", ")
        return try SpecFixture.spec([
            #""name": {"type": "string", "required": true}"#:
                #""name": {"type": "string", "required": true}, "status": {"ref": "PetStatus"}, "age": {"type": "integer"}"#,
            #""Pet": {"#: #""PetStatus": {"kind": "enum", "values": ["available", "adopted", "lost"]},"# + "\n    " + #""Pet": {"#,
            #""response": {"status": 200, "result": {"ref": "Pet"}}"#: operationBody + #""response": {"status": 200, "result": {"ref": "Pet"}}"#,
            "\n  }\n}": "\n  },\n  \"waiters\": {\"petAdopted\": {\(waiter)}}\n}",
        ])
    }

    static func found(_ text: String) -> [String] {
        diagnostics(text).map { "\($0.location.path.pointer): \($0.message)" }
    }

    @Test func aWaiterMethodIsNotAnOperationMethod() throws {
        let text = try Self.spec(["operation": #""waitUntilPetAdopted""#])
            .replacingOccurrences(of: #""getPet": {"#, with: #""waitUntilPetAdopted": {"#)
        #expect(Self.found(text) == [
            "/waiters/petAdopted: waiter 'petAdopted' generates the method 'waitUntilPetAdopted', which operation 'waitUntilPetAdopted' has already",
        ])
    }

    @Test func aWaiterCommandIsNotAnOperationCommand() throws {
        // By `cli.command`, and by the kebab-case name an operation without one gets.
        let named = try Self.spec().replacingOccurrences(of: #""method": "GET","#, with: #""method": "GET", "cli": {"command": "wait-pet-adopted"},"#)
        let derived = try Self.spec(["operation": #""waitPetAdopted""#])
            .replacingOccurrences(of: #""getPet": {"#, with: #""waitPetAdopted": {"#)
        for (text, operation) in [(named, "getPet"), (derived, "waitPetAdopted")] {
            #expect(Self.found(text) == [
                "/waiters/petAdopted: waiter 'petAdopted' generates the command 'wait-pet-adopted', which operation '\(operation)' has already; "
                    + "give the operation another 'cli.command' or rename the waiter",
            ])
        }
    }

    @Test func twoWaitersDoNotGenerateOneMethodOrCommand() throws {
        let text = try Self.spec().replacingOccurrences(of: #""waiters": {"#, with: #""waiters": {"pet_adopted": {"operation": "getPet", "field": "status", "success": ["adopted"], "minDelay": 1, "maxDelay": 2}, "#)
        #expect(Self.found(text) == [
            "/waiters/petAdopted: waiters 'pet_adopted' and 'petAdopted' both generate the command 'wait-pet-adopted'",
            "/waiters/petAdopted: waiters 'pet_adopted' and 'petAdopted' both generate the method 'waitUntilPetAdopted'",
        ])
    }

    /// A waiter reads one result type: not an operation whose success statuses carry different results (an enum).
    @Test func anOperationWithDifferentResultsCannotBeWaitedOn() throws {
        let text = try Self.spec().replacingOccurrences(of: #""result": {"ref": "Pet"}}"#, with: #""result": {"ref": "Pet"}, "alternatives": [{"status": 202}]}"#)
        #expect(Self.found(text) == [
            "/waiters/petAdopted/operation: waiter 'petAdopted' polls 'getPet', whose success statuses carry different results; a waiter reads one result type",
        ])
        let shared = try Self.spec().replacingOccurrences(of: #""result": {"ref": "Pet"}}"#, with: #""result": {"ref": "Pet"}, "alternatives": [{"status": 203, "result": {"ref": "Pet"}}]}"#)
        #expect(Self.found(shared) == [])
    }

    @Test func aWellFormedWaiterIsAccepted() throws {
        #expect(Self.found(try Self.spec()) == [])
        #expect(Self.found(try Self.spec(["field": #""name""#, "success": #"["Rex"]"#, "failure": #"["Max"]"#])) == [])
    }

    @Test func theValueListsAreNonEmptyArrays() throws {
        #expect(Self.found(try Self.spec(["success": #""adopted""#])) == [
            "/waiters/petAdopted/success: 'success' must be a non-empty array of the field's values, found a string",
        ])
        #expect(Self.found(try Self.spec(["failure": "[]"])) == [
            "/waiters/petAdopted/failure: 'failure' must be a non-empty array of the field's values, found an empty array",
        ])
    }

    @Test func theOperationMustExistTakeNoBodyAndReturnAnObject() throws {
        #expect(Self.found(try Self.spec(["operation": #""getPett""#])) == [
            "/waiters/petAdopted/operation: waiter 'petAdopted' polls the operation 'getPett', which the spec does not define (did you mean 'getPet'?)",
        ])
        // A GET with a body has its own error at the operation too; the waiter's is at its operation key.
        #expect(Self.found(try Self.spec(operationBody: #""requestBody": {"ref": "Pet"}, "#)).contains(
            "/waiters/petAdopted/operation: waiter 'petAdopted' polls 'getPet', which takes a request body; a waiter repeats a call without one"
        ))
    }

    @Test func theFieldMustBeAStringBooleanOrEnumOfTheResult() throws {
        #expect(Self.found(try Self.spec(["field": #""statu""#])) == [
            "/waiters/petAdopted/field: 'statu' is not a field of 'Pet', the result of 'getPet' (did you mean 'status'?)",
        ])
        #expect(Self.found(try Self.spec(["field": #""age""#, "success": "[1]", "failure": "[2]"])) == [
            "/waiters/petAdopted/field: field 'age' of 'Pet' must be a string, a boolean or an enum model for a waiter to compare",
        ])
    }

    @Test func theValuesMustBeValuesOfTheField() throws {
        #expect(Self.found(try Self.spec(["success": #"["adopted", "sold", true]"#, "failure": #"["adopted"]"#])) == [
            #"/waiters/petAdopted/success/1: "sold" is not a value of the enum 'PetStatus' ("available", "adopted", "lost"), the type of 'status'"#,
            #"/waiters/petAdopted/success/2: true is not a value of the enum 'PetStatus' ("available", "adopted", "lost"), the type of 'status'"#,
            #"/waiters/petAdopted/failure/0: "adopted" is both a success and a failure value"#,
        ])
    }

    @Test func theDelaysArePositiveAndInOrder() throws {
        #expect(Self.found(try Self.spec(["minDelay": "0", "maxDelay": "0"])) == [
            "/waiters/petAdopted/minDelay: 'minDelay' must be at least 1 second, found 0",
        ])
        #expect(Self.found(try Self.spec(["minDelay": "10", "maxDelay": "5"])) == [
            "/waiters/petAdopted/maxDelay: 'maxDelay' (5) must be at least 'minDelay' (10)",
        ])
    }
}
