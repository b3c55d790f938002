import PlanwerkSyntax

/// What an input is, decided from its first tokens: a declaration (it starts
/// with a declaration word such as `let`, `team` or `campaign`, not used as
/// a value), an expression, or nothing at all (blank, or only a comment).
enum InputKind: Sendable, Equatable {
    case blank, declaration, expression

    static func of(_ input: String) -> InputKind {
        let file = SourceFile(path: SessionText.path, text: input)
        let tokens = Lexer.tokenize(file).tokens.filter { $0.kind != .newline && $0.kind != .semicolon }
        guard let first = tokens.first, first.kind != .eof else { return .blank }
        guard first.kind == .identifier, Parser.declarationWords.contains(file.text(first.range)) else { return .expression }
        switch tokens[1].kind {
        case .dot, .lBracket, .lParen, .rParen, .rBracket, .comma, .dotDot, .arrow,
             .plus, .minus, .star, .slash, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .kwAnd, .kwOr:
            return .expression
        default:
            return .declaration
        }
    }
}
