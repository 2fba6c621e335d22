import APIGenRuntime
import Snapshot_sensitive_fields
import Testing

/// sensitive-fields: secrets are sent and decoded like any field, but descriptions show `<redacted>`.
@Suite struct SensitiveFieldsSnapshotTests {
    @Test func secretsAreEncodedButNotDescribed() throws {
        let new = try expectRoundTrip(["name": "ci", "api_key": "k-123", "webhook_secret": "w-456"], as: NewIntegration.self)
        let created = try expectRoundTrip(["id": "i1", "name": "ci", "signing_secret": "s-789"], as: Integration.self)
        for description in [String(reflecting: new), String(describing: new), String(reflecting: created), String(describing: created)] {
            #expect(description.contains("ci"))
            for secret in ["k-123", "w-456", "s-789"] {
                #expect(!description.contains(secret), "\(description)")
            }
        }
    }
}
