import APIGenJSON
import APIGenSpec

/// Paths and operations → the spec's operations. An operation the format cannot call (a non-JSON
/// body, a required header, no success status…) is skipped with a warning saying why.
extension OpenAPIImporter {
    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    struct Candidate {
        var path: String
        var method: String
        var pointer: JSONPath
        var operation: JSONObject
        var name = ""
    }

    /// The headers the document's security schemes send (scheme name, header): `apiKey` schemes `in: header`.
    /// Together with the runtime's credential headers, no header parameter may replace them.
    var credentialHeaders: [(scheme: String, header: String)] {
        (document.root["components"]?["securitySchemes"]?.objectValue ?? [:]).compactMap { member in
            guard member.value["type"] == "apiKey", member.value["in"] == "header", let name = member.value["name"]?.stringValue else { return nil }
            return (member.key, name)
        }
    }

    /// The envelope the answers are in; empty (no `resultField`) for an API without one, which the
    /// export says with `"x-apigen-envelope": null`.
    func importEnvelope() -> JSONObject {
        if let carried = document.root["x-apigen-envelope"] { return carried.objectValue ?? [:] }
        var envelope: JSONObject = ["resultField": "result"]
        let components = document.root["components"]?["schemas"]?.objectValue ?? [:]
        let mentions = { (member: String) in components.contains { $0.value["properties"]?[member] != nil } }
        envelope["successField"] = "success"
        if mentions("result_info") { envelope["pageInfoField"] = "result_info" }
        envelope["errorsField"] = "errors"
        envelope["errorCodeField"] = "code"
        envelope["errorMessageField"] = "message"
        return envelope
    }

    func importOperations(envelope: JSONObject) -> (JSONObject, [JSONPath], [JSONPath], JSONObject) {
        var candidates: [Candidate] = []
        var skipped: [JSONPath] = []
        for pathMember in document.root["paths"]?.objectValue ?? [:] {
            for member in pathMember.value.objectValue ?? [:] where Self.methods.contains(member.key) {
                let pointer = JSONPath.root + "paths" + pathMember.key + member.key
                guard case .object(let operation) = member.value else { continue }
                let tags = (operation["tags"]?.arrayValue ?? []).compactMap(\.stringValue)
                guard options.selection.matches(path: pathMember.key, operationID: operation["operationId"]?.stringValue, tags: tags) else { continue }
                if ["options", "head", "trace"].contains(member.key) {
                    warn("method", pointer, "\(member.key.uppercased()) operations cannot be described; skipped")
                    skipped.append(pointer)
                    continue
                }
                candidates.append(Candidate(path: pathMember.key, method: member.key.uppercased(), pointer: pointer, operation: operation))
            }
        }
        nameOperations(&candidates, envelope: envelope)
        if candidates.contains(where: { $0.operation["x-apigen-position"] != nil }) {
            candidates = candidates.enumerated().sorted {
                ($0.element.operation["x-apigen-position"]?.numberValue?.intValue ?? Int.max, $0.offset)
                    < ($1.element.operation["x-apigen-position"]?.numberValue?.intValue ?? Int.max, $1.offset)
            }.map(\.element)
        }
        var operations = JSONObject()
        var imported: [JSONPath] = []
        var schemes = JSONObject()
        var schemeKeys: [String: String] = [:]
        for candidate in candidates {
            if let operation = importOperation(candidate, envelope: envelope, schemes: &schemes, schemeKeys: &schemeKeys) {
                operations[candidate.name] = .object(operation)
                imported.append(candidate.pointer)
            } else {
                skipped.append(candidate.pointer)
            }
        }
        return (operations, imported, skipped, schemes)
    }

    /// Names every candidate (see ``Naming/operationName``); a clash keeps the first and spells the later ones
    /// from their whole operationId, then with a number.
    private func nameOperations(_ candidates: inout [Candidate], envelope: JSONObject) {
        let idWords = candidates.map { $0.operation["operationId"]?.stringValue.map(Naming.words) }
        let commonWords = Naming.commonLeadingWords(idWords.compactMap { $0 })
        let literals = candidates.map { Self.literals($0.path) }
        var commonLiterals = 0
        if let first = literals.first, candidates.count > 1 {
            while commonLiterals < first.count, literals.allSatisfy({ $0.count > commonLiterals && $0[commonLiterals] == first[commonLiterals] }) {
                commonLiterals += 1
            }
        }
        var used: Set<String> = []
        for index in candidates.indices {
            let candidate = candidates[index]
            var name = candidate.operation["x-apigen-name"]?.stringValue ?? Naming.operationName(
                idWords: idWords[index], commonWords: commonWords, method: candidate.method, pathLiterals: literals[index],
                commonLiterals: commonLiterals, endsWithPlaceholder: candidate.path.hasSuffix("}"),
                answersArray: answersArray(candidate, envelope: envelope))
            if used.contains(name), let words = idWords[index] { name = SwiftNaming.memberName(words.joined(separator: "-")) }
            name = Naming.unique(name, isTaken: used.contains)
            used.insert(name)
            candidates[index].name = name
        }
    }

