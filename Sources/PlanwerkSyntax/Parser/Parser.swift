/// A hand-written recursive-descent parser for the whole Planwerk language.
///
/// It never stops at the first error: each error is reported once, the parser
/// resynchronises at the next statement or block boundary, and carries on.
/// Each grammar rule of `grammar/planwerk.ebnf` has one method here, marked
/// with a `/// grammar:` line (a test keeps the two in step).
public struct Parser {
    let file: SourceFile
    let b: [UInt8]
    var tokens: [Token]
    var pos = 0
    var diagnostics: [Diagnostic] = []
    /// Set after an error until the parser has resynchronised, so one mistake gives one message.
    var recovering = false
    /// Current nesting of expressions and blocks.
    var depth = 0

    /// Deepest nesting of expressions, blocks and interpolations before the parser gives up on a construct.
    public static let maxNesting = 100
    /// Most syntax errors reported for one file; past it the parser says so and stops reporting.
    public static let maxErrors = 100
    var errorCount = 0

    /// Parses a whole file.
    public static func parse(_ file: SourceFile) -> PlanFile {
        let stream = Lexer.tokenize(file)
        var parser = Parser(file: file, tokens: stream.tokens)
        parser.diagnostics = stream.diagnostics
        parser.errorCount = stream.errorCount
        let decls = parser.parsePlan()
        return PlanFile(source: file, declarations: decls, comments: stream.comments, diagnostics: parser.diagnostics)
    }

    /// Parses one expression filling a whole source (the REPL's expressions, tests).
    public static func parseExpression(_ file: SourceFile) -> (Expr, [Diagnostic]) {
        let stream = Lexer.tokenize(file)
        var parser = Parser(file: file, tokens: stream.tokens)
        parser.diagnostics = stream.diagnostics
        parser.errorCount = stream.errorCount
        parser.skipSeparators()
        let e = parser.parseExpression()
        parser.skipSeparators()
        if !parser.at(.eof) { parser.error(.expectedStatementEnd, "I was expecting the end of the expression here") }
        return (e, parser.diagnostics)
    }

    init(file: SourceFile, tokens: [Token], depth: Int = 0) {
        self.file = file
        self.b = file.bytes
        self.tokens = tokens
        self.depth = depth
    }

    // MARK: - Tokens

    var current: Token { tokens[pos] }
    var kind: TokenKind { tokens[pos].kind }
    func peekKind(_ k: Int = 1) -> TokenKind { tokens[min(pos + k, tokens.count - 1)].kind }
    func peekToken(_ k: Int = 1) -> Token { tokens[min(pos + k, tokens.count - 1)] }

    func at(_ k: TokenKind) -> Bool { tokens[pos].kind == k }

    /// The previous token's end, for ranges of what was just parsed.
    var lastEnd: Int { pos > 0 ? tokens[pos - 1].end : 0 }

    @discardableResult
    mutating func advance() -> Token {
        let t = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    func text(_ t: Token) -> String { String(decoding: b[t.start..<t.end], as: UTF8.self) }

    /// Whether token `t` is the identifier `word`.
    func isWord(_ t: Token, _ word: StaticString) -> Bool {
        guard t.kind == .identifier, t.end - t.start == word.utf8CodeUnitCount else { return false }
        let p = word.utf8Start
        for k in 0..<(t.end - t.start) where b[t.start + k] != p[k] { return false }
        return true
    }

    func atWord(_ word: StaticString) -> Bool { isWord(current, word) }

    mutating func eatWord(_ word: StaticString) -> Bool {
        if atWord(word) { advance(); return true }
        return false
    }

    mutating func eat(_ k: TokenKind) -> Bool {
        if at(k) { advance(); return true }
        return false
    }

    /// Consumes a token of kind `k` or reports what was expected.
    @discardableResult
    mutating func expect(_ k: TokenKind, _ context: @autoclosure () -> String) -> Bool {
        if eat(k) { return true }
        error(.expectedToken, "I was expecting \(k.displayName) \(context())", label: "found \(describe(current))")
        return false
    }

    /// Consumes the identifier `word` or reports it missing.
    @discardableResult
    mutating func expectWord(_ word: StaticString, _ context: @autoclosure () -> String) -> Bool {
        if eatWord(word) { return true }
        error(.expectedToken, "I was expecting `\(word)` \(context())", label: "found \(describe(current))")
        return false
    }

    /// A name (identifier); reports and returns a placeholder when missing.
    mutating func expectName(_ what: @autoclosure () -> String) -> Name {
        if at(.identifier) {
            let t = advance()
            return Name(text(t), t.range)
        }
        if at(.weekday) || at(.kwPlan) || at(.kwTrue) || at(.kwFalse) || at(.kwAnd) || at(.kwOr) || at(.kwNot) || at(.kwIf) || at(.kwThen) || at(.kwElse) {
            let t = current
            error(.expectedName, "`\(text(t))` is a reserved word and cannot be used as \(what())",
                  help: ["choose another name, e.g. `\(text(t))_`"])
            advance()
            return Name(text(t), t.range)
        }
        error(.expectedName, "I was expecting \(what()) here", label: "found \(describe(current))")
        return Name("", SourceRange(current.start, current.start))
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .newline: return "the end of the line"
        case .eof: return "the end of the file"
        case .text: return "a text"
        case .identifier, .int, .decimal, .percent, .quantity, .ordinal, .date, .time, .dateTime, .weekday,
             .kwTrue, .kwFalse, .kwAnd, .kwOr, .kwNot, .kwIf, .kwThen, .kwElse, .kwPlan:
            let s = text(t)
            return "`\(s.count > 30 ? String(s.prefix(30)) + "…" : s)`"
        default: return t.kind.displayName
        }
    }

