import Foundation

/// The files the README shows as a recipe: every fenced code block right after a
/// `<!-- file: PATH -->` line, keyed by PATH. Tests build these exact texts, so the README's
/// recipes cannot drift from what works.
enum ReadmeRecipe {
    static let readmeURL = Repository.root.appending(path: "README.md")

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func files(in text: String) throws -> [String: String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var files: [String: String] = [:]
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            guard line.hasPrefix("<!-- file: "), line.hasSuffix(" -->") else { continue }
            let path = String(line.dropFirst("<!-- file: ".count).dropLast(" -->".count))
            guard index < lines.count, lines[index].hasPrefix("```") else {
                throw Malformed(description: "README.md:\(index): '\(line)' is not followed by a code block")
            }
            index += 1
            var body: [String] = []
            while index < lines.count, lines[index] != "```" {
                body.append(lines[index])
                index += 1
            }
            guard index < lines.count else { throw Malformed(description: "README.md: the code block of \(path) is not closed") }
            index += 1
            guard files.updateValue(body.joined(separator: "\n") + "\n", forKey: path) == nil else {
                throw Malformed(description: "README.md: two code blocks for \(path)")
            }
        }
        return files
    }

    static func files() throws -> [String: String] {
        try files(in: String(contentsOf: readmeURL, encoding: .utf8))
    }
}
