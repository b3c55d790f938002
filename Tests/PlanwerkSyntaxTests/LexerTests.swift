import Testing
@testable import PlanwerkSyntax

/// The lexer: every literal kind, reserved words, the layout rule, bad bytes.
@Suite struct LexerTests {
    func lex(_ text: String) -> (kinds: [TokenKind], texts: [String], diagnostics: [Diagnostic]) {
        let file = SourceFile(path: "t.plan", text: text)
        let stream = Lexer.tokenize(file)
        let toks = stream.tokens.dropLast()
        return (toks.map(\.kind), toks.map { file.text($0.range) }, stream.diagnostics)
    }

    @Test(arguments: [
        ("42", TokenKind.int), ("10_000", .int), ("3.5", .decimal), ("80%", .percent), ("2.5%", .percent),
        ("30min", .quantity), ("4h", .quantity), ("3d", .quantity), ("2w", .quantity), ("3bd", .quantity),
        ("4bh", .quantity), ("1.5bd", .quantity), ("1st", .ordinal), ("2nd", .ordinal), ("3rd", .ordinal), ("5th", .ordinal),
        ("2026-12-01", .date), ("09:00", .time), ("17:30", .time), ("24:00", .time),
        ("2026-12-01 09:00", .dateTime), ("2026-12-01T09:00", .dateTime),
        ("\"Go-Live {product}\"", .text), ("\"a {{ b\"", .text), ("\"say \\\"hi\\\"\"", .text),
        ("mon", .weekday), ("sun", .weekday), ("true", .kwTrue), ("false", .kwFalse), ("plan", .kwPlan),
        ("budget", .identifier), ("prüfung", .identifier), ("_x1", .identifier), ("Straße", .identifier),
    ])
    func singleLiteral(source: String, kind: TokenKind) {
        let r = lex(source)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.kinds == [kind], "\(source) lexed as \(r.kinds)")
        #expect(r.texts == [source])
    }

    @Test func punctuationAndOperators() {
        let r = lex("( ) [ ] { } , ; : . .. => = == != < <= > >= + - * /")
        #expect(r.kinds == [.lParen, .rParen, .lBracket, .rBracket, .lBrace, .rBrace, .comma, .semicolon, .colon, .dot,
                            .dotDot, .arrow, .assign, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
                            .plus, .minus, .star, .slash])
    }

    @Test func rangesOfEveryKind() {
        #expect(lex("mon..fri").kinds == [.weekday, .dotDot, .weekday])
        #expect(lex("09:00..17:00").kinds == [.time, .dotDot, .time])
        #expect(lex("2026-12-24..2026-12-26").kinds == [.date, .dotDot, .date])
        #expect(lex("1..5").kinds == [.int, .dotDot, .int])
    }

    @Test func moneyIsANumberThenACode() {
        #expect(lex("5000 EUR").kinds == [.int, .identifier])
        #expect(lex("12.50 EUR").kinds == [.decimal, .identifier])
    }

    @Test func dateFollowedByTextStaysADate() {
        #expect(lex("2026-12-18 \"Go\"").kinds == [.date, .text])
        #expect(lex("2026-12-18  09:00").kinds == [.date, .time], "two spaces: not one date-time token")
    }

    @Test func commentsAreRecordedNotTokens() {
        let file = SourceFile(path: "t.plan", text: "team a # the team\n# own line\nteam b")
        let s = Lexer.tokenize(file)
        #expect(s.comments.map { file.text($0) } == ["# the team", "# own line"])
        #expect(s.tokens.map(\.kind) == [.identifier, .identifier, .newline, .identifier, .identifier, .eof])
    }

    @Test func newlineEndsStatementsOnlyWhereTheLayoutRuleSays() {
        // Inside parentheses and brackets: no newline tokens.
        #expect(lex("f(a,\n b)").kinds == [.identifier, .lParen, .identifier, .comma, .identifier, .rParen])
        #expect(lex("[1\n, 2]").kinds == [.lBracket, .int, .comma, .int, .rBracket])
        // After an operator, comma, `=`, `..`, `:`, `.`, `not`, `if`, `then`, `else`.
        #expect(lex("a +\nb").kinds == [.identifier, .plus, .identifier])
        #expect(lex("a and\nb").kinds == [.identifier, .kwAnd, .identifier])
        #expect(lex("let x =\n1").kinds == [.identifier, .identifier, .assign, .int])
        #expect(lex("mon..\nfri").kinds == [.weekday, .dotDot, .weekday])
        #expect(lex("x.\ny").kinds == [.identifier, .dot, .identifier])
        // Before `{`, `then`, `else`.
        #expect(lex("team a\n{").kinds == [.identifier, .identifier, .lBrace])
        #expect(lex("if a\nthen b\nelse c").kinds == [.kwIf, .identifier, .kwThen, .identifier, .kwElse, .identifier])
        // Otherwise a newline is a statement end; blank lines collapse.
        #expect(lex("a\n\n\nb").kinds == [.identifier, .newline, .identifier])
        // Inside braces newlines count again, even within parentheses outside.
        #expect(lex("f(x) {\na\nb\n}").kinds == [.identifier, .lParen, .identifier, .rParen, .lBrace, .identifier, .newline, .identifier, .newline, .rBrace])
    }

    @Test func byteOrderMarkAndCRLF() {
        let r = lex("\u{FEFF}team a\r\nteam b\r\n")
        #expect(r.diagnostics.isEmpty)
        #expect(r.kinds == [.identifier, .identifier, .newline, .identifier, .identifier], "a final newline before the end of the file is dropped")
    }

    @Test func invalidUTF8IsReportedOnceAndSkipped() {
        let bytes: [UInt8] = Array("team a \"Pr".utf8) + [0xFC] + Array("fung\"\nteam ".utf8) + [0xC3, 0x28] + Array("b".utf8)
        let file = SourceFile(path: "t.plan", bytes: bytes)
        let s = Lexer.tokenize(file)
        #expect(s.diagnostics.map(\.code) == [.invalidUTF8, .invalidUTF8])
        #expect(s.diagnostics[0].span.range == SourceRange(10, 11))
        #expect(file.location(of: 10) == SourcePosition(line: 1, column: 11))
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF]] {
            let s = Lexer.tokenize(SourceFile(path: "t", bytes: [0x23] + bad))
            #expect(s.diagnostics.first?.code == .invalidUTF8, "\(bad)")
        }
    }

    @Test func strayCharactersAreDiagnosed() {
        let r = lex("a & b")
        #expect(r.diagnostics.map(\.code) == [.unexpectedCharacter])
        #expect(lex("!x").diagnostics.first?.help.first?.contains("not") == true)
    }

    @Test func unknownUnitSuggestsTheRightOne() {
        let r = lex("effort 2days")
        #expect(r.diagnostics.map(\.code) == [.unknownUnit])
        #expect(r.diagnostics[0].help.first == "write `2d`")
    }

    @Test func unterminatedTextEndsAtTheLine() {
        let r = lex("let t = \"open\nteam a")
        #expect(r.diagnostics.map(\.code) == [.unterminatedText])
        #expect(r.kinds.suffix(3) == [.newline, .identifier, .identifier])
    }

    @Test func textsMayNestInsideInterpolations() {
        let r = lex("\"a {if x then \"b\" else \"c\"} d\" e")
        #expect(r.diagnostics.isEmpty)
        #expect(r.kinds == [.text, .identifier])
    }

    @Test func columnsCountUnicodeScalars() {
        let file = SourceFile(path: "t", text: "täm ü x")
        #expect(file.location(of: 7) == SourcePosition(line: 1, column: 6))  // the space before `x`: ä and ü take 2 bytes each
        #expect(file.location(of: 8) == SourcePosition(line: 1, column: 7))
    }
}