    // MARK: - Separators and recovery

    var atSeparator: Bool { at(.newline) || at(.semicolon) }
    var atStatementEnd: Bool { at(.newline) || at(.semicolon) || at(.rBrace) || at(.eof) }

    /// grammar: separator ::= NEWLINE | ';'
    mutating func skipSeparators() {
        while at(.newline) || at(.semicolon) { advance() }
    }

    /// After a statement: the line must end here (or at `;` / `}`).
    mutating func endStatement(_ what: @autoclosure () -> String) {
        if atStatementEnd { recovering = false; return }
        error(.expectedStatementEnd, "I was expecting the end of \(what()) here", label: "unexpected \(describe(current))",
              help: ["put each statement on its own line, or separate them with `;`"])
        synchronize()
    }

    /// Skips to the end of the current statement: a newline or `;` outside any
    /// bracket, or the `}` that closes the enclosing block (left for the caller).
    mutating func synchronize() {
        var nesting = 0
        while !at(.eof) {
            switch kind {
            case .lParen, .lBracket, .lBrace: nesting += 1
            case .rParen, .rBracket: if nesting > 0 { nesting -= 1 }
            case .rBrace:
                if nesting == 0 { recovering = false; return }
                nesting -= 1
            case .newline, .semicolon:
                if nesting == 0 { recovering = false; return }
            default: break
            }
            advance()
        }
        recovering = false
    }

    // MARK: - Diagnostics

    mutating func error(_ code: DiagnosticCode, _ message: String, at range: SourceRange? = nil, label: String = "",
                        notes: [String] = [], help: [String] = []) {
        if recovering { return }
        recovering = true
        // The lexer has already reported an unreadable token; one message is enough.
        if range == nil && kind == .invalid { return }
        report(code, message, at: range, label: label, notes: notes, help: help)
    }

    /// Reports without entering recovery (for problems that do not derail parsing).
    mutating func report(_ code: DiagnosticCode, _ message: String, at range: SourceRange? = nil, label: String = "",
                         notes: [String] = [], help: [String] = [], severity: Severity = .error) {
        var r = range ?? current.range
        if range == nil && (kind == .newline || kind == .eof) { r = SourceRange(current.start, current.start) }
        add(Diagnostic(code, severity, message, at: SourceSpan(file: file.path, range: r), label: label, notes: notes, help: help))
    }

    /// Appends a diagnostic; past ``maxErrors`` errors, says so once (P0704) and drops the rest.
    mutating func add(_ d: Diagnostic) {
        if d.severity == .error {
            errorCount += 1
            if errorCount > Parser.maxErrors { return }
            if errorCount == Parser.maxErrors {
                diagnostics.append(Diagnostic.tooManyErrors(in: file.path, at: current.start))
                return
            }
        }
        diagnostics.append(d)
    }

    /// Enters one level of nesting; false (after reporting) when too deep.
    mutating func enterNesting() -> Bool {
        depth += 1
        if depth > Parser.maxNesting {
            error(.nestingTooDeep, "this is nested more than \(Parser.maxNesting) levels deep",
                  help: ["split the expression with `let` bindings"])
            return false
        }
        return true
    }

    mutating func leaveNesting() { depth -= 1 }

    /// The links of one chain of operators or postfixes (`a + b + c`,
    /// `x.y.z`, `f()()`): each makes the tree a level deeper, as a bracket
    /// does, and the stages after the parser walk it recursively, so each
    /// counts against the nesting limit (`1 + 1 + …` with 100,000 terms
    /// overflowed the stack of a release build).
    struct Chain {
        var startDepth: Int
        var overflowed = false
    }

    mutating func beginChain() -> Chain { Chain(startDepth: depth) }

    /// One more link of `chain`; false, after reporting once, when the chain
    /// goes past the nesting limit: the rest of it is read at the chain's own
    /// depth and dropped.
    mutating func link(_ chain: inout Chain) -> Bool {
        if chain.overflowed { return false }
        depth += 1
        guard depth > Parser.maxNesting else { return true }
        error(.nestingTooDeep, "this is nested more than \(Parser.maxNesting) levels deep",
              help: ["each operator of a chain like `a + b + c` counts as a level; split the expression with `let` bindings"])
        depth = chain.startDepth
        chain.overflowed = true
        return false
    }

    mutating func endChain(_ chain: Chain) { depth = chain.startDepth }

    /// Skips a too-deeply nested construct without recursion: everything up to
    /// the bracket that closes the one just opened.
    mutating func skipBalanced() {
        var nesting = 0
        while !at(.eof) {
            switch kind {
            case .lParen, .lBracket, .lBrace: nesting += 1
            case .rParen, .rBracket, .rBrace:
                if nesting == 0 { return }
                nesting -= 1
                if nesting == 0 { advance(); return }
            default: break
            }
            advance()
        }
    }
}
