import APIGenIR

extension SwiftRenderer {
    /// `///` lines: paragraphs, then the parameter list, returns, throws, warning and remark.
    static func writeDocumentation(_ documentation: Documentation?, into writer: inout CodeWriter) {
        guard let documentation else { return }
        var lines: [String] = []
        func paragraph(_ text: String) {
            let paragraphLines = CommentText.lines(text)
            guard !paragraphLines.isEmpty else { return }
            if !lines.isEmpty { lines.append("") }
            lines += paragraphLines
        }
        for text in documentation.paragraphs { paragraph(text) }
        // Parameters, returns, throws and warning form one group of callouts; the remark ends the comment.
        var callouts: [String] = []
        if !documentation.parameters.isEmpty {
            callouts.append("- Parameters:")
            for parameter in documentation.parameters {
                let body = CommentText.lines(parameter.text)
                callouts.append(labelled("  - \(parameter.name):", body.first))
                callouts += body.dropFirst().map { $0.isEmpty ? "" : "    " + $0 }
            }
        }
        for (label, text) in [("Returns", documentation.returns), ("Throws", documentation.throwsText), ("Warning", documentation.warning)] {
            guard let text else { continue }
            callouts += callout(label, text)
        }
        if !callouts.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += callouts
        }
        if let remark = documentation.remark {
            if !lines.isEmpty { lines.append("") }
            lines += callout("Remark", remark)
        }
        for line in lines {
            writer.append(line.isEmpty ? "///" : "/// ")
            writer.line(line)
        }
    }

    private static func callout(_ label: String, _ text: String) -> [String] {
        let body = CommentText.lines(text)
        return [labelled("- \(label):", body.first)] + body.dropFirst().map { $0.isEmpty ? "" : "  " + $0 }
    }

    /// `label text`, or `label` alone (no trailing space) when there is no text.
    private static func labelled(_ label: String, _ text: String?) -> String {
        guard let text, !text.isEmpty else { return label }
        return label + " " + text
    }
}
