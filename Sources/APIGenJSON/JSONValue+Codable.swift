/// Lets a ``JSONValue`` sit inside `Codable` types ("any JSON here") and travel through
/// `JSONEncoder`/`JSONDecoder`. This bridge goes through Foundation's number and dictionary
/// types, so it cannot keep number text or member order; use ``JSONParser`` and
/// ``JSONSerializer`` when those matter.
extension JSONValue: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null:
            try container.encodeNil()
        case .bool(let flag):
            try container.encode(flag)
        case .number(let number):
            // Integers written as integers stay integers; everything else goes through Double.
            if let integer = number.intValue, !number.text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }) {
                try container.encode(integer)
            } else {
                try container.encode(number.doubleValue)
            }
        case .string(let string):
            try container.encode(string)
        case .array(let elements):
            try container.encode(elements)
        case .object(let object):
            // A [String: JSONValue] rather than a keyed container: encoders leave dictionary keys
            // alone, while a keyed container would apply key strategies (snake_case) to data.
            var dictionary = [String: JSONValue](minimumCapacity: object.count)
            for member in object.members { dictionary[member.key] = member.value }
            try container.encode(dictionary)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Each failed attempt builds and throws an error, so try the cheap, telling checks first.
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let integer = try? container.decode(Int.self) {
            self = .number(JSONNumber(integer))
        } else if let double = try? container.decode(Double.self) {
            self = .number(JSONNumber(double))
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let elements = try? container.decode([JSONValue].self) {
            self = .array(elements)
        } else if let dictionary = try? container.decode([String: JSONValue].self) {
            // Dictionary order is random; sorting by key at least makes the result reproducible.
            self = .object(JSONObject(uniqueMembers: dictionary.map { JSONObject.Member(key: $0.key, value: $0.value) }).sortedByKey())
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a JSON value (null, boolean, number, string, array or object).")
        }
    }
}
