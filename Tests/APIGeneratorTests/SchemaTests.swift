@testable import APIGenSpec
import APIGenRuntime
import Foundation
import Testing

/// `spec/apigen.schema.json` lists the keys and choices the loader accepts, so editors and apigen agree.
@Suite("JSON Schema of the format")
struct SchemaTests {
    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: PackagePaths.root.appending(path: "spec/apigen.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func definition(_ name: String) throws -> [String: Any] {
        let definitions = try #require(try schema()["$defs"] as? [String: Any])
        return try #require(definitions[name] as? [String: Any])
    }

    static func propertyNames(_ object: [String: Any]) throws -> Set<String> {
        Set(try #require(object["properties"] as? [String: Any]).keys)
    }

    static func choices(_ object: [String: Any], _ key: String) throws -> [String] {
        let property = try #require((object["properties"] as? [String: Any])?[key] as? [String: Any])
        return try #require(property["enum"] as? [String])
    }

    @Test func typeKeysAndNamesMatchTheLoader() throws {
        let type = try Self.definition("type")
        #expect(try Self.propertyNames(type) == Set(SpecLoader.schemaKeys))
        #expect(try Self.choices(type, "type") == SpecLoader.typeNames)
        #expect(try Self.choices(type, "format") == StringFormat.allCases.map(\.rawValue) + IntegerFormat.allCases.map(\.rawValue))
    }

    /// The schema's `allOf` rules forbid, for each kind of type, the constraint keys that do not
    /// apply to it; they must say exactly what the loader's ``ConstraintKey`` table says.
    @Test func constraintApplicabilityMatchesTheLoader() throws {
        let rules = try #require(try Self.definition("type")["allOf"] as? [[String: Any]])
        var forbidden: [Schema.Category: Set<String>] = [:]
        for rule in rules {
            let condition = try #require(rule["if"] as? [String: Any])
            let branches = (condition["anyOf"] as? [[String: Any]]) ?? [condition]
            var categories: [Schema.Category] = []
            for branch in branches {
                if let type = (branch["properties"] as? [String: Any])?["type"] as? [String: Any] {
                    let names = (type["const"] as? String).map { [$0] } ?? (type["enum"] as? [String] ?? [])
                    categories += try names.map { try #require(Schema.Category(rawValue: $0)) }
                } else if (branch["required"] as? [String]) == ["ref"] {
                    categories.append(.reference)
                }
            }
            let then = try #require(rule["then"] as? [String: Any])
            let keys = Set(((then["properties"] as? [String: Any]) ?? [:]).filter { $0.value as? Bool == false }.keys)
            for category in categories {
                #expect(forbidden[category] == nil, "two rules for \(category)")
                forbidden[category] = keys
            }
        }
        for category in Schema.Category.allCases {
            let expected = Set(ConstraintKey.allCases.filter { !$0.appliesTo.contains(category) }.map(\.rawValue))
            #expect(forbidden[category, default: []] == expected, "\(category)")
        }
    }

    /// A union's variants are types without `default` and `example`, plus `swiftName`; `kind` offers the three kinds.
    @Test func unionKeysMatchTheLoader() throws {
        let model = try Self.definition("model")
        #expect(try Self.choices(model, "kind") == ["object", "enum", "union"])
        let properties = try #require(model["properties"] as? [String: Any])
        let variants = try #require((properties["variants"] as? [String: Any])?["items"] as? [String: Any])
        #expect(variants["$ref"] as? String == "#/$defs/type")
        let own = try #require(variants["properties"] as? [String: Any])
        let refused = Set(own.filter { $0.value as? Bool == false }.keys)
        let added = Set(own.filter { !($0.value is Bool) }.keys)
        #expect(Set(SpecLoader.schemaKeys).subtracting(refused).union(added) == Set(SpecLoader.variantKeys))
        let discriminator = try #require(properties["discriminator"] as? [String: Any])
        #expect(try Self.propertyNames(discriminator) == ["field", "mapping"])
    }

    /// A request body is a type without `default`, `example` and `const`, a multipart body (`contentType` and `ref`), or raw
    /// content (`contentType`).
    @Test func requestBodyKeysMatchTheLoader() throws {
        let operation = try Self.definition("operation")
        let forms = try #require(((operation["properties"] as? [String: Any])?["requestBody"] as? [String: Any])?["oneOf"] as? [[String: Any]])
        let body = try #require(forms.first)
        #expect(try Self.propertyNames(try #require(forms.last)) == ["contentType"])
        #expect(forms.count == 3)
        #expect(try Self.propertyNames(forms[1]) == ["contentType", "ref"])
        #expect(body["$ref"] as? String == "#/$defs/type")
        let refused = Set(try #require(body["properties"] as? [String: Any]).filter { $0.value as? Bool == false }.keys)
        #expect(Set(SpecLoader.schemaKeys).subtracting(refused) == Set(SpecLoader.requestBodyKeys))
    }

    /// An include is a model name or a projection object with the loader's keys.
    @Test func includeKeysMatchTheLoader() throws {
        let properties = try #require(try Self.definition("model")["properties"] as? [String: Any])
        let items = try #require((properties["includes"] as? [String: Any])?["items"] as? [String: Any])
        let forms = try #require(items["oneOf"] as? [[String: Any]])
        #expect(forms.first?["$ref"] as? String == "#/$defs/name")
        #expect(try Self.propertyNames(try #require(forms.last)) == Set(SpecLoader.includeKeys))
    }

    @Test func fieldKeysMatchTheLoader() throws {
        let field = try Self.definition("field")
        #expect(try Self.propertyNames(field).union(SpecLoader.schemaKeys) == Set(SpecLoader.fieldKeys))
    }

    /// Items, map values and additional fields are types that may say `nullable`.
    @Test func elementKeysMatchTheLoader() throws {
        let element = try Self.definition("itemsType")
        #expect(try Self.propertyNames(element).union(SpecLoader.schemaKeys) == Set(SpecLoader.elementKeys))
    }

    @Test func parameterKeysMatchTheLoader() throws {
        let parameter = try Self.definition("parameter")
        #expect(try Self.propertyNames(parameter).union(SpecLoader.schemaKeys) == Set(SpecLoader.parameterKeys))
    }

    @Test func closedChoicesMatchTheLoader() throws {
        #expect(try Self.choices(Self.definition("operation"), "method") == SpecLoader.methods)
        #expect(try Self.choices(Self.definition("parameter"), "in") == Parameter.Placement.parameterPlacements.map(\.rawValue))
        #expect(try Self.choices(Self.definition("authenticationScheme"), "kind") == AuthScheme.Kind.allCases.map(\.rawValue))
        #expect(try Self.choices(Self.definition("model"), "unknownFields") == ObjectModel.UnknownFields.allCases.map(\.rawValue))
    }

    @Test func theRealSpecNamesTheSchema() throws {
        let spec = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: PackagePaths.spec)) as? [String: Any])
        #expect(spec["$schema"] as? String == "./apigen.schema.json")
        #expect(try Self.schema()["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }
}