    static func literals(_ path: String) -> [String] {
        path.split(separator: "/").filter { !$0.hasPrefix("{") }.map(String.init)
    }

    private func successResponse(_ operation: JSONObject) -> (key: String, value: JSONValue)? {
        let responses = operation["responses"]?.objectValue ?? [:]
        return responses.members.filter { Int($0.key).map { (200...299).contains($0) } ?? false }.min { Int($0.key)! < Int($1.key)! }
            .map { ($0.key, $0.value) }
    }

    /// The JSON schema of a response or request body, or the media types it has instead.
    func jsonSchema(_ content: JSONValue?) -> (schema: JSONValue?, key: String?, others: [String]) {
        let types = content?.objectValue?.keys ?? []
        guard let key = types.first(where: { $0.hasPrefix("application/json") || $0.hasSuffix("+json") }) else { return (nil, nil, types) }
        return (content?[key]?["schema"], key, types)
    }

    private func answersArray(_ candidate: Candidate, envelope: JSONObject) -> Bool {
        guard let success = successResponse(candidate.operation),
              case .value(let response, let path) = document.resolve(success.value, at: candidate.pointer + "responses" + success.key),
              let schema = jsonSchema(response["content"]).schema,
              case .value(.object(var object), let schemaPath) = document.resolve(schema, at: path) else { return false }
        if object["allOf"] != nil, let merged = mergedObject(object, at: schemaPath) { object = merged }
        var result = JSONValue.object(object)
        if let resultField = envelope["resultField"]?.stringValue, candidate.operation["x-apigen-envelope"] != false {
            guard let member = object["properties"]?[resultField] else { return false }
            result = member
        }
        guard case .value(let resolved, _) = document.resolve(result, at: schemaPath) else { return false }
        return resolved["type"]?.stringValue == "array" || resolved["type"]?.arrayValue?.contains("array") == true || resolved["items"] != nil
    }

