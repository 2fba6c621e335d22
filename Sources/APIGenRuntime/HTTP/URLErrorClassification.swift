import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Turns URLSession's errors into a ``TransportError`` with a fixed message per kind of failure.
///
/// Messages are chosen here, never copied from `localizedDescription` or `userInfo`, so nothing
/// from the request (headers included) can end up in them. FoundationNetworking (Linux) reports
/// most libcurl failures as code -1 (`unknown`) and names the cause only in its description, so
/// that description is matched against libcurl's fixed phrases to pick the kind, and then dropped.
///
/// A failure to connect at all (refused, host name not found, no network) is
/// ``TransportError/notConnected(_:)``: nothing was sent. Every other failure, a reset or a timeout
/// included, may have come after the server read the request.
enum URLErrorClassification {
    static func transportError(for error: any Error) -> TransportError {
        guard let urlError = error as? URLError else {
            let nsError = error as NSError
            return .connectionFailed("\(nsError.domain) error \(nsError.code)")
        }
        let code = "(URLError \(urlError.code.rawValue))"
        if urlError.code == .timedOut { return .timedOut }
        if let text = notConnected(urlError) { return .notConnected("\(text) \(code)") }
        if urlError.code != .cancelled, let kind = kind(of: urlError) {
            switch kind {
            case .untrustedCertificate:
                return .certificateRejected("the certificate is not trusted (self-signed, unknown issuer, expired or not yet valid) \(code)")
            case .hostMismatch:
                return .certificateRejected("the certificate is for another host name \(code)")
            case .clientCertificate:
                return .certificateRejected("the server requires or refused a client certificate \(code)")
            case .reset:
                return .connectionFailed("the connection was reset by the server \(code)")
            case .truncatedBody:
                return .connectionFailed("the connection closed before the whole body arrived (truncated body) \(code)")
            case .handshake:
                return .connectionFailed("the TLS handshake failed \(code)")
            }
        }
        let text: String
        switch urlError.code {
        case .cancelled: text = "the URL session cancelled the request (transport shut down?)"
        case .networkConnectionLost: text = "the connection was lost (reset, or closed before the body was complete)"
        case .badServerResponse: text = "the server's response was malformed"
        case .unsupportedURL, .badURL: text = "the URL is not supported"
        default: text = "the URL loading system failed"
        }
        return .connectionFailed("\(text) \(code)")
    }

    /// What kept the request from being sent, when no connection was made: from the error code,
    /// or (Linux) libcurl's message for "could not connect" and "could not resolve".
    static func notConnected(_ error: URLError) -> String? {
        switch error.code {
        case .cannotConnectToHost: return "could not connect to the host (refused)"
        case .cannotFindHost, .dnsLookupFailed: return "could not resolve the host name"
        case .notConnectedToInternet: return "not connected to a network"
        default: break
        }
        let message = curlMessage(of: error)
        if message.contains("couldn't connect to server") || message.contains("failed to connect to") {
            return "could not connect to the host (refused)"
        }
        if message.contains("could not resolve host") || message.contains("couldn't resolve host") {
            return "could not resolve the host name"
        }
        return nil
    }

    enum Kind: Equatable {
        case untrustedCertificate, hostMismatch, clientCertificate, reset, truncatedBody, handshake
    }

    /// The kind of failure from the error code (Apple platforms) or libcurl's message (Linux).
    static func kind(of error: URLError) -> Kind? {
        switch error.code {
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
            .serverCertificateNotYetValid:
            return hostMismatch(in: error) ? .hostMismatch : .untrustedCertificate
        case .clientCertificateRejected, .clientCertificateRequired: return .clientCertificate
        case .secureConnectionFailed: return .handshake
        default: break
        }
        let message = curlMessage(of: error)
        if hostMismatch(in: error) { return .hostMismatch }
        if message.contains("ssl certificate problem") || message.contains("peer certificate cannot be authenticated") {
            return .untrustedCertificate
        }
        if message.contains("connection reset") { return .reset }
        if message.contains("transfer closed with") || message.contains("end of response with")
            || message.contains("partial file")
        {
            return .truncatedBody
        }
        if message.contains("ssl") || message.contains("tls") { return .handshake }
        return nil
    }

    private static func hostMismatch(in error: URLError) -> Bool {
        let message = curlMessage(of: error)
        return message.contains("does not match target host name") || message.contains("no alternative certificate subject name")
    }

    /// libcurl's error text, lowercased, from the error or the error underneath it.
    private static func curlMessage(of error: URLError) -> String {
        let nsError = error as NSError
        var texts = [nsError.userInfo[NSLocalizedDescriptionKey] as? String]
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            texts.append(underlying.userInfo[NSLocalizedDescriptionKey] as? String)
        }
        return texts.compactMap { $0 }.joined(separator: " ").lowercased()
    }
}
