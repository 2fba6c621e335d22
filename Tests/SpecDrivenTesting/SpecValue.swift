import APIGenRuntime
import APIGenSpec

/// A JSON value decoded as the type a spec schema describes, through the generated model types.
public struct SpecValue: Sendable {
    /// The decoded value encoded again: equal to the input when nothing was lost.
    public let reencoded: JSONValue
    /// The constraint violations of every model in the value.
    public let violations: [ConstraintViolation]

    /// Decodes `json` as `schema` (a model reference, or an array of them) with `api`'s generated
    /// models; other schemas are plain JSON and pass through unchanged.
    public init(_ json: JSONValue, as schema: Schema, of api: APIUnderTest, mode: ValidationReport.Mode) throws {
        switch schema.kind {
        case .reference(let name):
            try self.init(json, asModel: name, of: api, mode: mode)
        case .array(let items):
            guard case .array(let elements) = json else { throw APIUnderTestError.notAnArray(json) }
            let decoded = try elements.map { try SpecValue($0, as: items, of: api, mode: mode) }
            self.init(reencoded: .array(decoded.map(\.reencoded)), violations: decoded.flatMap(\.violations))
        default:
            self.init(reencoded: json, violations: [])
        }
    }

    /// Decodes `json` as the model named `model`.
    public init(_ json: JSONValue, asModel name: String, of api: APIUnderTest, mode: ValidationReport.Mode) throws {
        guard let type = api.models[name] else { throw APIUnderTestError.unknownModel(name) }
        let model = try type.init(json: json)
        self.init(reencoded: model.encodeJSON(), violations: (model as? any Validatable)?.violations(mode: mode) ?? [])
    }

    private init(reencoded: JSONValue, violations: [ConstraintViolation]) {
        self.reencoded = reencoded
        self.violations = violations
    }
}
