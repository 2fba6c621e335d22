import APIGenIR
import APIGenRuntime
import APIGenSpec

/// The Swift facts of one operation, decided once: its method names, its arguments with their
/// names and types, its body and result types, its command. The protocol, the client, the
/// convenience and all-pages methods, the doc comments and the operation catalog all read them
/// here, so they cannot disagree.
struct OperationDescription: Sendable {
    /// One parameter as a method argument.
    struct Argument: Sendable {
        let parameter: Parameter
        /// The Swift name, in backticks when it is a keyword (`` `in` ``): it is also used as a value.
        let name: String
        /// The value's type, without optionality.
        let type: TypeName

        /// The name as an argument label, where keywords need no backticks (`in: \`in\``).
        var label: String { NameTable.argumentLabel(name) }
        /// Optional parameters are optional arguments.
        var declaredType: TypeName { parameter.isRequired ? type : type.optional }
    }

    /// Pagination, as the generated methods use it.
    struct Paging: Sendable {
        enum Style: Sendable {
            /// `perPage`'s default is the page size the sequence assumes when the caller gives none;
            /// `totalPages` is the page information's total-pages member, and whether it is already an `Int`.
            case pageNumber(perPage: Argument, defaultPageSize: Int, totalPages: (member: String, isInteger: Bool)?)
            /// The page information's member holding the next cursor.
            case cursor(member: String)
        }

        /// Where the page information comes from.
        enum InfoSource: Sendable {
            /// The API sends none: the page's `info` is `Never?`.
            case none
            /// The envelope's page information (the spec's `info`).
            case envelope
            /// The result object that holds the items (the spec's `items` without `info`).
            case result
        }

        /// The argument the all-pages method sets itself (the page number or the cursor), so leaves out.
        let page: Argument
        let style: Style
        /// The all-pages method, e.g. `allServers`.
        let allPagesMethodName: String
        let itemType: TypeName
        /// The result object's member holding the items, and how it is stored; nil when the result is the array.
        let itemsMember: (name: String, storage: FieldStorage)?
        /// The page information's model, or `Swift.Never` when the API sends none.
        let infoType: TypeName
        let infoSource: InfoSource

        /// Whether the API sends page information.
        var hasInfo: Bool {
            if case .none = infoSource { false } else { true }
        }
    }

    /// The enum a method returns when its success statuses carry different results (`CreateRuleResponse`).
    struct AnswerEnum: Sendable {
        /// One success status: its case (`accepted`) and what the case carries, nil for an empty answer.
        struct Case: Sendable {
            let answer: SuccessResponse
            let name: String
            let payload: TypeName?
        }

        /// The enum's name, e.g. `CreateRuleResponse`.
        let name: String
        /// The primary answer first, then the alternatives, as the spec lists them.
        let cases: [Case]
    }

    let operation: Operation
    /// The method, e.g. `listServers`.
    let methodName: String
    /// The command-line command, e.g. `list`.
    let commandName: String
    /// In the spec's parameter order.
    let parameters: [Argument]
    let bodyType: TypeName?
    /// What the method returns: the result type, `Page<Item, Info>` for a paginated operation,
    /// or `nil` for an empty answer.
    let resultType: TypeName?
    let paging: Paging?
    /// A list that is not paginated but carries page information (`response.info`): its item and information types.
    /// The method returns it as one `Page`.
    let listPage: (item: TypeName, info: TypeName)?
    /// The enum ``resultType`` names when the success statuses carry different results; nil when they share one.
    let answerEnum: AnswerEnum?

    /// Path parameters, then query parameters, then header parameters: the order of the method's arguments.
    var methodArguments: [Argument] {
        Parameter.Placement.parameterPlacements.flatMap { placement in parameters.filter { $0.parameter.placement == placement } }
    }

    /// The argument of the spec parameter `name`.
    func argument(named name: String) -> Argument? {
        parameters.first { $0.parameter.name == name }
    }
}

