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
            // Underline up to the end of the span or of the line.
            let lineStart = src.lineStarts[start.line - 1]
            let lineEnd = start.line < src.lineStarts.count ? src.lineStarts[start.line] - 1 : src.bytes.count
            let spanEnd = min(label.span.range.end, lineEnd)
            var width = max(1, src.scalarCount(from: label.span.range.start, to: max(label.span.range.start, spanEnd)))
            var startColumn = start.column - 1
            var line: String
            if lineEnd - lineStart <= Self.maxLineWidth {
                line = displayText(src, from: lineStart, to: lineEnd)
            } else {
                // A very long line: show a window around the span.
                let half = Self.maxLineWidth / 2
                var from = label.span.range.start, skipped = 0
                while from > lineStart && skipped < half { from -= 1; if src.bytes[from] & 0xC0 != 0x80 { skipped += 1 } }
                var to = label.span.range.start, taken = 0
                while to < lineEnd && taken < half { to += UTF8Scan.scalarLength(src.bytes, at: to); taken += 1 }
                line = (from > lineStart ? "…" : "") + displayText(src, from: from, to: to) + (to < lineEnd ? "…" : "")
                startColumn = skipped + (from > lineStart ? 1 : 0)
                width = max(1, min(width, taken))
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

    /// Source bytes made printable: tabs become one space (so columns stay
    /// aligned), invalid bytes and control characters become U+FFFD.
    private func displayText(_ src: SourceFile, from start: Int, to stop: Int) -> String {
        var end = stop
        if end > start, src.bytes[end - 1] == 0x0D { end -= 1 }
        var s = String.UnicodeScalarView()
        var i = start
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
        }
        return String(s)
    }

    private func paint(_ text: String, _ sgr: String) -> String {
        color ? "\u{1B}[\(sgr)m\(text)\u{1B}[0m" : text
    }
}
