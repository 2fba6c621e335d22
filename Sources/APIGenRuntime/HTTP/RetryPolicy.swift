import Foundation

/// When and how long to wait before sending a request again.
///
/// What is retried depends on whether the request is idempotent: its HTTP method decides
/// (``isIdempotent(method:)``: GET, HEAD, PUT, DELETE, OPTIONS and TRACE are, POST and PATCH are
/// not), unless the spec's operation (`"idempotent"`) or the call (``RequestOptions/idempotent``)
/// says otherwise.
///
/// - An idempotent request is retried after statuses 408, 409, 429 and 500–599, connection
///   failures and timeouts: sending it again cannot do more than the first one did.
/// - A request that is not idempotent (a create, a sync) is retried only when the server cannot
///   have acted on it: the connection failed before it was sent (``TransportError/notConnected(_:)``:
///   refused, host name not found), or the answer is 429. A 5xx, a reset or a timeout may come
///   after the server acted, and a second attempt would act again (sync twice, create a duplicate,
///   or fail with "already exists" though the first one succeeded), so that answer is final.
/// - A response header `x-should-retry: true` or `false` wins over all of this, for any method and
///   status, as Cloudflare's generated SDKs read it: the server knows whether a repeat is safe.
///
/// The wait doubles from ``initialBackoff`` up to ``maxBackoff`` and is shortened by up to
/// ``jitter`` (so many clients failing together spread out), unless the response says
/// `Retry-After`, which is honoured exactly, up to ``maxRetryAfter`` (`retry-after-ms` too). The
/// call's deadline bounds all of it (``RetryingExecutor/deadline``).
public struct RetryPolicy: Sendable {
    /// Retries after the first attempt; 0 disables retrying.
    public var maxRetries: Int
    /// The wait before the first retry.
    public var initialBackoff: Duration
    /// The longest exponential wait (before jitter).
    public var maxBackoff: Duration
    /// The longest wait a `Retry-After` header can ask for; longer requests are cut to this.
    public var maxRetryAfter: Duration
    /// The fraction (0...1) by which a backoff may be randomly shortened.
    public var jitter: Double
    /// Returns a value in `0..<1`; replace it for deterministic tests.
    public var random: @Sendable () -> Double

    public init(
        maxRetries: Int = 2,
        initialBackoff: Duration = .milliseconds(500),
        maxBackoff: Duration = .seconds(8),
        maxRetryAfter: Duration = .seconds(60),
        jitter: Double = 0.25,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maxRetries = max(0, maxRetries)
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxRetryAfter = maxRetryAfter
        self.jitter = min(1, max(0, jitter))
        self.random = random
    }

    /// The defaults: 2 retries, 0.5 s doubling to 8 s, 25 % jitter, `Retry-After` up to 60 s.
    public static var standard: RetryPolicy { RetryPolicy() }

    /// Never retries.
    public static var none: RetryPolicy { RetryPolicy(maxRetries: 0) }

    /// The methods whose requests can be sent again with no other effect than the first one's
    /// (RFC 9110 §9.2.2). POST and PATCH are not among them.
    public static let idempotentMethods: Set<String> = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"]

    /// Whether a request with this method is idempotent unless its operation or call says otherwise.
    public static func isIdempotent(method: String) -> Bool { idempotentMethods.contains(method.uppercased()) }

    /// Whether a response with this status is worth sending an idempotent request again.
    public func shouldRetry(status: Int) -> Bool {
        switch status {
        case 408, 409, 429, 500...599: true
        default: false
        }
    }

    /// Whether to send the request again after this response: as `x-should-retry` says when it is
    /// `true` or `false`; otherwise, for an idempotent request, as ``shouldRetry(status:)`` says,
    /// and for one that is not, only after a 429 (the server refused it without acting on it).
    public func shouldRetry(_ response: HTTPResponse, idempotent: Bool) -> Bool {
        switch response.headers["x-should-retry"]?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": true
        case "false": false
        default: idempotent ? shouldRetry(status: response.status) : response.status == 429
        }
    }

    /// Whether to send the request again after this failure without a response: an idempotent
    /// request after a timeout or any connection failure; one that is not only when it was not sent.
    /// Never after cancellation, a response over the size limit or a rejected certificate.
    public func shouldRetry(_ error: TransportError, idempotent: Bool) -> Bool {
        switch error {
        case .notConnected: true
        case .timedOut, .connectionFailed: idempotent
        case .cancelled, .responseTooLarge, .certificateRejected: false
        }
    }

    /// How long to wait after attempt `n` (1-based) failed before sending attempt `n + 1`.
    ///
    /// - Parameters:
    ///   - response: the failed attempt's response, if it got one; its `Retry-After` (seconds or
    ///     an HTTP-date) wins over the exponential backoff.
    ///   - now: the current time, to turn a `Retry-After` date into a wait.
    public func delay(forAttempt n: Int, response: HTTPResponse?, now: Date) -> Duration {
        if let response, let wait = Self.requestedWait(in: response, now: now) {
            return min(wait, maxRetryAfter)
        }
        // initial × 2^(n-1), computed in seconds to avoid Duration overflow for large n.
        let exponent = Double(min(max(n, 1) - 1, 62))
        let backoff = min(Self.seconds(initialBackoff) * pow(2, exponent), Self.seconds(maxBackoff))
        let shortened = backoff * (1 - jitter * min(max(random(), 0), 1))
        // Capped like a Retry-After (about 31 years): any backoff the caller configures is a wait,
        // never an Int64 overflow. A NaN from a nonsensical configuration waits nothing.
        return .milliseconds(Int64((min(shortened.isNaN ? 0 : shortened, 1e9) * 1000).rounded()))
    }

    /// The wait the server asks for, uncapped: `retry-after-ms` (milliseconds, as Cloudflare's and
    /// other generated SDKs send and read it) wins over `Retry-After`; nil when neither is usable.
    public static func requestedWait(in response: HTTPResponse, now: Date) -> Duration? {
        if let value = response.headers["retry-after-ms"], let milliseconds = Double(value.trimmingCharacters(in: .whitespaces)),
            milliseconds.isFinite, milliseconds >= 0
        {
            return .milliseconds(Int64(min(milliseconds, 1e12).rounded()))
        }
        return response.headers["Retry-After"].flatMap { retryAfter($0, now: now) }
    }

    /// Parses `Retry-After` as delta-seconds or an IMF-fixdate; nil when it is neither.
    /// A date in the past means "now".
    static func retryAfter(_ value: String, now: Date) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            return .seconds(Int64(trimmed) ?? 1_000_000_000)  // too many digits: huge, so capped
        }
        guard let date = parseIMFFixdate(trimmed) else { return nil }
        let seconds = max(0, date.timeIntervalSince(now))
        return .milliseconds(Int64((min(seconds, 1e9) * 1000).rounded()))
    }

    /// Parses `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §5.6.7) without a DateFormatter, which
    /// is locale-sensitive and not thread-safe.
    static func parseIMFFixdate(_ text: String) -> Date? {
        let parts = text.split(separator: " ")
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard parts.count == 6, parts[0].count == 4, parts[0].hasSuffix(","), parts[5] == "GMT",
            parts[1].count == 2, let day = Int(parts[1]), (1...31).contains(day),
            let monthIndex = months.firstIndex(of: String(parts[2])),
            parts[3].count == 4, let year = Int(parts[3])
        else { return nil }
        let time = parts[4].split(separator: ":")
        guard parts[4].count == 8, time.count == 3, let hour = Int(time[0]), let minute = Int(time[1]),
            let second = Int(time[2]), (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        let days = daysFromCivil(year: year, month: monthIndex + 1, day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
