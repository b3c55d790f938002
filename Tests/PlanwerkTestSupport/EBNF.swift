// A reader for the W3C-style EBNF of `grammar/planwerk.ebnf`
// (https://www.w3.org/TR/xml/#sec-notation): `name ::= rhs` rules with `|`,
// `?`, `*`, `+`, parentheses, `'quoted'` or `"quoted"` terminals, character
// classes `[a-z]` / `[^"#xA]`, code points `#xA` and `/* comments */`.
//
// The tests use it twice: to read the grammar file, and to read each
// parse method's `/// grammar:` line, so that the two can be compared as
// values instead of as strings.

/// The right-hand side of a rule, as a value.
///
/// Built through ``GrammarExpr/sequence(of:)`` and ``GrammarExpr/choice(of:)``,
/// which flatten nested groups, so `(a b) c` and `a b c` are equal and
/// parentheses leave no trace.
public indirect enum GrammarExpr: Hashable, Sendable {
    /// Items one after another; the empty sequence matches nothing.
    case sequence([GrammarExpr])
    /// One of the alternatives, `a | b`.
    case choice([GrammarExpr])
    /// `a?`
    case optional(GrammarExpr)
    /// `a*`
    case zeroOrMore(GrammarExpr)
    /// `a+`
    case oneOrMore(GrammarExpr)
    /// A quoted keyword or punctuation, without its quotes.
    case terminal(String)
    /// A reference to a rule: lower-case for syntax, upper-case for tokens.
    case nonterminal(String)
    /// A character class, the text between the brackets (`a-zA-Z`, `^"\{#xA`).
    case charClass(String)
    /// A code point such as `#xA`, as its hex digits.
    case codePoint(String)

    /// The empty right-hand side (`EOF ::= /* the end of the file */`).
    public static let empty = GrammarExpr.sequence([])

    /// A sequence with nested sequences spliced in; a single item stands alone.
    public static func sequence(of items: [GrammarExpr]) -> GrammarExpr {
        var flat: [GrammarExpr] = []
        for item in items {
            if case .sequence(let inner) = item { flat += inner } else { flat.append(item) }
        }
        return flat.count == 1 ? flat[0] : .sequence(flat)
    }

    /// A choice with nested choices spliced in; a single alternative stands alone.
    public static func choice(of alternatives: [GrammarExpr]) -> GrammarExpr {
        var flat: [GrammarExpr] = []
        for alternative in alternatives {
            if case .choice(let inner) = alternative { flat += inner } else { flat.append(alternative) }
        }
        return flat.count == 1 ? flat[0] : .choice(flat)
    }

    /// Every rule name referenced, tokens included.
    public var nonterminals: Set<String> {
        var names = Set<String>()
        visit { if case .nonterminal(let n) = $0 { names.insert(n) } }
        return names
    }

    /// Every quoted terminal.
    public var terminals: Set<String> {
        var words = Set<String>()
        visit { if case .terminal(let t) = $0 { words.insert(t) } }
        return words
    }

    /// Calls `body` on this expression and every expression inside it.
    public func visit(_ body: (GrammarExpr) -> Void) {
        body(self)
        switch self {
        case .sequence(let items), .choice(let items): items.forEach { $0.visit(body) }
        case .optional(let e), .zeroOrMore(let e), .oneOrMore(let e): e.visit(body)
        case .terminal, .nonterminal, .charClass, .codePoint: break
        }
    }
}

extension GrammarExpr: CustomStringConvertible {
    /// The canonical spelling: single spaces, `' | '` between alternatives,
    /// parentheses only where needed, `'…'` quotes unless the terminal holds `'`.
    public var description: String { rendered(minimumLevel: 0) }

    /// Binding strength: choice 0, sequence 1, postfix operator 2, atom 3.
    private var level: Int {
        switch self {
        case .choice: return 0
        case .sequence(let items): return items.isEmpty ? 3 : 1
        case .optional, .zeroOrMore, .oneOrMore: return 2
        case .terminal, .nonterminal, .charClass, .codePoint: return 3
        }
    }

    private func rendered(minimumLevel: Int) -> String {
        let text: String
        switch self {
        case .choice(let alternatives): text = alternatives.map { $0.rendered(minimumLevel: 1) }.joined(separator: " | ")
        case .sequence(let items): text = items.isEmpty ? "" : items.map { $0.rendered(minimumLevel: 2) }.joined(separator: " ")
        case .optional(let e): text = e.rendered(minimumLevel: 3) + "?"
        case .zeroOrMore(let e): text = e.rendered(minimumLevel: 3) + "*"
        case .oneOrMore(let e): text = e.rendered(minimumLevel: 3) + "+"
        case .terminal(let t): text = t.contains("'") ? "\"\(t)\"" : "'\(t)'"
        case .nonterminal(let n): text = n
        case .charClass(let c): text = "[\(c)]"
        case .codePoint(let hex): text = "#x\(hex)"
        }
        return level < minimumLevel ? "(\(text))" : text
    }
}

