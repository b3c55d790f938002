/// Renders diagnostics for people at a terminal: the one-line
/// `file:line:col: error[P0101]: message` header that editors parse, then the
/// source line with the span underlined, secondary labels, notes and help.
/// Colours only when asked (the CLI asks when stderr is a TTY).
public struct TerminalRenderer: Sendable {
    public var color: Bool
    /// Files by path, to show source lines from.
    public var sources: [String: SourceFile]

    /// Longest source line shown in full; longer ones are shown as a window around the span.
    static let maxLineWidth = 120

    public init(sources: [String: SourceFile], color: Bool = false) {
        self.sources = sources
        self.color = color
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    public func render(_ d: Diagnostic) -> String {
        var out = ""
        let file = sources[d.span.file]
        let loc = file?.location(of: d.span.range.start)
        let position = loc.map { "\(d.span.file):\($0.line):\($0.column)" } ?? d.span.file
        let sev = paint(d.severity.rawValue, d.severity == .error ? "1;31" : d.severity == .warning ? "1;33" : "1;36")
        out += "\(paint(position, "1")): \(sev)\(paint("[\(d.code)]", "1")): \(d.message)\n"
        var snippets: [(DiagnosticLabel, Bool)] = [(d.primary, true)]
        snippets += d.secondary.map { ($0, false) }
        let gutter = snippets.compactMap { entry -> Int? in
            sources[entry.0.span.file]?.location(of: entry.0.span.range.start).line
        }.max().map { String($0).count } ?? 1
        let pad = String(repeating: " ", count: gutter)
        for (label, isPrimary) in snippets {
            guard let src = sources[label.span.file] else { continue }
            let start = src.location(of: label.span.range.start)
            if !isPrimary {
                out += "\(pad)\(paint("-->", "1;34")) \(label.span.file):\(start.line):\(start.column)\n"
            }
            out += "\(pad) \(paint("|", "1;34"))\n"
            var (line, columns) = displayLine(src, line: start.line)
            // Underline up to the end of the span or of the line.
            let lineEnd = start.line < src.lineStarts.count ? src.lineStarts[start.line] - 1 : src.bytes.count
            let spanEnd = min(label.span.range.end, lineEnd)
            var width = max(1, src.scalarCount(from: label.span.range.start, to: max(label.span.range.start, spanEnd)))
            var startColumn = min(start.column - 1, columns)
            // Show a window of very long lines around the span.
            if columns > Self.maxLineWidth {
                let scalars = Array(line.unicodeScalars)
                let from = max(0, startColumn - Self.maxLineWidth / 2)
                let to = min(scalars.count, from + Self.maxLineWidth)
                var shown = String.UnicodeScalarView(scalars[from..<to])
                if to < scalars.count { shown.append("…") }
                line = (from > 0 ? "…" : "") + String(shown)
                width = max(1, min(width, to - startColumn))
                startColumn = startColumn - from + (from > 0 ? 1 : 0)
            }
            let lineNo = String(start.line)
            out += "\(String(repeating: " ", count: gutter - lineNo.count))\(paint(lineNo, "1;34")) \(paint("|", "1;34")) \(line)\n"
            let marks = String(repeating: isPrimary ? "^" : "-", count: width)
            let text = label.message.isEmpty ? "" : " " + label.message
            out += "\(pad) \(paint("|", "1;34")) \(String(repeating: " ", count: startColumn))\(paint(marks + text, isPrimary ? (d.severity == .error ? "1;31" : "1;33") : "1;34"))\n"
        }
        for note in d.notes { out += "\(pad) \(paint("=", "1;34")) \(paint("note", "1")): \(note)\n" }
        for help in d.help { out += "\(pad) \(paint("=", "1;34")) \(paint("help", "1")): \(help)\n" }
        return out
    }

    /// A source line made printable: tabs become one space (so columns stay
    /// aligned), invalid bytes and control characters become U+FFFD.
    private func displayLine(_ src: SourceFile, line: Int) -> (String, Int) {
        let start = src.lineStarts[line - 1]
        var end = line < src.lineStarts.count ? src.lineStarts[line] - 1 : src.bytes.count
        if end > start, src.bytes[end - 1] == 0x0D { end -= 1 }
        var s = String.UnicodeScalarView()
        var i = start
        var count = 0
        while i < end {
            let n = UTF8Scan.scalarLength(src.bytes, at: i)
            if n == 1 && src.bytes[i] >= 0x80 {
                s.append("\u{FFFD}")
            } else if let scalar = UTF8Scan.scalar(src.bytes, at: i, length: n) {
                if scalar == "\t" { s.append(" ") }
                else if scalar.value < 0x20 || scalar.value == 0x7F { s.append("\u{FFFD}") }
                else { s.append(scalar) }
            }
            i += n
            count += 1
        }
        return (String(s), count)
    }

    private func paint(_ text: String, _ sgr: String) -> String {
        color ? "\u{1B}[\(sgr)m\(text)\u{1B}[0m" : text
    }
}
