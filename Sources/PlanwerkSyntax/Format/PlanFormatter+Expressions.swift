/// Expressions (LANGUAGE.md §3): single spaces around operators, none around
/// `..` and `.`, parentheses exactly where the source had them, and lists and
/// calls written over several lines kept so.
extension PlanFormatter {
    func expr(_ e: Expr) -> Piece {
        switch e.kind {
        case .name(let n): return Piece(n)
        case .plan: return Piece("plan")
        case .bool(let b): return Piece(b ? "true" : "false")
        case .int(let s), .decimal(let s): return Piece(s)
        case .percent(let s): return Piece(s + "%")
        case .money(let amount, let currency): return Piece(amount + " " + currency)
        case .text(let parts): return text(parts)
        case .date(let d): return Piece(d.description)
        case .time(let t): return Piece(t.description)
        case .dateTime(let d, let t): return Piece("\(d) \(t)")
        case .quantity(let parts): return Piece(parts.map { $0.amount + $0.unit.rawValue }.joined(separator: " "))
        case .weekday(let w): return Piece(w.rawValue)
        case .list(let items):
            return sequence("[", "]", items.map { ($0.range.start, expr($0)) }, openAt: e.range.start, closeAt: e.range.end - 1)
        case .range(let a, let b): return expr(a) + ".." + expr(b)
        case .unary(.negate, let x):
            let operand = expr(x)
            return (operand.firstLine.hasPrefix("-") ? "- " : "-") + operand
        case .unary(.not, let x): return "not " + expr(x)
        case .binary: return binaryChain(e)
        case .conditional(let c, let a, let b):
            return "if " + expr(c) + " then " + expr(a) + " else " + expr(b)
        case .member, .call, .index: return postfixChain(e)
        case .lambda(let names, let body):
            return Piece(names.map(\.text).joined(separator: ", ") + " => ") + expr(body)
        case .paren(let x): return "(" + expr(x) + ")"
        case .error: return Piece(source.file.text(e.range))
        }
    }

    /// `a + b - c …`: the parser nests such chains to the left without limit,
    /// so they are walked in a loop rather than by recursion.
    func binaryChain(_ e: Expr) -> Piece {
        var operations: [(BinaryOperator, Expr)] = []
        var leftmost = e
        while case .binary(let op, let lhs, let rhs) = leftmost.kind {
            operations.append((op, rhs))
            leftmost = lhs
        }
        var p = expr(leftmost)
        for (op, rhs) in operations.reversed() {
            p.append(" \(op.rawValue) ")
            p.append(expr(rhs))
        }
        return p
    }

    /// `a.b(c)[d] …`, walked in a loop like ``binaryChain(_:)``.
    func postfixChain(_ e: Expr) -> Piece {
        var suffixes: [Expr] = []
        var base = e
        while true {
            switch base.kind {
            case .member(let x, _), .call(let x, _), .index(let x, _):
                suffixes.append(base)
                base = x
                continue
            default:
                break
            }
            break
        }
        var p = expr(base)
        for suffix in suffixes.reversed() {
            switch suffix.kind {
            case .member(_, let name):
                p.append("." + name.text)
            case .call(let callee, let arguments):
                let elements = arguments.map { a -> (Int, Piece) in
                    guard let label = a.label else { return (a.value.range.start, expr(a.value)) }
                    return (label.range.start, Piece(label.text + ": ") + expr(a.value))
                }
                p.append(sequence("(", ")", elements, openAt: callee.range.end, closeAt: suffix.range.end - 1))
            case .index(_, let index):
                p.append("[")
                p.append(expr(index))
                p.append("]")
            default:
                break
            }
        }
        return p
    }

    /// `open a, b close` on one line; or, when the brackets stood on different
    /// lines, the elements one level deeper, keeping the source's line breaks
    /// between them, and `close` on a line of its own.
    func sequence(_ open: String, _ close: String, _ elements: [(start: Int, piece: Piece)], openAt: Int, closeAt: Int) -> Piece {
        let lines = elements.isEmpty || source.line(of: openAt) == source.line(of: closeAt) ? nil : elements
        guard let lines else {
            return open + Piece.joined(elements.map(\.piece), separator: ", ") + close
        }
        var p = Piece(open)
        var previousLine = -1
        for (k, element) in lines.enumerated() {
            let line = source.line(of: element.start)
            if k > 0 { p.append(line == previousLine ? ", " : ",") }
            if k == 0 || line != previousLine {
                p.newLine(indent: 1, anchor: element.start, role: .element)
            }
            p.append(element.piece)
            previousLine = line
        }
        p.newLine(indent: 0, anchor: closeAt, role: .sequenceEnd, close)
        return p
    }

    /// `a b` for two expressions side by side (`at DATE TIME`, `window DAYS
    /// HOURS`): one space, or two where one would join a date and a time into
    /// one date-time literal.
    func spaced(_ a: Piece, _ b: Piece) -> Piece {
        let gap = Self.endsWithDate(a.lines[a.lines.count - 1].text) && Self.startsWithTime(b.firstLine) ? "  " : " "
        return a + gap + b
    }

    static func endsWithDate(_ s: String) -> Bool {
        let u = Array(s.utf8.suffix(11))
        guard u.count >= 10 else { return false }
        let d = Array(u.suffix(10))
        let digit = { (c: UInt8) in c >= 0x30 && c <= 0x39 }
        let shape = d.enumerated().allSatisfy { k, c in k == 4 || k == 7 ? c == UInt8(ascii: "-") : digit(c) }
        return shape && (u.count == 10 || !digit(u[0]))
    }

    static func startsWithTime(_ s: String) -> Bool {
        let u = Array(s.utf8.prefix(6))
        let digit = { (k: Int) in k < u.count && u[k] >= 0x30 && u[k] <= 0x39 }
        guard digit(0) else { return false }
        let h = digit(1) ? 2 : 1
        return h < u.count && u[h] == UInt8(ascii: ":") && digit(h + 1) && digit(h + 2)
    }

    // MARK: - Text

    /// A text literal re-escaped: `\"`, `\\`, `\n`, `\t`, `{{` for a brace,
    /// `{expr}` for an interpolation.
    func text(_ parts: [TextPart]) -> Piece {
        var p = Piece("\"")
        for part in parts {
            switch part {
            case .literal(let s):
                p.append(TextEscaping.escaped(s))
            case .interpolation(let e):
                p.append("{")
                p.append(expr(e))
                p.append("}")
            }
        }
        p.append("\"")
        return p
    }
}