/// A mistake in EBNF text, with its 1-based line.
public struct EBNFError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// A whole grammar: its rules by name, and their order and lines in the file.
public struct Grammar: Sendable {
    /// Each rule's right-hand side, by name.
    public var rules: [String: GrammarExpr]
    /// The rule names in file order.
    public var names: [String]
    /// The line each rule starts on.
    public var lines: [String: Int]

    /// Reads EBNF text; throws on a syntax error or a rule defined twice.
    public init(parsing text: String) throws {
        let tokens = try EBNFLexer.tokenize(text)
        var reader = EBNFReader(tokens: tokens)
        rules = [:]
        names = []
        lines = [:]
        while let (name, line) = try reader.ruleHead() {
            guard rules[name] == nil else {
                throw EBNFError(line: line, message: "`\(name)` is defined twice (first on line \(lines[name]!))")
            }
            rules[name] = try reader.choice()
            names.append(name)
            lines[name] = line
        }
    }

    /// Whether `name` is a token (defined in the lexical section), by its upper-case first letter.
    public static func isToken(_ name: String) -> Bool { name.first?.isUppercase ?? false }

    /// The rules reachable from `start`, `start` included.
    public func reachable(from start: String) -> Set<String> {
        var seen: Set<String> = [start]
        var work = [start]
        while let name = work.popLast() {
            for next in rules[name]?.nonterminals ?? [] where seen.insert(next).inserted { work.append(next) }
        }
        return seen
    }

    /// The syntax rules (lower-case) that can contain themselves, directly or through others.
    public var recursiveRules: Set<String> {
        Set(names.filter { r in !Grammar.isToken(r) && rules[r]!.nonterminals.contains { reachable(from: $0).contains(r) } })
    }

    /// How many alternatives `e` leads to: those of its own choices and of the syntax rules
    /// it uses, except `excluded` and what is reached only through them (each rule once).
    public func alternatives(under e: GrammarExpr, avoiding excluded: Set<String>) -> Int {
        var seen = Set<String>(), work = [e], count = 0
        while let x = work.popLast() {
            x.visit { sub in
                if case .choice(let alternatives) = sub { count += alternatives.count }
                if case .nonterminal(let n) = sub, !Grammar.isToken(n), !excluded.contains(n), seen.insert(n).inserted {
                    work.append(rules[n]!)
                }
            }
        }
        return count
    }

    /// The canonical spelling of a right-hand side given as text, e.g. for messages.
    public static func canonical(rhs: String) throws -> String {
        let g = try Grammar(parsing: "rule ::= " + rhs)
        return g.rules["rule"]!.description
    }
}

/// One lexical item of EBNF text.
private struct EBNFToken {
    /// A name, a quoted terminal, a character class, a code point, or an operator.
    enum Kind: Equatable {
        case name(String), terminal(String), charClass(String), codePoint(String)
        case defines, bar, question, star, plus, open, close
    }
    var kind: Kind
    var line: Int
}

