/// Text literals: escapes (`\"` `\\` `\n` `\t`), `{{` for a brace, and
/// `{expr}` interpolations, each parsed as an expression with exact ranges.
extension Parser {
    /// A TEXT token's parts: literal runs and parsed interpolations.
    mutating func parseText(_ t: Token) -> Expr {
        var parts: [TextPart] = []
        var literal: [UInt8] = []
        var i = t.start + 1
        let closed = t.end - t.start >= 2 && b[t.end - 1] == UInt8(ascii: "\"")
        let end = closed ? t.end - 1 : t.end
        // Most texts have no escape and no `{`: their bytes are the text.
        if !b[i..<end].contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "{") }) {
            return Expr(.text(i < end ? [.literal(String(decoding: b[i..<end], as: UTF8.self))] : []), t.range)
        }
        func flush() {
            if !literal.isEmpty {
                parts.append(.literal(String(decoding: literal, as: UTF8.self)))
                literal.removeAll()
            }
        }
        while i < end {
            let c = b[i]
            if c == UInt8(ascii: "\\") {
                let e: UInt8? = i + 1 < end ? b[i + 1] : nil
                let escapeLength = i + 1 < end ? 1 + UTF8Scan.scalarLength(b, at: i + 1) : 1
                switch e {
                case UInt8(ascii: "\""): literal.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): literal.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "n"): literal.append(0x0A)
                case UInt8(ascii: "t"): literal.append(0x09)
                default:
                    let escaped = Array(b[(i + 1)..<min(i + escapeLength, end)])
                    report(.invalidEscape, "`\\\(String(decoding: escaped, as: UTF8.self))` is not an escape I know",
                           at: SourceRange(i, min(i + escapeLength, end)),
                           help: ["texts know `\\\"`, `\\\\`, `\\n` and `\\t`; write `{{` for a literal `{`"])
                    literal += escaped
                }
                i += escapeLength
            } else if c == UInt8(ascii: "{") && closed {
                if i + 1 < end && b[i + 1] == UInt8(ascii: "{") {
                    literal.append(c)
                    i += 2
                    continue
                }
                let close = matchingBrace(from: i + 1, limit: end)
                flush()
                parts.append(.interpolation(parseInterpolation(i + 1, close ?? end, open: i)))
                i = (close ?? end) + 1
            } else {
                literal.append(c)
                i += 1
            }
        }
        flush()
        return Expr(.text(parts), t.range)
    }

    /// The `}` that closes an interpolation opened just before `from`, skipping nested texts.
    func matchingBrace(from: Int, limit: Int) -> Int? {
        var depth = 1
        var i = from
        while i < limit {
            let c = b[i]
            if c == UInt8(ascii: "{") { depth += 1 }
            else if c == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return i }
            } else if c == UInt8(ascii: "\"") {
                i += 1
                while i < limit && b[i] != UInt8(ascii: "\"") {
                    if b[i] == UInt8(ascii: "\\") { i += 1 }
                    i += 1
                }
            }
            i += 1
        }
        return nil
    }

    mutating func parseInterpolation(_ start: Int, _ end: Int, open: Int) -> Expr {
        if depth + 1 > Parser.maxNesting {
            report(.nestingTooDeep, "texts are nested more than \(Parser.maxNesting) levels deep", at: SourceRange(open, end))
            return Expr(.error, SourceRange(start, end))
        }
        let stream = Lexer.tokenize(file, range: start..<end)
        for d in stream.diagnostics where d.code != .tooManyErrors { add(d) }
        if stream.tokens.count == 1 {
            report(.expectedExpression, "this `{` starts an interpolation with nothing in it", at: SourceRange(open, min(end + 1, b.count)),
                   help: ["write `{{` for a literal brace, or put a value between the braces: `{product}`"])
            return Expr(.error, SourceRange(start, end))
        }
        var sub = Parser(file: file, tokens: stream.tokens, depth: depth + 1)
        sub.errorCount = errorCount
        let e = sub.parseExpression()
        if !sub.at(.eof) {
            sub.error(.expectedToken, "I was expecting `}` to end the interpolation", label: "found \(sub.describe(sub.current))",
                      help: ["write `{{` for a literal brace"])
        }
        diagnostics += sub.diagnostics
        errorCount = sub.errorCount
        return e
    }
}
