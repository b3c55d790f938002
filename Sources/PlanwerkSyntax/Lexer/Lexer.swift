/// Turns a plan's UTF-8 bytes into tokens, applying the layout rule of
/// LANGUAGE.md §10: a newline ends a statement except inside `()`/`[]`, after
/// a token that cannot end an expression, and before `{`, `then` or `else`.
///
/// Works on bytes, never traps: invalid UTF-8, stray characters and broken
/// literals become diagnostics and the lexer carries on. It reads the file's
/// bytes through a buffer pointer, valid while it runs: every read is
/// guarded by `end` (at most the file's size), so the array's own bounds
/// check would only repeat it (3.3 M fewer instructions per 5k-task plan).
public struct Lexer {
    private let file: SourceFile
    private let b: UnsafeBufferPointer<UInt8>
    private var i: Int
    private let end: Int
    private var tokens: [Token] = []
    private var comments: [SourceRange] = []
    private var diagnostics: [Diagnostic] = []
    /// Errors found, reported or not: past ``Parser/maxErrors`` the lexer says so once and stops reporting.
    private var errorCount = 0
    /// Open delimiters: `(`, `[` or `{`.
    private var delimiters: [UInt8] = []
    private var pendingNewline: Token? = nil
    /// Lexing the inside of a text's `{…}` interpolation.
    private var inInterpolation = false
    private var sawSpace = true

    /// Lexes the whole file.
    public static func tokenize(_ file: SourceFile) -> TokenStream {
        tokenize(file, range: 0..<file.bytes.count, interpolation: false)
    }

    /// Lexes part of a file (an interpolation inside a text literal); offsets stay file offsets.
    public static func tokenize(_ file: SourceFile, range: Range<Int>) -> TokenStream {
        tokenize(file, range: range, interpolation: true)
    }

    private static func tokenize(_ file: SourceFile, range: Range<Int>, interpolation: Bool) -> TokenStream {
        // Token offsets are 32-bit (``Token``): bytes past 4 GiB are never lexed. Readers refuse files over 64 MiB (P0703) long before.
        let range = range.clamped(to: 0..<min(file.bytes.count, Int(UInt32.max)))
        return file.bytes.withUnsafeBufferPointer { bytes in
            var lexer = Lexer(file: file, bytes: bytes, range: range)
            if interpolation {
                lexer.delimiters = [UInt8(ascii: "(")]   // newlines never end statements inside `{…}` of text
                lexer.inInterpolation = true
            }
            return lexer.run()
        }
    }

    private init(file: SourceFile, bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.file = file
        self.b = bytes
        self.i = range.lowerBound
        self.end = range.upperBound
        // Skip a UTF-8 byte order mark.
        if i == 0, end >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        tokens.reserveCapacity((end - i) / 4 + 2)
    }

    private mutating func run() -> TokenStream {
        while i < end { lexOne() }
        pendingNewline = nil
        tokens.append(Token(kind: .eof, start: end, end: end, spaceBefore: true))
        return TokenStream(tokens: tokens, comments: comments, diagnostics: diagnostics, errorCount: errorCount)
    }

    // MARK: - Emitting with layout

    private mutating func emit(_ kind: TokenKind, _ start: Int) {
        if let nl = pendingNewline {
            pendingNewline = nil
            if !(kind == .lBrace || kind == .kwThen || kind == .kwElse) {
                tokens.append(nl)
            }
        }
        tokens.append(Token(kind: kind, start: start, end: i, spaceBefore: sawSpace))
        sawSpace = false
        switch kind {
        case .lParen: delimiters.append(UInt8(ascii: "("))
        case .lBracket: delimiters.append(UInt8(ascii: "["))
        case .lBrace: delimiters.append(UInt8(ascii: "{"))
        case .rParen: closeDelimiter(UInt8(ascii: "("))
        case .rBracket: closeDelimiter(UInt8(ascii: "["))
        case .rBrace: closeDelimiter(UInt8(ascii: "{"))
        default: break
        }
    }

    private mutating func closeDelimiter(_ open: UInt8) {
        if let k = delimiters.lastIndex(of: open) { delimiters.removeSubrange(k...) }
    }

    private mutating func lineBreak(at offset: Int) {
        sawSpace = true
        if let top = delimiters.last, top != UInt8(ascii: "{") { return }
        guard let last = tokens.last else { return }
        if last.kind == .newline || last.kind == .semicolon || last.kind == .lBrace || last.kind.continuesLine { return }
        if pendingNewline == nil {
            pendingNewline = Token(kind: .newline, start: offset, end: offset + 1, spaceBefore: true)
        }
    }

    // MARK: - Scanning

