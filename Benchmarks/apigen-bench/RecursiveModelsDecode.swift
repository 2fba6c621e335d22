import Foundation
import Snapshot_recursive_models

/// Decoding a list of recursive models: the recursive-models snapshot's `listComments` (each comment with a chain of
/// three parents, boxed by `@Indirect`, and a thread that pins one) against plain `Codable` final classes, the way a
/// hand-written model holds itself.
enum RecursiveModelsDecode {
    enum Plain {
        struct ListEnvelope: Decodable {
            var result: [Comment]
        }

        final class Comment: Decodable {
            let id: String
            let text: String
            let parent: Comment?
            let thread: Thread?
            let replies: [Comment]?
        }

        final class Thread: Decodable {
            let title: String
            let pinned: Comment?
        }
    }

    /// `{"result": [...]}` with `count` comments, each about 230 bytes.
    static func listBody(count: Int) -> Data {
        resultList(count: count) { index in
            let root = #"{"id":"c\#(index)-0","text":"First!"}"#
            let chain = (1...3).reduce(root) { parent, depth in #"{"id":"c\#(index)-\#(depth)","text":"Reply \#(depth)","parent":\#(parent)}"# }
            return String(chain.dropLast()) + #","thread":{"title":"Thread \#(index)","pinned":\#(root)}}"#
        }
    }

    @MainActor
    static func benchmark(count: Int, repetitions: Int) async -> DecodeResult {
        log("decode: list of \(count) recursive comments")
        let body = listBody(count: count)
        let client = ForumClient(configuration: ForumClient.defaultConfiguration(credentials: nil), transport: MemoryTransport(status: 200, body: body))
        return await compareListDecoding("decode recursive models \(count)", body: body, repetitions: repetitions,
                                         notes: ("listComments (@Indirect parents), in-memory", "JSONDecoder, final classes"),
                                         generated: { try await client.listComments() }, plain: Plain.ListEnvelope.self,
                                         check: { Self.check($0, $1.result) })
    }

    /// Both sides read the same chain of parents and the same thread for every comment.
    private static func check(_ generated: [Comment], _ plain: [Plain.Comment]) {
        guard generated.count == plain.count else { fail("decoded \(generated.count) comments generated, \(plain.count) plain") }
        for (g, p) in zip(generated, plain) {
            var generatedChain: [String] = [], plainChain: [String] = []
            var nextGenerated: Comment? = g, nextPlain: Plain.Comment? = p
            while let comment = nextGenerated { generatedChain.append(comment.id); nextGenerated = comment.parent }
            while let comment = nextPlain { plainChain.append(comment.id); nextPlain = comment.parent }
            guard generatedChain == plainChain, generatedChain.count == 4, g.thread?.pinned?.id == p.thread?.pinned?.id
            else { fail("generated and plain decoding disagree on \(g.id)") }
        }
    }
}
