/// Whether a piece of input is unfinished: the question a REPL asks before it
/// runs what was typed (as elm's `categorize` and Lua's `incomplete()` do).
extension Parser {
    /// Whether `file` is the beginning of something longer rather than a
    /// mistake: it leaves a `(`, `[` or `{` open, or ends with a token after
    /// which a line goes on (a binary operator, `,`, `=`, `=>`, `..`, `:`,
    /// `.`, `not`, `if`, `then`, `else`), and, with what is open closed,
    /// the parser finds no problem before the place where it ended.
    ///
    /// Brackets are counted on tokens, so brackets inside texts and comments
    /// do not count. `asExpression` parses the input as one expression
    /// instead of as declarations.
    public static func needsMoreInput(_ file: SourceFile, asExpression: Bool) -> Bool {
        let stream = Lexer.tokenize(file)
        var open: [TokenKind] = []
        var last: TokenKind? = nil
        for token in stream.tokens where token.kind != .newline && token.kind != .eof {
            switch token.kind {
            case .lParen, .lBracket, .lBrace: open.append(token.kind)
            case .rParen: close(.lParen, in: &open)
            case .rBracket: close(.lBracket, in: &open)
            case .rBrace: close(.lBrace, in: &open)
            default: break
            }
            last = token.kind
        }
        guard !open.isEmpty || (last?.continuesLine ?? false) else { return false }
        // Close what is open and parse: a beginning of something longer has
        // no problem before the place where the input ended.
        let end = stream.tokens.last?.start ?? file.bytes.count
        // On a line of their own: the input may end in a comment.
        let closers = "\n" + open.reversed().map { $0 == .lParen ? ")" : $0 == .lBracket ? "]" : "\n}" }.joined()
        let closed = SourceFile(path: file.path, bytes: file.bytes + Array(closers.utf8))
        let diagnostics = asExpression ? parseExpression(closed).1 : parse(closed).diagnostics
        return diagnostics.allSatisfy { $0.span.range.start >= end }
    }

    /// Closes the innermost open bracket of a kind, as the lexer does (a stray closer closes nothing).
    private static func close(_ kind: TokenKind, in open: inout [TokenKind]) {
        if let k = open.lastIndex(of: kind) { open.removeSubrange(k...) }
    }
}
