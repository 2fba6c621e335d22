import Foundation

extension URL {
    /// The URL without its user and password (`https://user:pass@host/` → `https://host/`), for
    /// everything that shows a URL: observers, descriptions, error messages.
    var removingUserInfo: URL {
        guard user != nil || password != nil,
              var components = URLComponents(url: self, resolvingAgainstBaseURL: false) else { return self }
        components.user = nil
        components.password = nil
        return components.url ?? self
    }
}
