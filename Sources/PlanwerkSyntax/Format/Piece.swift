/// How an output line takes part in layout: whether a blank line from the
/// source may stand before it, and how deep comments placed before it go.
enum LineRole: Sendable, Hashable {
    /// A declaration, clause or flow item: keeps one blank line from the source.
    case statement
    /// `}` or `} else {`: comments before it belong to the block, one level deeper.
    case blockEnd
    /// A line of elements of a list, call or parameter list written over several lines.
    case element
    /// The `]` or `)` closing such a sequence: comments before it go one level deeper.
    case sequenceEnd
    /// The end of the file: not printed; comments after the last statement go before it.
    case fileEnd
}

/// One line of formatted output before comments are merged in.
struct OutputLine: Sendable, Hashable {
    /// Indentation in levels (two spaces each).
    var indent: Int
    var text: String
    /// The first source byte this line stands for. Lines are in source order,
    /// so a comment goes with the line whose anchors surround its position.
    var anchor: Int
    var role: LineRole
}

/// Formatted text that may span several lines.
///
/// The first line continues whatever stands before the piece; each later line
/// carries its indentation relative to the first line, its source anchor and
/// its role. Most pieces are one line; blocks and bracketed sequences written
/// over several lines make more.
struct Piece: Sendable, Hashable {
    private(set) var lines: [OutputLine]

    init(_ text: String = "") {
        lines = [OutputLine(indent: 0, text: text, anchor: 0, role: .statement)]
    }

    var isSingleLine: Bool { lines.count == 1 }

    /// The text of a one-line piece (the first line of any other).
    var firstLine: String { lines[0].text }

    /// The indentation of the last line, relative to the first.
    var lastIndent: Int { lines[lines.count - 1].indent }

    mutating func append(_ text: String) {
        lines[lines.count - 1].text += text
    }

    /// Continues the last line with `other`'s first line; `other`'s later lines
    /// keep their indentation relative to the line they continue.
    mutating func append(_ other: Piece) {
        let base = lastIndent
        lines[lines.count - 1].text += other.lines[0].text
        for line in other.lines.dropFirst() {
            var l = line
            l.indent += base
            lines.append(l)
        }
    }

    /// Starts a new line `indent` levels deeper than the first line.
    mutating func newLine(indent: Int, anchor: Int, role: LineRole, _ text: String = "") {
        lines.append(OutputLine(indent: indent, text: text, anchor: anchor, role: role))
    }

    static func + (a: Piece, b: Piece) -> Piece {
        var p = a
        p.append(b)
        return p
    }

    static func + (a: Piece, b: String) -> Piece {
        var p = a
        p.append(b)
        return p
    }

    static func + (a: String, b: Piece) -> Piece {
        var p = Piece(a)
        p.append(b)
        return p
    }

    /// The pieces one after another with `separator` between them.
    static func joined(_ pieces: [Piece], separator: String) -> Piece {
        var p = Piece()
        for (k, piece) in pieces.enumerated() {
            if k > 0 { p.append(separator) }
            p.append(piece)
        }
        return p
    }

    /// The lines at `indent` levels, the first anchored at `anchor` as a statement.
    func placed(indent: Int, anchor: Int) -> [OutputLine] {
        var out = lines
        out[0].anchor = anchor
        out[0].role = .statement
        for k in out.indices { out[k].indent += indent }
        return out
    }
}
