import Foundation

/// What a careful hand-written client would declare: plain `Codable` structs with every field of
/// the list response, `Date` timestamps (decoded with `.iso8601`), nested structs and enums.
/// Decoded with one `JSONDecoder`, the baseline the generated client is compared against.
enum Plain {
    struct ListEnvelope: Codable {
        var success: Bool
        var result: [Server]
    }

    enum AuthType: String, Codable { case oauth, bearer, unauthenticated }
    enum AuthenticationStatus: String, Codable { case notRequired = "not_required", required, connected, stale, manual }
    enum ServerStatus: String, Codable { case waiting, ready, stale, error }
    enum AuthMode: String, Codable { case dcr, manual }

    struct Server: Codable {
        var id: String
        var authType: AuthType
        var hostname: String
        var name: String
        var prompts: [Prompt]
        var tools: [Tool]
        var authConfigSummary: AuthConfigSummary?
        var authenticationStatus: AuthenticationStatus?
        var createdAt: Date?
        var createdBy: String?
        var description: String?
        var error: String?
        var errorDetails: ErrorDetails?
        var isSharedOAuthCallbackEnabled: Bool?
        var lastSuccessfulSync: Date?
        var lastSynced: Date?
        var modifiedAt: Date?
        var modifiedBy: String?
        var secureWebGateway: Bool?
        var status: ServerStatus?
        var updatedPrompts: [CapabilityOverride]?
        var updatedTools: [CapabilityOverride]?

        enum CodingKeys: String, CodingKey {
            case id, authType = "auth_type", hostname, name, prompts, tools
            case authConfigSummary = "auth_config_summary", authenticationStatus = "authentication_status"
            case createdAt = "created_at", createdBy = "created_by", description, error, errorDetails = "error_details"
            case isSharedOAuthCallbackEnabled = "is_shared_oauth_callback_enabled"
            case lastSuccessfulSync = "last_successful_sync", lastSynced = "last_synced", modifiedAt = "modified_at"
            case modifiedBy = "modified_by", secureWebGateway = "secure_web_gateway", status
            case updatedPrompts = "updated_prompts", updatedTools = "updated_tools"
        }
    }

    struct Prompt: Codable {
        var name: String
        var description: String?
    }

    struct Tool: Codable {
        var name: String
        var description: String?
        var inputSchema: InputSchema?
    }

    struct InputSchema: Codable {
        var type: String
        var properties: [String: Property]
        var required: [String]?
    }

    struct Property: Codable {
        var type: String
        var description: String?
    }

    struct AuthConfigSummary: Codable {
        var authMode: AuthMode?
        var clientSecretVersion: Double?
        var config: OAuthConfiguration?
        var hasClientSecret: Bool?
        var registrationInfo: OAuthRegistration?

        enum CodingKeys: String, CodingKey {
            case authMode = "auth_mode", clientSecretVersion = "client_secret_version", config
            case hasClientSecret = "has_client_secret", registrationInfo = "registration_info"
        }
    }

    struct OAuthConfiguration: Codable {
        var authorizationEndpoint: String?
        var issuer: String?
        var resource: String?
        var revocationEndpoint: String?
        var tokenEndpoint: String?

        enum CodingKeys: String, CodingKey {
            case authorizationEndpoint = "authorization_endpoint", issuer, resource
            case revocationEndpoint = "revocation_endpoint", tokenEndpoint = "token_endpoint"
        }
    }

    struct OAuthRegistration: Codable {
        var clientID: String?
        var redirectURIs: [String]?
        var scope: String?
        var tokenEndpointAuthMethod: String?

        enum CodingKeys: String, CodingKey {
            case clientID = "client_id", redirectURIs = "redirect_uris", scope
            case tokenEndpointAuthMethod = "token_endpoint_auth_method"
        }
    }

    struct ErrorDetails: Codable {
        var cause: String?
        var isUpstream: Bool?
        var mcpCode: Double?
        var retryable: Bool?
        var statusCode: Double?

        enum CodingKeys: String, CodingKey {
            case cause, isUpstream = "is_upstream", mcpCode = "mcp_code", retryable, statusCode = "status_code"
        }
    }

    struct CapabilityOverride: Codable {
        var name: String
        var alias: String?
        var description: String?
        var enabled: Bool?
    }

    /// The update body; `description` nil is left out (the generated side can also send null).
    struct UpdateRequest: Codable {
        var name: String?
        var authCredentials: String?
        var clientSecret: String?
        var description: String?
        var isSharedOAuthCallbackEnabled: Bool?
        var secureWebGateway: Bool?
        var updatedPrompts: [CapabilityOverride]?
        var updatedTools: [CapabilityOverride]?

        enum CodingKeys: String, CodingKey {
            case name, authCredentials = "auth_credentials", clientSecret = "client_secret", description
            case isSharedOAuthCallbackEnabled = "is_shared_oauth_callback_enabled", secureWebGateway = "secure_web_gateway"
            case updatedPrompts = "updated_prompts", updatedTools = "updated_tools"
        }
    }

    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
