import APIGenJSON

extension SpecValidator {
    /// Each scheme becomes a `Credentials` factory (`static func apiKey(email:key:)`) whose arguments
    /// are its credentials, so the names must be usable and distinct; a bearer scheme sends exactly
    /// one token.
    mutating func checkAuthentication() {
        var factories = NameClaims()
        for scheme in spec.authentication {
            let what = "authentication scheme '\(scheme.name)'"
            claim(SwiftNaming.memberName(scheme.name), as: "the function", for: what, in: &factories, at: scheme.location)
            switch scheme.kind {
            case .bearer where scheme.credentials.count != 1:
                error("\(what) is a bearer scheme, which sends one token: it needs exactly one credential, found \(scheme.credentials.count)", at: scheme.location)
            case .headers where scheme.credentials.isEmpty:
                error("\(what) needs at least one credential", at: scheme.location)
            default:
                break
            }
            var arguments = NameClaims()
            for credential in scheme.credentials {
                claim(SwiftNaming.memberName(credential.name), as: "the argument", for: "\(what): credential '\(credential.name)'", in: &arguments,
                      at: scheme.location)
            }
        }
    }

    /// The Swift names already taken, each by what took it (`operation 'listServers'`).
    typealias NameClaims = [String: String]

    /// Claims `swiftName` for `what`, as `role` (`the method`): an error when Swift reserves the
    /// name or when something claimed it earlier.
    mutating func claim(_ swiftName: String, as role: String, for what: String, in claims: inout NameClaims, at location: SpecLocation) {
        if Self.isReservedName(swiftName) {
            error("\(what) becomes \(role) \(swiftName), a name Swift reserves; choose another name", at: location)
        }
        if let earlier = claims[swiftName] {
            error("\(what) and \(earlier) both become \(role) \(swiftName)", at: location)
        } else {
            claims[swiftName] = what
        }
    }

    /// Names that cannot be a generated function or argument name as they are.
    static func isReservedName(_ name: String) -> Bool {
        SwiftNaming.keywords.contains(name) || SwiftNaming.isUnusableMember(name)
    }
}