    private func peek(_ k: Int = 0) -> UInt8 { i + k < end ? b[i + k] : 0 }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    private mutating func lexOne() {
        let c = b[i]
        let start = i
        switch c {
        case 0x20, 0x09, 0x0D, 0x0C:
            i += 1
            while i < end && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }  // a run of indentation at once
            sawSpace = true
        case 0x0A:
            lineBreak(at: i); i += 1
        case UInt8(ascii: "#") where inInterpolation:
            // Inside `{…}` of a text the line must go on to the closing quote.
            i += 1
            report(.unexpectedCharacter, "`#` cannot start a comment inside `{…}` of a text", start,
                   help: ["end the text first, then write the comment after it"])
            emit(.invalid, start)
        case UInt8(ascii: "#"):
            while i < end && b[i] != 0x0A {
                if b[i] >= 0x80 && !UTF8Scan.isValidScalar(b, at: i) { reportInvalidUTF8() } else { i += UTF8Scan.scalarLength(b, at: i) }
            }
            comments.append(SourceRange(start, i)); sawSpace = true
        case UInt8(ascii: "\""): lexText()
        case UInt8(ascii: "0")...UInt8(ascii: "9"): lexNumber()
        case UInt8(ascii: "("): i += 1; emit(.lParen, start)
        case UInt8(ascii: ")"): i += 1; emit(.rParen, start)
        case UInt8(ascii: "["): i += 1; emit(.lBracket, start)
        case UInt8(ascii: "]"): i += 1; emit(.rBracket, start)
        case UInt8(ascii: "{"): i += 1; emit(.lBrace, start)
        case UInt8(ascii: "}"): i += 1; emit(.rBrace, start)
        case UInt8(ascii: ","): i += 1; emit(.comma, start)
        case UInt8(ascii: ";"): pendingNewline = nil; i += 1; emit(.semicolon, start)
        case UInt8(ascii: ":"): i += 1; emit(.colon, start)
        case UInt8(ascii: "."):
            if peek(1) == UInt8(ascii: ".") { i += 2; emit(.dotDot, start) } else { i += 1; emit(.dot, start) }
        case UInt8(ascii: "="):
            if peek(1) == UInt8(ascii: ">") { i += 2; emit(.arrow, start) }
            else if peek(1) == UInt8(ascii: "=") { i += 2; emit(.equal, start) }
            else { i += 1; emit(.assign, start) }
        case UInt8(ascii: "!"):
            if peek(1) == UInt8(ascii: "=") { i += 2; emit(.notEqual, start) }
            else {
                i += 1
                report(.unexpectedCharacter, "`!` is not an operator in plans", start, help: ["write `not` to negate, or `!=` for \"is not equal\""])
                emit(.invalid, start)
            }
        case UInt8(ascii: "<"):
            if peek(1) == UInt8(ascii: "=") { i += 2; emit(.lessEqual, start) } else { i += 1; emit(.less, start) }
        case UInt8(ascii: ">"):
            if peek(1) == UInt8(ascii: "=") { i += 2; emit(.greaterEqual, start) } else { i += 1; emit(.greater, start) }
        case UInt8(ascii: "+"): i += 1; emit(.plus, start)
        case UInt8(ascii: "-"): i += 1; emit(.minus, start)
        case UInt8(ascii: "*"): i += 1; emit(.star, start)
        case UInt8(ascii: "/"): i += 1; emit(.slash, start)
        default:
            if Self.isASCIILetter(c) || c == UInt8(ascii: "_") || (c >= 0x80 && isLetter(at: i)) {
                lexWord()
            } else if c >= 0x80 {
                if !UTF8Scan.isValidScalar(b, at: i) { reportInvalidUTF8(); return }
                let n = UTF8Scan.scalarLength(b, at: i)
                i += n
                let shown = UTF8Scan.scalar(b, at: start, length: n).map { "U+" + String($0.value, radix: 16, uppercase: true) } ?? "?"
                report(.unexpectedCharacter, "this character (\(shown)) cannot appear here", start)
                emit(.invalid, start)
            } else {
                i += 1
                let what = c < 0x20 || c == 0x7F ? "the control character 0x\(String(c, radix: 16, uppercase: true))" : "`\(Character(Unicode.Scalar(c)))`"
                report(.unexpectedCharacter, "\(what) cannot appear here", start)
                emit(.invalid, start)
            }
        }
    }

    private func isLetter(at k: Int) -> Bool {
        let n = UTF8Scan.scalarLength(b, at: k)
        guard n > 1 || b[k] < 0x80, let s = UTF8Scan.scalar(b, at: k, length: n) else { return false }
        return s.properties.isAlphabetic
    }

    private func isIdentifierContinue(at k: Int) -> Bool {
        let c = b[k]
        if Self.isASCIILetter(c) || Self.isDigit(c) || c == UInt8(ascii: "_") { return true }
        if c < 0x80 { return false }
        let n = UTF8Scan.scalarLength(b, at: k)
        guard n > 1, let s = UTF8Scan.scalar(b, at: k, length: n) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType == .decimal
    }

    private mutating func lexWord() {
        let start = i
        i += UTF8Scan.scalarLength(b, at: i)
        while i < end {
            let c = b[i]
            if c < 0x80 {  // ASCII, the common case, without decoding a scalar
                guard Self.isASCIILetter(c) || Self.isDigit(c) || c == UInt8(ascii: "_") else { break }
                i += 1
            } else {
                guard isIdentifierContinue(at: i) else { break }
                i += UTF8Scan.scalarLength(b, at: i)
            }
        }
        emit(Self.reservedKind(b, start, i), start)
    }

    static func reservedKind(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> TokenKind {
        let n = e - s
        guard n >= 2 && n <= 5 else { return .identifier }
        func eq(_ w: StaticString) -> Bool {
            guard w.utf8CodeUnitCount == n else { return false }
            let p = w.utf8Start
            for k in 0..<n where b[s + k] != p[k] { return false }
            return true
        }
        switch b[s] {
        case UInt8(ascii: "t"): return eq("true") ? .kwTrue : eq("then") ? .kwThen : eq("tue") || eq("thu") ? .weekday : .identifier
        case UInt8(ascii: "f"): return eq("false") ? .kwFalse : eq("fri") ? .weekday : .identifier
        case UInt8(ascii: "a"): return eq("and") ? .kwAnd : .identifier
        case UInt8(ascii: "o"): return eq("or") ? .kwOr : .identifier
        case UInt8(ascii: "n"): return eq("not") ? .kwNot : .identifier
        case UInt8(ascii: "i"): return eq("if") ? .kwIf : .identifier
        case UInt8(ascii: "e"): return eq("else") ? .kwElse : .identifier
        case UInt8(ascii: "p"): return eq("plan") ? .kwPlan : .identifier
        case UInt8(ascii: "m"): return eq("mon") ? .weekday : .identifier
        case UInt8(ascii: "w"): return eq("wed") ? .weekday : .identifier
        case UInt8(ascii: "s"): return eq("sat") || eq("sun") ? .weekday : .identifier
        default: return .identifier
        }
    }

    /// Numbers and everything that starts with a digit: dates, times,
    /// date-times, percentages, durations, ordinals.
    private mutating func lexNumber() {
        let start = i
        // Date: dddd-dd-dd, optionally followed by ` HH:MM` or `THH:MM`.
        if digits(at: i, count: 4), peek(4) == UInt8(ascii: "-"), digits(at: i + 5, count: 2),
           peek(7) == UInt8(ascii: "-"), digits(at: i + 8, count: 2), !Self.isDigit(peek(10)) {
            i += 10
            if (peek() == 0x20 || peek() == UInt8(ascii: "T")), let n = timeLength(at: i + 1) {
                i += 1 + n
                emit(.dateTime, start)
            } else {
                emit(.date, start)
            }
            return
        }
        if let n = timeLength(at: i) {
            i += n
            emit(.time, start)
            return
        }
        while i < end && (Self.isDigit(b[i]) || b[i] == UInt8(ascii: "_")) { i += 1 }
        var kind = TokenKind.int
        if peek() == UInt8(ascii: "."), Self.isDigit(peek(1)) {
            i += 1
            while i < end && (Self.isDigit(b[i]) || b[i] == UInt8(ascii: "_")) { i += 1 }
            kind = .decimal
        }
        if peek() == UInt8(ascii: "%") {
            i += 1
            emit(.percent, start)
            return
        }
        if i < end && (Self.isASCIILetter(b[i]) || (b[i] >= 0x80 && isLetter(at: i))) {
            let suffixStart = i
            while i < end && isIdentifierContinue(at: i) { i += UTF8Scan.scalarLength(b, at: i) }
            if TimeUnit.named(b[suffixStart..<i]) != nil {  // the usual case, without making a String
                emit(.quantity, start)
                return
            }
            let suffix = String(decoding: b[suffixStart..<i], as: UTF8.self)
            let isOrdinal = suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th"
            if TimeUnit(rawValue: suffix) != nil {
                emit(.quantity, start)
            } else if isOrdinal && kind == .int {
                emit(.ordinal, start)
            } else if isOrdinal {
                report(.malformedNumber, "an ordinal is a whole number, like `1st`", start, i)
                emit(.invalid, start)
            } else {
                let number = String(decoding: b[start..<suffixStart], as: UTF8.self)
                var help = ["units are `min`, `h`, `d`, `w` (elapsed time) and `bd`, `bh` (working days and hours)"]
                if let unit = Self.unitSuggestions[suffix.lowercased()] { help.insert("write `\(number)\(unit)`", at: 0) }
                report(.unknownUnit, "`\(suffix)` is not a unit I know", suffixStart, i, help: help)
                emit(.invalid, start)
            }
            return
        }
        emit(kind, start)
    }

    private static let unitSuggestions: [String: String] = [
        "m": "min", "mins": "min", "minute": "min", "minutes": "min",
        "hr": "h", "hrs": "h", "hour": "h", "hours": "h", "std": "h",
        "day": "d", "days": "d", "t": "d", "tage": "d",
        "wk": "w", "week": "w", "weeks": "w", "wochen": "w",
        "bday": "bd", "bdays": "bd", "wd": "bd", "workday": "bd", "workdays": "bd", "at": "bd",
        "bhr": "bh", "bhours": "bh",
    ]

    private func digits(at k: Int, count: Int) -> Bool {
        guard k + count <= end else { return false }
        for j in k..<(k + count) where !Self.isDigit(b[j]) { return false }
        return true
    }

    /// Length of `H:MM` or `HH:MM` at `k`, if a time of day stands there.
    private func timeLength(at k: Int) -> Int? {
        var h = 0
        while h < 2 && k + h < end && Self.isDigit(b[k + h]) { h += 1 }
        guard h >= 1, k + h < end, b[k + h] == UInt8(ascii: ":"), digits(at: k + h + 1, count: 2) else { return nil }
        let after = k + h + 3
        if after < end && (Self.isDigit(b[after]) || Self.isASCIILetter(b[after])) { return nil }
        return h + 3
    }

    /// A text literal, from `"` to the matching `"`, skipping over
    /// interpolations (which may hold texts of their own). Texts end at the line.
    private mutating func lexText() {
        let start = i
        i += 1
        if scanTextBody(openedAt: start) {
            emit(.text, start)
        } else {
            report(.unterminatedText, "this text has no closing quote", start, min(i, start + 1),
                   help: ["texts end on the line they start; add `\"` at the end"])
            emit(.text, start)
        }
    }

    /// Scans the rest of a text after its opening quote; true if closed.
    /// Iterative, with an explicit stack of open texts and interpolations,
    /// so that any nesting depth is safe here (the parser limits it later).
    private mutating func scanTextBody(openedAt: Int) -> Bool {
        // Most texts are plain ASCII without escapes or interpolations: scan those without the stack (an allocation each).
        while i < end {
            let c = b[i]
            if c == UInt8(ascii: "\"") { i += 1; return true }
            if c == 0x0A { return false }
            if c == UInt8(ascii: "\\") || c == UInt8(ascii: "{") || c >= 0x80 { break }
            i += 1
        }
        // Each entry: -1 inside a text, n > 0 inside an interpolation with n open braces.
        var stack: [Int] = [-1]
        while i < end {
            let c = b[i]
            if c == 0x0A { return false }
            if stack[stack.count - 1] < 0 {
                switch c {
                case UInt8(ascii: "\""):
                    i += 1
                    stack.removeLast()
                    if stack.isEmpty { return true }
                case UInt8(ascii: "\\"): i += (i + 1 < end && b[i + 1] != 0x0A) ? 1 + UTF8Scan.scalarLength(b, at: i + 1) : 1
                case UInt8(ascii: "{"):
                    if peek(1) == UInt8(ascii: "{") { i += 2 } else { i += 1; stack.append(1) }
                default:
                    if c >= 0x80 && !UTF8Scan.isValidScalar(b, at: i) { reportInvalidUTF8() } else { i += UTF8Scan.scalarLength(b, at: i) }
                }
            } else {
                i += 1
                switch c {
                case UInt8(ascii: "{"): stack[stack.count - 1] += 1
                case UInt8(ascii: "}"):
                    stack[stack.count - 1] -= 1
                    if stack[stack.count - 1] == 0 { stack.removeLast() }
                case UInt8(ascii: "\""): stack.append(-1)
                default: break
                }
            }
        }
        return false
    }

    private mutating func reportInvalidUTF8() {
        let start = i
        while i < end && b[i] >= 0x80 && !UTF8Scan.isValidScalar(b, at: i) { i += 1 }
        report(.invalidUTF8, "the file is not valid UTF-8 here", start, i,
               help: ["save the plan as UTF-8 text"])
    }

    private mutating func report(_ code: DiagnosticCode, _ message: String, _ start: Int, _ stop: Int? = nil, help: [String] = []) {
        // A file of random bytes would otherwise give an error every few bytes.
        errorCount += 1
        if errorCount > Parser.maxErrors { return }
        if errorCount == Parser.maxErrors {
            diagnostics.append(Diagnostic.tooManyErrors(in: file.path, at: start))
            return
        }
        diagnostics.append(Diagnostic(code, .error, message,
                                      at: SourceSpan(file: file.path, range: SourceRange(start, stop ?? i)),
                                      help: help))
    }
}
