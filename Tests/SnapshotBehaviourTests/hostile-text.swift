import APIGenRuntime
import Foundation
import Snapshot_hostile_text
import Testing

/// hostile-text: quotes, backslashes, comment markers, line breaks and bidi controls in the spec stay text: the
/// JSON names, enum values, pattern and base URL are exactly the spec's.
@Suite struct HostileTextSnapshotTests {
    @Test func namesWithQuotesAndBackslashesRoundTrip() throws {
        let note = try expectRoundTrip(["text": "say \"hi\" \\ #{x} \\(y)", "quote\"key": "q", "back\\slash": "*/"], as: Note.self)
        #expect(note.quoteKey == "q" && note.backSlash == "*/")
        #expect(note.violations().isEmpty)
        #expect(!Note(text: "no * here").violations().isEmpty)
    }

    @Test func enumValues() {
        #expect(Mood.allCases.map(\.rawValue) == ["\"quoted\"", "back\\slash", "line\nbreak", "\u{202E}evil"])
        for mood in Mood.allCases {
            #expect(Mood(rawValue: mood.rawValue) == mood)
        }
    }

    @Test func baseURL() {
        #expect(HostileClient.defaultBaseURL.absoluteString.removingPercentEncoding == "https://api.example.com/\"quoted\"/path")
    }
}
