import APIGenJSON

extension SpecValidator {
    /// Each scheme becomes a `Credentials` factory (`static func apiKey(email:key:)`) whose arguments
    /// are its credentials, so the names must be usable and distinct; a bearer scheme sends exactly
    /// one token.
    mutating func checkAuthentication() {
        var factories: [String: AuthScheme] = [:]
        for scheme in spec.authentication {
            let what = "authentication scheme '\(scheme.name)'"
            let factory = SwiftNaming.memberName(scheme.name)
            if Self.isReservedName(factory) {
                error("\(what) becomes the function \(factory), a name Swift reserves; choose another name", at: scheme.location)
            }
            if let earlier = factories[factory] {
                error("authentication schemes '\(earlier.name)' and '\(scheme.name)' both become the function \(factory)", at: scheme.location)
            }
            factories[factory] = scheme
            switch scheme.kind {
            case .bearer where scheme.credentials.count != 1:
                error("\(what) is a bearer scheme, which sends one token: it needs exactly one credential, found \(scheme.credentials.count)", at: scheme.location)
            case .headers where scheme.credentials.isEmpty:
                error("\(what) needs at least one credential", at: scheme.location)
            default:
                break
            }
            var arguments: [String: String] = [:]
            for credential in scheme.credentials {
                let argument = SwiftNaming.memberName(credential.name)
                if Self.isReservedName(argument) {
                    error("\(what): credential '\(credential.name)' becomes the argument \(argument), a name Swift reserves; choose another name", at: scheme.location)
                }
                if let earlier = arguments[argument] {
                    error("\(what): credentials '\(earlier)' and '\(credential.name)' both become the argument \(argument)", at: scheme.location)
                }
                arguments[argument] = credential.name
            }
        }
    }

    /// Names that cannot be a generated function or argument name as they are.
    static func isReservedName(_ name: String) -> Bool {
        SwiftNaming.keywords.contains(name) || SwiftNaming.isUnusableMember(name)
    }
}
