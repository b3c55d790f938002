/// The kinds of token the lexer produces. Words that are keywords only at the
/// start of a clause (`budget`, `owner`, …) are plain identifiers; only the
/// words reserved everywhere (LANGUAGE.md §10) have kinds of their own.
public enum TokenKind: UInt8, Sendable, Hashable {
    case identifier
    // Reserved words
    case kwTrue, kwFalse, kwAnd, kwOr, kwNot, kwIf, kwThen, kwElse, kwPlan
    case weekday            // mon … sun
    // Literals
    case int                // 42, 10_000
    case decimal            // 3.5
    case percent            // 80%, 2.5%
    case quantity           // 30min, 4h, 3d, 2w, 3bd, 4bh, 1.5bd
    case ordinal            // 1st, 2nd, 3rd, 4th, 5th
    case text               // "…", with {interpolation}
    case date               // 2026-12-01
    case time               // 09:00
    case dateTime           // 2026-12-01 09:00, 2026-12-01T09:00
    // Punctuation
    case lParen, rParen, lBracket, rBracket, lBrace, rBrace
    case comma, semicolon, colon, dot, dotDot, arrow, assign
    case plus, minus, star, slash
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    // Layout
    case newline
    case eof
    /// Bytes the lexer could not make sense of (already reported).
    case invalid

    /// Tokens after which a newline does not end the statement (§10).
    var continuesLine: Bool {
        switch self {
        case .plus, .minus, .star, .slash, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
             .kwAnd, .kwOr, .kwNot, .kwIf, .kwThen, .kwElse,
             .comma, .assign, .arrow, .dotDot, .colon, .dot:
            return true
        default:
            return false
        }
    }

    /// A short description for "I was expecting …" messages.
    public var displayName: String {
        switch self {
        case .identifier: return "a name"
        case .kwTrue: return "`true`"
        case .kwFalse: return "`false`"
        case .kwAnd: return "`and`"
        case .kwOr: return "`or`"
        case .kwNot: return "`not`"
        case .kwIf: return "`if`"
        case .kwThen: return "`then`"
        case .kwElse: return "`else`"
        case .kwPlan: return "`plan`"
        case .weekday: return "a weekday"
        case .int: return "a whole number"
        case .decimal: return "a number"
        case .percent: return "a percentage"
        case .quantity: return "a duration"
        case .ordinal: return "an ordinal like `1st`"
        case .text: return "a text in quotes"
        case .date: return "a date"
        case .time: return "a time of day"
        case .dateTime: return "a date and time"
        case .lParen: return "`(`"
        case .rParen: return "`)`"
        case .lBracket: return "`[`"
        case .rBracket: return "`]`"
        case .lBrace: return "`{`"
        case .rBrace: return "`}`"
        case .comma: return "`,`"
        case .semicolon: return "`;`"
        case .colon: return "`:`"
        case .dot: return "`.`"
        case .dotDot: return "`..`"
        case .arrow: return "`=>`"
        case .assign: return "`=`"
        case .plus: return "`+`"
        case .minus: return "`-`"
        case .star: return "`*`"
        case .slash: return "`/`"
        case .equal: return "`==`"
        case .notEqual: return "`!=`"
        case .less: return "`<`"
        case .lessEqual: return "`<=`"
        case .greater: return "`>`"
        case .greaterEqual: return "`>=`"
        case .newline: return "the end of the line"
        case .eof: return "the end of the file"
        case .invalid: return "something unreadable"
        }
    }
}

/// One token: its kind and byte range. Text is read from the source on demand.
/// The range holds 32-bit offsets (``SourceRange``), so a token takes 12
/// bytes: a large plan's token array stays in fewer pages and cache lines.
public struct Token: Sendable, Hashable {
    public var range: SourceRange
    public var kind: TokenKind
    /// Whether whitespace, a comment or a line break comes right before it.
    public var spaceBefore: Bool

    public init(kind: TokenKind, start: Int, end: Int, spaceBefore: Bool) {
        self.range = SourceRange(start, end)
        self.kind = kind
        self.spaceBefore = spaceBefore
    }

    public var start: Int { range.start }
    public var end: Int { range.end }
}

/// The lexer's result: tokens (layout newlines included), comments for the
/// formatter, and lexical diagnostics.
public struct TokenStream: Sendable {
    public var tokens: [Token]
    public var comments: [SourceRange]
    /// At most ``Parser/maxErrors`` of them, the last a P0704 when there were more.
    public var diagnostics: [Diagnostic]
    /// Errors found, including those past the limit that were not reported.
    public var errorCount: Int
}
