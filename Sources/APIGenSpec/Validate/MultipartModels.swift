/// Where a type may be a file (`bytes`): what ``SpecValidator/checkSchema(_:what:files:)`` is checking.
enum FilePlacement: Sendable {
    /// Anywhere else: no file, and no model that holds one.
    case none
    /// A field of an object model: `bytes` or `[bytes]` (whether the model is a multipart body is checked at the model).
    case field
    /// The body of a `multipart/form-data` operation: a model that holds files.
    case multipartBody
}

/// The models sent as `multipart/form-data` bodies, and the models with a field of files (`bytes` or `[bytes]`), found
/// once for the whole spec.
struct MultipartModels: Sendable {
    var bodies: Set<String> = []
    var holders: Set<String> = []

    init() {}

    init(_ spec: Spec) {
        bodies = spec.multipartBodyModels
        for model in spec.models {
            guard let object = model.objectModel else { continue }
            if object.fields.contains(where: \.schema.holdsFile) || object.additionalFields?.element?.holdsFile == true { holders.insert(model.name) }
        }
    }
}

extension Schema {
    /// A file or an array of files: a field that becomes file parts.
    public var holdsFile: Bool {
        switch kind {
        case .bytes: true
        case .array(let items): if case .bytes = items.kind { true } else { false }
        default: false
        }
    }
}
