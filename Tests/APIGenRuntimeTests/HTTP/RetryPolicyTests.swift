import APIGenRuntime
import Foundation
import Testing

@Suite("RetryPolicy")
struct RetryPolicyTests {
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    @Test("retryable statuses: 408, 409, 429, 5xx; nothing else")
    func statuses() {
        let policy = RetryPolicy()
        for status in [408, 409, 429, 500, 502, 503, 504, 599] { #expect(policy.shouldRetry(status: status)) }
        for status in [200, 204, 301, 400, 401, 403, 404, 422, 600] { #expect(!policy.shouldRetry(status: status)) }
    }

    @Test("exponential backoff doubles from 0.5 s and stops at maxBackoff")
    func exponential() {
        let policy = RetryPolicy(random: { 0 })
        let delays = (1...8).map { policy.delay(forAttempt: $0, response: nil, now: now) }
        #expect(delays == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(8), .seconds(8), .seconds(8)])
        #expect(policy.delay(forAttempt: 500, response: nil, now: now) == .seconds(8))
    }

    @Test("jitter only shortens, by at most the jitter fraction")
    func jitter() {
        #expect(RetryPolicy(random: { 0.5 }).delay(forAttempt: 2, response: nil, now: now) == .milliseconds(875))
        #expect(RetryPolicy(random: { 0.999_999 }).delay(forAttempt: 2, response: nil, now: now) == .milliseconds(750))
        #expect(RetryPolicy(jitter: 0, random: { 0.9 }).delay(forAttempt: 1, response: nil, now: now) == .milliseconds(500))
        let random = RetryPolicy()
        for _ in 0..<100 {
            let delay = random.delay(forAttempt: 3, response: nil, now: now)
            #expect(delay >= .milliseconds(1500) && delay <= .seconds(2))
        }
    }

    @Test("Retry-After: seconds, IMF-fixdate, past date, cap, and unparsable values fall back")
    func retryAfter() {
        let policy = RetryPolicy(random: { 0 })
        func delay(_ value: String) -> Duration {
            policy.delay(forAttempt: 1, response: HTTPResponse(status: 429, headers: ["Retry-After": value]), now: now)
        }
        #expect(delay("0") == .zero)
        #expect(delay(" 17 ") == .seconds(17))
        #expect(delay("61") == .seconds(60))
        #expect(delay("99999999999999999999999") == .seconds(60))
        // 1_700_000_000 is Tue, 14 Nov 2023 22:13:20 GMT.
        #expect(delay("Tue, 14 Nov 2023 22:13:50 GMT") == .seconds(30))
        #expect(delay("Tue, 14 Nov 2023 22:00:00 GMT") == .zero)
        #expect(delay("Tue, 14 Nov 2024 22:13:50 GMT") == .seconds(60))
        for junk in ["soon", "-5", "1.5", "", "Tuesday, 14-Nov-23 22:13:50 GMT", "Tue, 14 Nov 2023 22:13:50 UTC", "Tue, 31 Foo 2023 22:13:50 GMT"] {
            #expect(delay(junk) == .milliseconds(500), "\(junk)")
        }
        let capped = RetryPolicy(maxRetryAfter: .seconds(5))
        #expect(capped.delay(forAttempt: 1, response: HTTPResponse(status: 503, headers: ["retry-after": "30"]), now: now) == .seconds(5))
    }

    @Test("negative maxRetries means none; .none never retries")
    func clamps() {
        #expect(RetryPolicy(maxRetries: -3).maxRetries == 0)
        #expect(RetryPolicy.none.maxRetries == 0)
        #expect(RetryPolicy.standard.maxRetries == 2)
    }
}

@Suite("Retry policy limits")
struct RetryPolicyLimitTests {
    @Test("backoffs of any size are waits, never a trap: huge ones are capped like Retry-After")
    func hugeBackoffs() {
        let huge = RetryPolicy(initialBackoff: .seconds(Int64.max), maxBackoff: .seconds(Int64.max), random: { 0 })
        for attempt in [1, 2, 63, 1000] {
            #expect(huge.delay(forAttempt: attempt, response: nil, now: Date()) == .seconds(1_000_000_000))
        }
        let zero = RetryPolicy(initialBackoff: .zero, maxBackoff: .zero, random: { 0 })
        #expect(zero.delay(forAttempt: 5, response: nil, now: Date()) == .zero)
    }
}
