/// The canonical layout of a plan, as `planwerk fmt` writes it.
///
/// Formatting is a pure function of a parsed ``PlanFile``: the syntax tree
/// decides the layout, the file's bytes only say where comments and blank
/// lines stood and which blocks and lists were written on one line. The
/// result parses to the same tree (up to source ranges), formatting it again
/// changes nothing, and every comment is kept.
///
/// The layout, in short (docs/fmt.md has the whole of it):
/// - two spaces per level, one declaration, clause or flow item per line,
///   at most one blank line where the source had one or more, none after `{`
///   or before `}`, `\n` line ends, one newline at the end, no trailing spaces;
/// - a block written on one line stays `{ a; b }` when it holds no comment and
///   the line fits in ``maxWidth`` columns; an empty block is `{}`;
/// - a list, call or parameter list written over several lines keeps the
///   source's line breaks between elements, one level deeper, with its closing
///   bracket on a line of its own;
/// - single spaces around operators and after commas, literals as written,
///   parentheses exactly where the source had them;
/// - comments stay where they were: own-line comments on their own line at
///   the indentation of what follows; trailing comments of consecutive lines
///   aligned one space past the longest code among them.
///
/// Format only plans without syntax errors: where the parser had to skip
/// text, that text is not in the tree and would be lost.
public struct PlanFormatter: Sendable {
    /// The widest line (in Unicode scalars, indentation included) that a block
    /// written on one line may make and stay on one line.
    public static let maxWidth = 100

    let plan: PlanFile
    let source: SourceText
    let comments: [PlacedComment]

    init(_ plan: PlanFile) {
        self.plan = plan
        self.source = SourceText(plan.source)
        self.comments = source.comments(plan.comments)
    }

    /// The plan in canonical layout: UTF-8 text with `\n` line ends, ending
    /// in exactly one newline (empty for a plan with neither code nor comments).
    public static func format(_ plan: PlanFile) -> String {
        PlanFormatter(plan).render()
    }

    func render() -> String {
        var lines: [OutputLine] = []
        for declaration in plan.declarations {
            lines += self.declaration(declaration, indent: 0).placed(indent: 0, anchor: declaration.range.start)
        }
        lines.append(OutputLine(indent: 0, text: "", anchor: source.bytes.count, role: .fileEnd))
        return assemble(lines)
    }

    // MARK: - Merging lines, comments and blank lines

    /// Puts each comment before or after the line that holds its position,
    /// keeps single blank lines, and joins the lines into the file's text.
    func assemble(_ lines: [OutputLine]) -> String {
        assert(zip(lines, lines.dropFirst()).allSatisfy { $0.anchor < $1.anchor }, "output lines out of source order")
        var before = [[PlacedComment]](repeating: [], count: lines.count)
        var after = [[PlacedComment]](repeating: [], count: lines.count)
        for comment in comments {
            if comment.ownLine {
                before[lineIndex(holding: comment.nextCode, in: lines)].append(comment)
            } else {
                after[lineIndex(holding: comment.previousByte, in: lines)].append(comment)
            }
        }
        var out = TextLines()
        for (k, line) in lines.enumerated() {
            // One trailing comment per line, and only if no comment moved above
            // the line came after it: the others move above, in source order.
            var ahead = before[k] + after[k].dropLast()
            if let last = after[k].last, ahead.contains(where: { $0.range.start > last.range.start }) {
                ahead.append(last)
                after[k] = []
            } else {
                after[k] = after[k].suffix(1)
            }
            ahead.sort { $0.range.start < $1.range.start }
            let deeper = line.role == .blockEnd || line.role == .sequenceEnd
            let blankAllowed = line.role != .element && line.role != .sequenceEnd
            for comment in ahead {
                out.add(comment.text, indent: line.indent + (deeper ? 1 : 0),
                        blankBefore: blankAllowed && source.blankLineBefore(comment.range.start), opens: false)
            }
            if line.role == .fileEnd { break }
            let opens = line.text.hasSuffix("{") || line.text.hasSuffix("[") || line.text.hasSuffix("(")
            out.add(line.text, indent: line.indent,
                    blankBefore: line.role == .statement && source.blankLineBefore(line.anchor), opens: opens,
                    trailingComment: after[k].first?.text)
        }
        return out.text
    }

    /// The last line whose anchor is at or before `offset` (the first line if none is).
    func lineIndex(holding offset: Int, in lines: [OutputLine]) -> Int {
        var lo = 0, hi = lines.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].anchor <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    // MARK: - Shared helpers

    /// Whether a line of `text` at `indent` levels fits in ``maxWidth``.
    func fits(_ text: String, indent: Int) -> Bool {
        indent * 2 + text.unicodeScalars.count <= Self.maxWidth
    }

    /// Whether any comment starts strictly inside `range`.
    func hasComment(inside range: SourceRange) -> Bool {
        var lo = 0, hi = comments.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if comments[mid].range.start <= range.start { lo = mid + 1 } else { hi = mid }
        }
        return lo < comments.count && comments[lo].range.start < range.end
    }
}

/// The output text being built, line by line, with the blank-line rule:
/// never at the start, never two in a row, never right after an opening
/// bracket; no line ends in whitespace. Trailing comments of consecutive
/// lines are aligned one space past the longest code among those lines, as
/// gofmt does; a line without a trailing comment ends the run.
struct TextLines: Sendable {
    private var lines: [(code: String, comment: String?)] = []
    private var lastOpens = false

    mutating func add(_ text: String, indent: Int, blankBefore: Bool, opens: Bool, trailingComment: String? = nil) {
        if blankBefore && !lastOpens, let last = lines.last, !last.code.isEmpty {
            lines.append(("", nil))
        }
        lines.append((SourceText.trimmed(String(repeating: "  ", count: indent) + text), trailingComment))
        lastOpens = opens
    }

    /// The lines joined with `\n`, ending in one newline (empty when there are none).
    var text: String {
        guard !lines.isEmpty else { return "" }
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var k = 0
        while k < lines.count {
            guard lines[k].comment != nil, !lines[k].code.isEmpty else {
                out.append(lines[k].comment.map { lines[k].code + $0 } ?? lines[k].code)
                k += 1
                continue
            }
            var end = k
            while end < lines.count, lines[end].comment != nil, !lines[end].code.isEmpty { end += 1 }
            let column = lines[k..<end].map { $0.code.unicodeScalars.count }.max()! + 1
            for line in lines[k..<end] {
                let pad = column - line.code.unicodeScalars.count
                out.append(line.code + String(repeating: " ", count: pad) + line.comment!)
            }
            k = end
        }
        return out.joined(separator: "\n") + "\n"
    }
}