    private func importOperation(_ candidate: Candidate, envelope: JSONObject, schemes: inout JSONObject, schemeKeys: inout [String: String]) -> JSONObject? {
        let operation = candidate.operation
        let pointer = candidate.pointer
        func skip(_ cause: String, _ path: JSONPath, _ message: String) -> JSONObject? {
            warn(cause, path, message + "; the operation is skipped")
            return nil
        }
        guard let template = try? PathTemplate(parsing: candidate.path) else {
            return skip("path", JSONPath.root + "paths" + candidate.path, "the path is not a template")
        }
        if let repeated = template.placeholders.first(where: { name in template.placeholders.filter { $0 == name }.count > 1 }) {
            return skip("path", JSONPath.root + "paths" + candidate.path, "the path names {\(repeated)} twice, and one parameter fills one place")
        }
        let typeName = ModelNames.typeName(candidate.name)
        var result: JSONObject = ["method": .string(candidate.method), "path": .string(candidate.path)]
        for key in ["operationId", "summary"] where !(key == "operationId" && operation["x-apigen-operationId"] == false) {
            if let value = operation[key]?.stringValue, !value.isEmpty { result[key] = .string(value) }
        }
        if let idempotent = operation["x-apigen-idempotent"] { result["idempotent"] = idempotent }
        if let description = operation["description"]?.stringValue, !description.isEmpty { result["description"] = .string(description) }
        if let deprecated = importedDeprecation(operation) { result["deprecated"] = deprecated }
        if let warning = operation["x-apigen-warning"] { result["warning"] = warning }
        if let permissions = operation["x-apigen-permissions"] ?? operation["x-api-token-group"],
           let list = permissions.arrayValue, list.allSatisfy({ $0.stringValue != nil }), !list.isEmpty {
            result["permissions"] = permissions
        }
        let authentication = importSecurity(operation, at: pointer, schemes: &schemes, keys: &schemeKeys)
        if !authentication.isEmpty { result["authentication"] = .array(authentication.map(JSONValue.string)) }

        // Parameters: the path item's, then the operation's (which override by name and place).
        var raws: [(raw: JSONValue, path: JSONPath)] = []
        let pathItemPath = JSONPath.root + "paths" + candidate.path
        for (index, raw) in (document.value(at: pathItemPath + "parameters")?.arrayValue ?? []).enumerated() {
            raws.append((raw, pathItemPath + "parameters" + String(index)))
        }
        for (index, raw) in (operation["parameters"]?.arrayValue ?? []).enumerated() {
            raws.append((raw, pointer + "parameters" + String(index)))
        }
        var parameters = JSONObject()
        var seen: [String: Int] = [:]
        var resolvedParameters: [(JSONObject, JSONPath)] = []
        for (raw, path) in raws {
            guard case .value(.object(let parameter), let resolvedPath) = document.resolve(raw, at: path) else { continue }
            let key = "\(parameter["in"]?.stringValue ?? "") \(parameter["name"]?.stringValue ?? "")"
            if let earlier = seen[key] { resolvedParameters[earlier] = (parameter, resolvedPath) } else {
                seen[key] = resolvedParameters.count
                resolvedParameters.append((parameter, resolvedPath))
            }
        }
        for (parameter, path) in resolvedParameters {
            let name = parameter["name"]?.stringValue ?? ""
            let place = parameter["in"]?.stringValue ?? ""
            let required = parameter["required"]?.boolValue == true || place == "path"
            if place == "path", !template.placeholders.contains(name) {
                warn("path parameter", path, "the path parameter '\(name)' is not in the path \(candidate.path); it is not sent")
                continue
            }
            guard ["path", "query", "header"].contains(place) else {
                warn("\(place) parameter", path, "a \(place) parameter ('\(name)') cannot be described; \(required ? "it is required, and " : "")it is not sent")
                continue
            }
            // OpenAPI: header parameters named Accept, Content-Type or Authorization are ignored; the client sets those and the credentials' headers itself.
            if place == "header", let owner = ["accept": "the client's Accept"][name.lowercased()]
                ?? Parameter.protectedHeaderOwner(name, credentialHeaders: credentialHeaders) {
                warn("header parameter", path, "the header parameter '\(name)' would replace \(owner); it is not imported (the client sets that header itself)")
                continue
            }
            // Query names may also hold `~` and brackets (`issue_class~neq`, `tags[]`), which the client percent-encodes as
            // needed; a name with `<placeholders>` is a pattern of names, not one.
            let punctuation = place == "query" ? "_-.~[]" : "_-."
            guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || punctuation.unicodeScalars.contains($0) }) else {
                if required { return skip("parameter name", path, "the \(place) parameter '\(name)' is not a name the spec format accepts") }
                warn("parameter name", path, "the query parameter '\(name)' is not a name the spec format accepts; it is not sent")
                continue
            }
            guard let schema = parameter["schema"] else {
                if required { return skip("parameter content", path, "the parameter '\(name)' has no schema (content parameters cannot be described)") }
                warn("parameter content", path, "the parameter '\(name)' has no schema; it is not sent")
                continue
            }
            // One value or several of it (`namespace=foo` or `namespace=foo&namespace=bar`) is a repeated list: one value
            // is the list of one on the wire.
            let (listSchema, listPath) = place == "query" ? oneOrMany(schema, at: path + "schema") ?? (schema, path + "schema") : (schema, path + "schema")
            var imported = withoutConstant(importType(listSchema, at: listPath, hint: NameHint(name: name, parent: typeName, isField: true)).type,
                                           at: listPath, in: "parameters")
            // A query list cannot carry a null item: form style (RFC 6570) leaves undefined values out, so a caller has
            // nothing to send for one, and items that "may be null" are exactly the items that are not.
            if case .object(var items)? = imported["items"], items["nullable"] != nil {
                items["nullable"] = nil
                imported["items"] = .object(items)
            }
            let kind = imported["type"]?.stringValue
            let isTextKind = { (type: JSONValue?) in
                ["string", "integer", "number", "boolean"].contains(type?["type"]?.stringValue ?? "")
                    || (type?["ref"]?.stringValue.map { self.enumValues[$0] != nil } ?? false)
            }
            var listStyle: String?
            let isList = place == "query" && kind == "array" && isTextKind(imported["items"])
            if isList {
                // OpenAPI's query default is form, exploded: repeated. Said only when the document says it.
                let style = parameter["style"]?.stringValue ?? "form"
                guard style == "form" else {
                    if required { return skip("\(style) parameter", path, "the array parameter '\(name)' has style '\(style)', which the format does not have (form only)") }
                    warn("\(style) parameter", path, "the array parameter '\(name)' has style '\(style)', which the format does not have (form only); it is not sent")
                    continue
                }
                listStyle = parameter["explode"]?.boolValue.map { $0 ? "repeated" : "commaSeparated" }
            }
            guard isTextKind(.object(imported)) || isList else {
                let what = imported["ref"] != nil ? "an object" : (kind ?? "a value")
                if required { return skip("\(what) parameter", path, "the parameter '\(name)' is \(what), which a \(place) parameter cannot be") }
                warn("\(what) parameter", path, "the query parameter '\(name)' is \(what), which a query parameter cannot be; it is not sent")
                continue
            }
            var entry: JSONObject = ["in": .string(place)]
            for member in imported { entry[member.key] = member.value }
            if place != "path", required { entry["required"] = true }
            if let listStyle { entry["style"] = .string(listStyle) }
            var values = parameter
            values["example"] = parameter["example"] ?? schema["example"] ?? annotation("example", of: schema, at: path + "schema")
            values["default"] = schema["default"] ?? annotation("default", of: schema, at: path + "schema")
            addValues(of: .object(values), at: path, to: &entry)
            if let text = (parameter["description"] ?? annotation("description", of: schema, at: path + "schema"))?.stringValue, !text.isEmpty {
                entry["description"] = .string(text)
            }
            if let environment = parameter["x-apigen-environment"] { entry["environment"] = environment }
            if place == "header", parameter["x-apigen-sensitive"] == true { entry["sensitive"] = true }
            if let flag = parameter["x-apigen-cli-flag"] { entry["cli"] = ["flag": flag] }
            if let deprecated = importedDeprecation(parameter) { entry["deprecated"] = deprecated }
            parameters[name] = .object(entry)
        }
        for placeholder in template.placeholders where parameters[placeholder] == nil {
            warn("path parameter", pointer + "parameters", "the path parameter '\(placeholder)' is not declared; written as a string")
            parameters[placeholder] = ["in": "path", "type": "string"]
        }
        if !parameters.isEmpty { result["parameters"] = .object(parameters) }
        if let headers = operation["x-apigen-headers"] { result["headers"] = headers }

        // A form of parts, or content that is not JSON: sent as it is.
        switch multipartRequestBody(operation, at: pointer, typeName: typeName) {
        case .body(let body)?: result["requestBody"] = .object(body)
        case .skipped(let cause, let path, let reason)?: return skip(cause, path, reason)
        case nil: if let mediaType = rawRequestContentType(operation, at: pointer) { result["requestBody"] = ["contentType": .string(mediaType)] }
        }
        if result["requestBody"] == nil, let raw = operation["requestBody"] {
            guard case .value(let body, let bodyPath) = document.resolve(raw, at: pointer + "requestBody") else {
                return skip("reference", pointer + "requestBody", "the request body cannot be resolved")
            }
            let (schema, key, others) = jsonSchema(body["content"])
            guard let key else {
                return skip("non-JSON body", bodyPath + "content", "the request body is not JSON (\(others.joined(separator: ", ")))")
            }
            let schemaPath = bodyPath + "content" + key + "schema"
            // JSON without a schema: any JSON value.
            let imported = schema.map { importType($0, at: schemaPath, hint: NameHint(name: typeName + "Request", isBody: true)) }
            if let kind = imported?.type["type"]?.stringValue ?? (schema == nil ? "any" : nil), Self.typedBodyKinds.contains(kind) {
                guard let body = typedBody(imported?.type ?? ["type": "any"]) else {
                    return skip("non-object body", schemaPath, "the request body is \(kind == "array" ? "an array" : "a map") of a model with read-only fields")
                }
                // `{"required": ["id"]}` alone: members required but not described, which any JSON value does not say.
                if kind == "any", let schema, case .value(let resolved, _) = document.resolve(schema, at: schemaPath),
                   let required = resolved["required"]?.arrayValue?.compactMap(\.stringValue), !required.isEmpty {
                    warn("undescribed body members", schemaPath,
                         "the request body requires the members \(required.joined(separator: ", ")) without describing them; taken as any JSON value")
                }
                result["requestBody"] = .object(body)
            } else if let schema, let imported {
                guard var model = imported.type["ref"]?.stringValue, modelKinds.contains(model) || models[model]?["kind"] == "union" else {
                    return skip("non-object body", schemaPath, "the request body is not an object, a union, an array, a map or any JSON value")
                }
                if hasReadOnlyFields(model), case .value(.object(var object), let resolvedPath) = document.resolve(schema, at: schemaPath) {
                    // A shared schema with read-only members: the body is its writable part.
                    if object["allOf"] != nil, let merged = mergedObject(object, at: resolvedPath) { object = merged }
                    model = inlineModel(object, at: resolvedPath, hint: NameHint(name: typeName + "Request", isBody: true))
                }
                result["requestBody"] = ["ref": .string(model)]
            }
        }

        guard let (response, isWhole) = importResponse(candidate, envelope: envelope, typeName: typeName, skip: skip) else { return nil }
        // An answer whose whole body is the result, in an API with an envelope.
        if isWhole, !envelope.isEmpty { result["envelope"] = false }
        result["response"] = .object(response)
        let errors = importErrors(candidate, typeName: typeName, successStatus: response["status"]?.numberValue?.intValue ?? 200)
        if !errors.isEmpty { result["errors"] = .array(errors.map(JSONValue.object)) }
        // A document apigen exported says where there is pagination (x-apigen-pagination); elsewhere it is detected.
        if let pagination = operation["x-apigen-pagination"] ?? (isApigenExport ? nil : detectPagination(parameters: parameters, response: response, candidate: candidate, envelope: isWhole ? [:] : envelope)) {
            result["pagination"] = pagination
            // Pages are read as one result array, whatever else the API may answer.
            if var answer = result["response"]?.objectValue, let alternatives = answer["alternatives"]?.arrayValue {
                let statuses = alternatives.compactMap { $0["status"]?.numberValue?.intValue }.map(String.init)
                warn("several success statuses", candidate.pointer + "responses",
                     "the success statuses \(statuses.joined(separator: ", ")) of a paginated operation are taken as unexpected answers")
                answer["alternatives"] = nil
                result["response"] = .object(answer)
            }
        }
        // A list that is not paginated keeps the page information its answer declares beside it.
        if result["pagination"] == nil, !isWhole, let infoField = envelope["pageInfoField"]?.stringValue,
           var answer = result["response"]?.objectValue, answer["result"]?["type"] == "array", answer["alternatives"] == nil,
           let info = declaredPageInfo(candidate, field: infoField) {
            answer["info"] = .string(info)
            result["response"] = .object(answer)
        }
        if let cli = operation["x-apigen-cli"] { result["cli"] = cli }
        if let examples = operation["x-apigen-examples"] { result["examples"] = examples }
        return result
    }

    func hasReadOnlyFields(_ model: String) -> Bool {
        (models[model]?["fields"]?.objectValue ?? [:]).contains { $0.value["readOnly"] == true }
    }

    private func importResponse(_ candidate: Candidate, envelope: JSONObject, typeName: String,
                                skip: (String, JSONPath, String) -> JSONObject?) -> (JSONObject, isWhole: Bool)? {
        let responses = candidate.operation["responses"]?.objectValue ?? [:]
        let responsesPath = candidate.pointer + "responses"
        if let success = successResponse(candidate.operation) {
            let status = Int(success.key)!
            guard let (primary, isWhole) = importAnswer(candidate, status: status, success.value, at: responsesPath + success.key, envelope: envelope,
                                                        typeName: typeName, skip: skip) else { return nil }
            var response = primary
            // The other 2xx answers, lowest first, are alternatives, imported as the primary one; one the format cannot
            // express (raw content, an answer read otherwise than the primary's) is left out, an unexpected answer.
            var alternatives: [JSONValue] = []
            // Whether the results are the whole body, as the first answer with a result says (an empty answer has none to place).
            var resultIsWhole: Bool? = response["result"] != nil ? isWhole : nil
            let others = responses.members.compactMap { member in Int(member.key).map { ($0, member) } }
                .filter { $0.0 != status && (200...299).contains($0.0) }.sorted { $0.0 < $1.0 }
            for (other, member) in others {
                let path = responsesPath + member.key
                let leftOut = { (reason: String) in
                    self.warn("several success statuses", path, "the \(other) answer is taken as unexpected: \(reason)")
                }
                guard response["contentType"] == nil else {
                    leftOut("the \(status) answer is raw content, which has no alternatives")
                    continue
                }
                guard let (alternative, alternativeIsWhole) = importAnswer(candidate, status: other, member.value, at: path, envelope: envelope, typeName: typeName,
                                                                           skip: { _, _, reason in leftOut(reason); return nil })
                else { continue }
                if alternative["contentType"] != nil {
                    leftOut("its content is not JSON, and only the primary answer may be raw content")
                } else if alternative["result"] != nil, let whole = resultIsWhole, whole != alternativeIsWhole {
                    leftOut("its result is \(alternativeIsWhole ? "the whole body" : "in the envelope"), unlike the other answers'")
                } else {
                    if alternative["result"] != nil { resultIsWhole = resultIsWhole ?? alternativeIsWhole }
                    alternatives.append(.object(alternative))
                }
            }
            if !alternatives.isEmpty { response["alternatives"] = .array(alternatives) }
            return (response, resultIsWhole ?? isWhole)
        } else if let range = responses["2XX"] ?? responses["2xx"] {
            let rangePath = responsesPath + (responses["2XX"] != nil ? "2XX" : "2xx")
            warn("status range", rangePath, "a range of success statuses; 200 is expected")
            return importAnswer(candidate, status: 200, range, at: rangePath, envelope: envelope, typeName: typeName, skip: skip)
        } else {
            return skip("no success status", responsesPath, "no 2xx answer is declared").map { ($0, false) }
        }
    }

    /// One success answer: its status, description and result (or raw content), and whether its whole body is the result.
    private func importAnswer(_ candidate: Candidate, status: Int, _ raw: JSONValue, at rawPath: JSONPath, envelope: JSONObject, typeName: String,
                              skip: (String, JSONPath, String) -> JSONObject?) -> (JSONObject, isWhole: Bool)? {
        guard case .value(let resolved, let path) = document.resolve(raw, at: rawPath) else { return skip("reference", rawPath, "the answer cannot be resolved").map { ($0, false) } }
        var response: JSONObject = ["status": .number(JSONNumber(status))]
        if let text = resolved["description"]?.stringValue, !text.isEmpty { response["description"] = .string(text) }
        let marked = candidate.operation["x-apigen-envelope"] == false
        guard status != 204, status != 205, resolved["content"] != nil else { return (response, marked) }
        let (schema, key, others) = jsonSchema(resolved["content"])
        guard let schema, let key else {
            // Content that is not JSON: returned as it is.
            if let mediaType = rawMediaType(others, at: path + "content", sent: false) {
                response["contentType"] = .string(mediaType)
                return (response, false)
            }
            return skip("non-JSON answer", path + "content", "the answer is not JSON (\(others.joined(separator: ", ")))").map { ($0, false) }
        }
        let schemaPath = path + "content" + key + "schema"
        let hint = NameHint(name: Self.resultName(candidate.path, method: candidate.method), parent: typeName)
        let withResult = { (result: JSONValue, resultPath: JSONPath) -> JSONObject in
            var answer = response
            let imported = self.importType(result, at: resultPath, hint: hint)
            var type = self.withoutConstant(imported.type, at: resultPath, in: "a result")
            if imported.nullable { type["nullable"] = true }
            answer["result"] = .object(type)
            return answer
        }
        // The whole body is the result: the API has no envelope, the export said so, or the answer is
        // not an object holding any of the envelope's members (an array, a scalar, a model of its own).
        guard let resultField = envelope["resultField"]?.stringValue, !marked,
              case .value(.object(var object), let objectPath) = document.resolve(schema, at: schemaPath) else {
            return (withResult(schema, schemaPath), true)
        }
        if object["allOf"] != nil, let merged = mergedObject(object, at: objectPath) { object = merged }
        let properties = object["properties"]?.objectValue ?? [:]
        let members = ["resultField", "successField", "errorsField", "pageInfoField"].compactMap { envelope[$0]?.stringValue }
        guard properties.keys.contains(where: members.contains) else { return (withResult(schema, schemaPath), true) }
        // An envelope without a result: an empty answer.
        guard let result = properties[resultField] else { return (response, false) }
        let resultPath = objectPath + "properties" + resultField
        if case .value(let resolvedResult, _) = document.resolve(result, at: resultPath), resolvedResult["type"]?.stringValue == "null" { return (response, false) }
        return (withResult(result, resultPath), false)
    }

    /// `…/servers` and `…/servers/{id}` → `Server`; an action after an item (`…/{id}/sync`) → `SyncResult`.
    static func resultName(_ path: String, method: String) -> String {
        let segments = path.split(separator: "/").map(String.init)
        guard let last = literals(path).last else { return "Result" }
        if segments.count >= 2, segments.last == last, segments[segments.count - 2].hasPrefix("{") {
            return ModelNames.typeName(last) + "Result"
        }
        return ModelNames.typeName(Naming.singular(last))
    }

    private func importErrors(_ candidate: Candidate, typeName: String, successStatus: Int) -> [JSONObject] {
        var errors: [JSONObject] = []
        for member in candidate.operation["responses"]?.objectValue ?? [:] {
            let path = candidate.pointer + "responses" + member.key
            // `4XX`, `5XX` (any case, as OpenAPI allows) and `default` are entries of their own.
            let statusKey = member.key.lowercased() == ErrorStatus.defaultKey ? ErrorStatus.defaultKey : member.key.uppercased()
            let statusValue: JSONValue
            if let status = Int(member.key) {
                guard status >= 300 else { continue }
                guard (400...599).contains(status) else {
                    warn("status \(status / 100)xx", path, "a \(status) answer cannot be listed; it is an unexpected answer")
                    continue
                }
                statusValue = .number(JSONNumber(status))
            } else if ErrorStatus.ranges[statusKey] != nil || statusKey == ErrorStatus.defaultKey {
                statusValue = .string(statusKey)
            } else {
                if !member.key.hasPrefix("2") {
                    warn("status range", path, "the answers '\(member.key)' cannot be listed; they are read as the envelope's errors")
                }
                continue
            }
            let status = statusValue.numberValue?.intValue.map(String.init) ?? statusKey
            guard case .value(let response, let responsePath) = document.resolve(member.value, at: path) else { continue }
            let description = response["description"]?.stringValue ?? ""
            let (schema, key, _) = jsonSchema(response["content"])
            // The status documented without a body model to read its answer as; the client keeps whatever body comes.
            let withoutBody = {
                var error: JSONObject = ["status": statusValue]
                if !description.isEmpty { error["description"] = .string(description) }
                errors.append(error)
            }
            guard let schema, let key else {
                // No content, content that is not JSON (a text message), or JSON without a schema.
                withoutBody()
                continue
            }
            let words = Naming.words(description)
            let name = (1...5).contains(words.count) ? ModelNames.typeName(words.joined(separator: "-")) : "\(typeName)Error" + (status == ErrorStatus.defaultKey ? "Default" : status)
            let imported = importType(schema, at: responsePath + "content" + key + "schema", hint: NameHint(name: name, parent: typeName))
            if imported.type == ["type": "any"], !imported.nullable {
                // JSON of no stated shape.
                withoutBody()
                continue
            }
            // An object model, or a union of them (one failure shape or another); an undecidable union is let go later.
            guard let model = imported.type["ref"]?.stringValue, modelKinds.contains(model) || unionPaths[model] != nil else {
                warn("error body", responsePath + "content" + key + "schema", "the \(status) answer's body is not an object or a union; read as the envelope's errors")
                continue
            }
            var error: JSONObject = ["status": statusValue]
            if !description.isEmpty { error["description"] = .string(description) }
            error["body"] = ["ref": .string(model)]
            errors.append(error)
        }
        // With both classes listed no error answer is left for `default` (the format has no 3xx errors).
        let statuses = errors.compactMap { $0["status"]?.stringValue }
        if ErrorStatus.ranges.keys.allSatisfy(statuses.contains), let fallback = statuses.firstIndex(of: ErrorStatus.defaultKey) {
            let key = (candidate.operation["responses"]?.objectValue?.keys ?? []).first { $0.lowercased() == ErrorStatus.defaultKey } ?? ErrorStatus.defaultKey
            warn("unreachable default", candidate.pointer + "responses" + key, "4XX and 5XX describe every error answer; 'default' is left out")
            errors.removeAll { $0["status"]?.stringValue == statuses[fallback] }
        }
        return errors
    }

    /// Page-number pagination: integer `page` and `per_page` query parameters and an array result; or cursor
    /// pagination: a string `cursor` query parameter (an optional integer `per_page` sets the page size) and a
    /// string `cursor` member in the page information (Cloudflare's `result_info.cursor`). The page information
    /// is the model of the answer's page-info member. Page numbers whose answer declares none are imported without
    /// it (the list ends on a short or empty page); cursors, which need it, take the first component schema that
    /// declares the member (with a warning: an assumption).
    private func detectPagination(parameters: JSONObject, response: JSONObject, candidate: Candidate, envelope: JSONObject) -> JSONValue? {
        let isQueryInteger = { (name: String) in parameters[name]?["type"] == "integer" && parameters[name]?["in"] == "query" }
        let pageNumbers = isQueryInteger("page") && isQueryInteger("per_page")
        let cursor = parameters["cursor"]?["type"] == "string" && parameters["cursor"]?["in"] == "query"
            && parameters["cursor"]?["required"] != true
        guard pageNumbers || cursor else { return nil }
        // The items are the result, or the one array member of a result object (which may also hold the next cursor).
        let resultModel = response["result"]?["ref"]?.stringValue
        let itemsField = resultModel.flatMap(onlyArrayField)
        guard response["result"]?["type"] == "array" || itemsField != nil else { return nil }
        let infoField = envelope["pageInfoField"]?.stringValue
        var infoModel = infoField.flatMap { declaredPageInfo(candidate, field: $0) }
        // The next cursor is a string member that ends the list by being absent or empty (lint's rule): absent or null, not both.
        let cursorMember = { (model: String, names: [String]) in
            names.first { name in
                let field = self.models[model]?["fields"]?[name]
                return field?["type"] == "string" && !(field?["nullable"] == true && field?["required"] != true)
            }
        }
        if cursor, !pageNumbers, let resultModel, let itemsField, let member = cursorMember(resultModel, Self.resultCursorNames) {
            var pagination: JSONObject = ["style": "cursor", "cursorParameter": "cursor", "cursorField": .string(member)]
            if isQueryInteger("per_page") { pagination["perPageParameter"] = "per_page" }
            pagination["items"] = .string(itemsField)
            return .object(pagination)
        }
        // Beside the envelope's page information, a result object may hold nothing but the items: the page keeps no more.
        if itemsField != nil, resultModel.flatMap({ models[$0]?["fields"]?.objectValue?.count }) != 1 { return nil }
        if pageNumbers {
            var pagination: JSONObject = ["style": "pageNumber", "pageParameter": "page", "perPageParameter": "per_page"]
            if let itemsField { pagination["items"] = .string(itemsField) }
            if let infoModel {
                pagination["info"] = .string(infoModel)
                if models[infoModel]?["fields"]?["total_pages"]?["type"] == "integer" { pagination["totalPagesField"] = "total_pages" }
            }
            return .object(pagination)
        }
        guard let infoField else { return nil }
        let hasCursor = { (model: String) in cursorMember(model, ["cursor"]) != nil }
        if let declared = infoModel, !hasCursor(declared) { infoModel = nil }
        if infoModel == nil {
            for member in document.root["components"]?["schemas"]?.objectValue ?? [:] {
                let path = JSONPath.root + "components" + "schemas" + member.key + "properties" + infoField
                guard let schema = member.value["properties"]?[infoField] else { continue }
                let imported = importType(schema, at: path, hint: NameHint(name: infoField))
                if let model = imported.type["ref"]?.stringValue, modelKinds.contains(model) {
                    warn("page information", candidate.pointer + "responses", "the answer does not declare '\(infoField)'; assumed to be #\(path.pointer)")
                    infoModel = model
                    break
                }
            }
        }
        guard let infoModel, hasCursor(infoModel) else { return nil }
        var pagination: JSONObject = ["style": "cursor", "cursorParameter": "cursor", "cursorField": "cursor"]
        if isQueryInteger("per_page") { pagination["perPageParameter"] = "per_page" }
        pagination["info"] = .string(infoModel)
        if let itemsField { pagination["items"] = .string(itemsField) }
        return .object(pagination)
    }

    /// The names a result object gives its next page's cursor, most specific first.
    private static let resultCursorNames = ["cursor", "next_cursor", "nextCursor", "next"]

    /// The one array field of object model `model`, which then holds a page's items; nil when it has none or several.
    private func onlyArrayField(_ model: String) -> String? {
        let arrays = (models[model]?["fields"]?.objectValue ?? [:]).filter { $0.value["type"] == "array" }
        return arrays.count == 1 ? arrays.first?.key : nil
    }

    /// The array alternative of a `oneOf`/`anyOf` of a value and an array of that same value (descriptions aside), with
    /// its path; nil for any other schema.
    private func oneOrMany(_ schema: JSONValue, at path: JSONPath) -> (JSONValue, JSONPath)? {
        guard case .value(.object(let object), let resolvedPath) = document.resolve(schema, at: path),
              let (key, alternatives) = unionAlternatives(object), alternatives.count == 2 else { return nil }
        let resolved = alternatives.map { alternative -> (value: JSONObject, path: JSONPath)? in
            guard case .value(.object(let value), let valuePath) = document.resolve(alternative.element, at: resolvedPath + key + String(alternative.offset)) else { return nil }
            return (value, valuePath)
        }
        guard let first = resolved[0], let second = resolved[1] else { return nil }
        let (single, list) = first.value["type"] == "array" ? (second, first) : (first, second)
        guard list.value["type"] == "array", single.value["type"] != "array",
              case .value(.object(let items), _)? = list.value["items"].map({ document.resolve($0, at: list.path + "items") }),
              Self.withoutDocumentation(items) == Self.withoutDocumentation(single.value) else { return nil }
        return (.object(list.value), list.path)
    }

    /// A schema without what only documents it (``isDocumentation(_:)``).
    private static func withoutDocumentation(_ schema: JSONObject) -> JSONObject {
        JSONObject(schema.filter { !isDocumentation($0.key) }.map { ($0.key, $0.value) })
    }

    /// The object model of the page information the success answer declares beside the result (its `field` member,
    /// through `allOf`); nil when it declares none, or one that is not an object with properties.
    private func declaredPageInfo(_ candidate: Candidate, field: String) -> String? {
        guard let success = successResponse(candidate.operation),
              case .value(let response, let path) = document.resolve(success.value, at: candidate.pointer + "responses" + success.key) else { return nil }
        let (schema, key, _) = jsonSchema(response["content"])
        guard let schema, let key,
              case .value(.object(var object), var objectPath) = document.resolve(schema, at: path + "content" + key + "schema") else { return nil }
        if object["allOf"] != nil, let merged = mergedObject(object, at: objectPath) { object = merged }
        guard let member = object["properties"]?[field] else { return nil }
        objectPath = objectPath + "properties" + field
        let imported = importType(member, at: objectPath, hint: NameHint(name: field))
        guard let model = imported.type["ref"]?.stringValue, modelKinds.contains(model) else { return nil }
        return model
    }
}