extension Translator {
    func describe(_ operation: Operation) -> OperationDescription {
        let parameters = zip(operation.parameters, names.parameterNames(of: operation)).map { parameter, name in
            OperationDescription.Argument(parameter: parameter, name: name, type: swiftType(parameter.schema))
        }
        var paging: OperationDescription.Paging?
        var resultType = answerType(operation.response) ?? operation.response.contentType.map(contentType)
        var answerEnum: OperationDescription.AnswerEnum?
        if let name = names.answerTypeName(of: operation) {
            let cases = operation.response.answers.map { answer in
                OperationDescription.AnswerEnum.Case(answer: answer, name: NameTable.answerCaseName(status: answer.status), payload: answerType(answer))
            }
            answerEnum = OperationDescription.AnswerEnum(name: name, cases: cases)
            resultType = .local(name)
        }
        var listPage: (item: TypeName, info: TypeName)?
        if let info = operation.response.infoModel, operation.pagination == nil, case .array(let items)? = operation.response.result?.kind {
            listPage = (swiftType(items), .local(names.typeName(info)))
            resultType = .runtime("Page", [swiftType(items), .local(names.typeName(info))])
        }
        // The validator guarantees the parameters and fields exist, and the items are the result or an array field of it.
        if let pagination = operation.pagination, let (items, itemsMember) = pagedItems(operation, pagination) {
            // Without page information (page numbers only) the page's `info` is `Never?`: always nil.
            let info = operation.pageInformationModel.flatMap(spec.model(named:))
            let object = info?.objectModel
            let infoType = info.map { TypeName.local(names.typeName($0.name)) } ?? .swift("Never")
            let member = { (field: String) in
                object?.fields.firstIndex { $0.name == field }.flatMap { index in info.map { names.storedNames(of: $0.name)[index] } }
            }
            let infoSource: OperationDescription.Paging.InfoSource = info == nil ? .none : pagination.infoModel == nil ? .result : .envelope
            var style: OperationDescription.Paging.Style?
            var followed: OperationDescription.Argument?
            switch pagination.style {
            case .pageNumber(let pageName, let totalField):
                if let page = parameters.first(where: { $0.parameter.name == pageName }),
                   let perPage = parameters.first(where: { $0.parameter.name == pagination.perPageParameter }) {
                    var totalPages: (member: String, isInteger: Bool)?
                    if let totalField, let object, let member = member(totalField),
                       let field = object.fields.first(where: { $0.name == totalField }) {
                        let isInteger = if case .integer = field.schema.kind { true } else { false }
                        totalPages = (member, isInteger)
                    }
                    followed = page
                    style = .pageNumber(perPage: perPage, defaultPageSize: perPage.parameter.schema.defaultValue?.numberValue?.intValue ?? 20,
                                        totalPages: totalPages)
                }
            case .cursor(let cursorName, let cursorField):
                if let cursor = parameters.first(where: { $0.parameter.name == cursorName }), let member = member(cursorField) {
                    followed = cursor
                    style = .cursor(member: member)
                }
            }
            if let style, let followed {
                paging = OperationDescription.Paging(
                    page: followed, style: style, allPagesMethodName: names.allPagesMethodName(of: operation),
                    itemType: swiftType(items), itemsMember: itemsMember, infoType: infoType, infoSource: infoSource
                )
                resultType = .runtime("Page", [swiftType(items), infoType])
            }
        }
        return OperationDescription(
            operation: operation, methodName: names.methodName(of: operation), commandName: operation.commandName,
            parameters: parameters, bodyType: operation.requestBody.map(swiftType) ?? operation.requestContentType.map(contentType),
            resultType: resultType, paging: paging, listPage: listPage, answerEnum: answerEnum
        )
    }

    /// What an answer carries: its result's type, optional when nullable (`nil` when the API answers `null` or leaves it out).
    private func answerType(_ answer: SuccessResponse) -> TypeName? {
        answer.result.map { answer.isNullable ? swiftType($0).optional : swiftType($0) }
    }
}

extension Translator {
    /// The items of a page: the result's array, or the array field `items` of the result object with its member.
    private func pagedItems(_ operation: Operation, _ pagination: Pagination) -> (Schema, (name: String, storage: FieldStorage)?)? {
        guard let itemsField = pagination.itemsField else {
            if case .array(let items)? = operation.response.result?.kind { return (items, nil) }
            return nil
        }
        guard case .reference(let name)? = operation.response.result?.kind, let object = spec.model(named: name)?.objectModel,
              let index = object.fields.firstIndex(where: { $0.name == itemsField }),
              case .array(let items) = object.fields[index].schema.kind else { return nil }
        return (items, (names.storedNames(of: name)[index], FieldStorage(object.fields[index])))
    }

    /// The Swift type of raw content of `mediaType`: `String` for text, `Data` for bytes (the runtime's rule).
    func contentType(_ mediaType: String) -> TypeName {
        MediaType.isText(mediaType) ? .string : .foundation("Data")
    }
}