/// Splits EBNF text into tokens, dropping white space and `/* … */` comments.
private enum EBNFLexer {
    static func tokenize(_ text: String) throws -> [EBNFToken] {
        let s = Array(text.unicodeScalars)
        var tokens: [EBNFToken] = []
        var i = 0
        var line = 1
        func isNameChar(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c == "_" || ("0"..."9").contains(c) }
        while i < s.count {
            let c = s[i]
            if c == "\n" { line += 1; i += 1; continue }
            if c == " " || c == "\t" || c == "\r" { i += 1; continue }
            let start = line
            if c == "/" && i + 1 < s.count && s[i + 1] == "*" {
                i += 2
                while i + 1 < s.count && !(s[i] == "*" && s[i + 1] == "/") {
                    if s[i] == "\n" { line += 1 }
                    i += 1
                }
                guard i + 1 < s.count else { throw EBNFError(line: start, message: "a comment is never closed") }
                i += 2
                continue
            }
            if c == "'" || c == "\"" {
                var j = i + 1
                while j < s.count && s[j] != c && s[j] != "\n" { j += 1 }
                guard j < s.count, s[j] == c, j > i + 1 else {
                    throw EBNFError(line: line, message: "a quoted terminal is empty or never closed")
                }
                tokens.append(EBNFToken(kind: .terminal(String(String.UnicodeScalarView(s[(i + 1)..<j]))), line: line))
                i = j + 1
                continue
            }
            if c == "[" {
                var j = i + 1
                while j < s.count && s[j] != "]" && s[j] != "\n" { j += 1 }
                guard j < s.count, s[j] == "]" else { throw EBNFError(line: line, message: "a character class is never closed") }
                tokens.append(EBNFToken(kind: .charClass(String(String.UnicodeScalarView(s[(i + 1)..<j]))), line: line))
                i = j + 1
                continue
            }
            if c == "#" && i + 1 < s.count && s[i + 1] == "x" {
                var j = i + 2
                while j < s.count && s[j].properties.isASCIIHexDigit { j += 1 }
                guard j > i + 2 else { throw EBNFError(line: line, message: "`#x` needs hex digits") }
                tokens.append(EBNFToken(kind: .codePoint(String(String.UnicodeScalarView(s[(i + 2)..<j]))), line: line))
                i = j
                continue
            }
            if c == ":" && i + 2 < s.count && s[i + 1] == ":" && s[i + 2] == "=" {
                tokens.append(EBNFToken(kind: .defines, line: line))
                i += 3
                continue
            }
            let single: [Unicode.Scalar: EBNFToken.Kind] = ["|": .bar, "?": .question, "*": .star, "+": .plus, "(": .open, ")": .close]
            if let kind = single[c] {
                tokens.append(EBNFToken(kind: kind, line: line))
                i += 1
                continue
            }
            if isNameChar(c) && !("0"..."9").contains(c) {
                var j = i
                while j < s.count && isNameChar(s[j]) { j += 1 }
                tokens.append(EBNFToken(kind: .name(String(String.UnicodeScalarView(s[i..<j]))), line: line))
                i = j
                continue
            }
            throw EBNFError(line: line, message: "unexpected `\(c)`")
        }
        return tokens
    }
}

/// Recursive descent over EBNF tokens: `choice ::= sequence ('|' sequence)*`,
/// `sequence ::= (atom ('?' | '*' | '+')*)*`, a sequence ending where the next rule's `name ::=` begins.
private struct EBNFReader {
    let tokens: [EBNFToken]
    var pos = 0

    init(tokens: [EBNFToken]) { self.tokens = tokens }

    var line: Int { pos < tokens.count ? tokens[pos].line : (tokens.last?.line ?? 1) }

    /// Whether a rule head `name ::=` starts at token `k`.
    func isRuleHead(at k: Int) -> Bool {
        guard k + 1 < tokens.count, case .name = tokens[k].kind else { return false }
        return tokens[k + 1].kind == .defines
    }

    /// Reads `name ::=`, or returns nil at the end of the text.
    mutating func ruleHead() throws -> (String, Int)? {
        guard pos < tokens.count else { return nil }
        guard isRuleHead(at: pos), case .name(let name) = tokens[pos].kind else {
            throw EBNFError(line: line, message: "expected a rule `name ::= …`")
        }
        let line = tokens[pos].line
        pos += 2
        return (name, line)
    }

    mutating func choice() throws -> GrammarExpr {
        var alternatives = [try sequence()]
        while pos < tokens.count && tokens[pos].kind == .bar {
            pos += 1
            alternatives.append(try sequence())
        }
        return .choice(of: alternatives)
    }

    mutating func sequence() throws -> GrammarExpr {
        var items: [GrammarExpr] = []
        while pos < tokens.count && !isRuleHead(at: pos) {
            var item: GrammarExpr
            switch tokens[pos].kind {
            case .bar, .close: return .sequence(of: items)
            case .name(let n): item = .nonterminal(n)
            case .terminal(let t): item = .terminal(t)
            case .charClass(let c): item = .charClass(c)
            case .codePoint(let hex): item = .codePoint(hex)
            case .open:
                pos += 1
                item = try choice()
                guard pos < tokens.count, tokens[pos].kind == .close else { throw EBNFError(line: line, message: "expected `)`") }
            case .defines, .question, .star, .plus:
                throw EBNFError(line: line, message: "unexpected operator")
            }
            pos += 1
            loop: while pos < tokens.count {
                switch tokens[pos].kind {
                case .question: item = .optional(item)
                case .star: item = .zeroOrMore(item)
                case .plus: item = .oneOrMore(item)
                default: break loop
                }
                pos += 1
            }
            items.append(item)
        }
        return .sequence(of: items)
    }
}
