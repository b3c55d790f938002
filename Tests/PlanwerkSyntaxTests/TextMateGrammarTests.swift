import Foundation
import PlanwerkSyntax
import PlanwerkTestSupport
import Testing

/// `grammar/planwerk.tmLanguage.json` against the real lexer and parser:
/// every token of every example plan (and of the tutorial's and the language
/// reference's plans) gets a scope that fits its kind. The kind comes from
/// the lexer, and for words from the parser: a word the syntax tree keeps as
/// a name (a declaration's name, a name in an expression, a member, a type)
/// must look like a name, a clause word or any other word of the grammar
/// like a keyword.
@Suite struct TextMateGrammarTests {
    static let root = PlanFiles.repositoryRoot(from: #filePath)
    static let grammarFile = root + "/grammar/planwerk.tmLanguage.json"

    /// What a token is, as the lexer and parser see it.
    enum Kind: String, CaseIterable {
        case keyword, name, constant, text, number, date, comment, `operator`, punctuation

        /// The scope prefixes that fit this kind.
        var scopes: [String] {
            switch self {
            case .keyword: return ["keyword.", "storage.type."]
            case .name: return ["entity.name.", "variable.", "support.function.", "support.type."]
            case .constant: return ["constant.language."]
            case .text: return ["string.", "punctuation.definition.string."]
            case .number: return ["constant.numeric."]
            case .date: return ["constant.other.date.", "constant.other.time.", "constant.other.datetime.", "constant.other.weekday."]
            case .comment: return ["comment."]
            case .operator: return ["keyword.operator."]
            case .punctuation: return ["punctuation."]
            }
        }
    }

    /// The plans the grammar is tried on: the examples, and every plan block of the docs.
    static let examples: [String] = PlanFiles.all(under: root + "/examples").map { String($0.dropFirst(root.count + 1)) }

    static func docPlans() -> [(name: String, text: String)] {
        var plans: [(String, String)] = []
        for page in ["README.md", "docs/tutorial.md", "docs/language.md"] {
            let text = String(decoding: FileManager.default.contents(atPath: root + "/" + page) ?? Data(), as: UTF8.self)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
            var k = 0
            while let open = lines.firstIndex(where: { $0.hasPrefix("```plan") }) {
                lines = lines[(open + 1)...]
                let close = lines.firstIndex(of: "```") ?? lines.endIndex
                plans.append(("\(page)#\(k)", lines[..<close].joined(separator: "\n") + "\n"))
                lines = lines[min(close + 1, lines.endIndex)...]
                k += 1
            }
        }
        return plans
    }

    /// Each word of the syntax tree that is a name, and each clause keyword, by its source range.
    static func words(of plan: PlanFile) -> (names: Set<SourceRange>, keywords: Set<SourceRange>, money: [SourceRange]) {
        var names = Set<SourceRange>(), keywords = Set<SourceRange>(), money: [SourceRange] = []
        func walk(_ value: Any, label: String?) {
            if let n = value as? Name {
                // A clause's or setting's word, and the `campaign` of `template campaign`, are keywords.
                if label == "keyword" || (label == "kind" && ["campaign", "report", "approval"].contains(n.text)) {
                    keywords.insert(n.range)
                } else {
                    names.insert(n.range)
                }
                return
            }
            if let e = value as? Expr {
                switch e.kind {
                case .name: names.insert(e.range)
                case .money: money.append(e.range)
                default: break
                }
            }
            for child in Mirror(reflecting: value).children { walk(child.value, label: child.label) }
        }
        walk(plan.declarations, label: nil)
        return (names, keywords, money)
    }

    /// The kind of every token of `text` that is not layout, with its byte range.
    static func tokens(of text: String) -> [(kind: Kind?, range: SourceRange, token: TokenKind)] {
        let file = SourceFile(path: "t.plan", text: text)
        let stream = Lexer.tokenize(file)
        let words = Self.words(of: Parser.parse(file))
        var out: [(Kind?, SourceRange, TokenKind)] = stream.comments.map { (.comment, $0, .invalid) }
        for t in stream.tokens {
            let kind: Kind?
            switch t.kind {
            case .newline, .eof: continue
            case .identifier:
                if words.keywords.contains(t.range) { kind = .keyword }
                else if words.names.contains(t.range) { kind = .name }
                else if words.money.contains(where: { $0.start <= t.start && t.end <= $0.end }) { kind = .number }
                else { kind = .keyword }
            case .kwTrue, .kwFalse, .kwPlan: kind = .constant
            case .kwAnd, .kwOr, .kwNot, .kwIf, .kwThen, .kwElse: kind = .keyword
            case .weekday, .date, .time, .dateTime: kind = .date
            case .int, .decimal, .percent, .quantity, .ordinal: kind = .number
            case .text: kind = .text
            case .plus, .minus, .star, .slash, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .dotDot, .arrow, .assign:
                kind = .operator
            case .lParen, .rParen, .lBracket, .rBracket, .lBrace, .rBrace, .comma, .semicolon, .colon, .dot: kind = .punctuation
            case .invalid: kind = nil
            }
            out.append((kind, t.range, t.kind))
        }
        return out
    }

    /// Checks every token of one plan; returns the mistakes, one line each.
    static func mistakes(in text: String, grammar: TextMateGrammar) -> [String] {
        let scopes = grammar.scopes(of: text)
        let bytes = Array(text.utf8)
        var lineStarts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { lineStarts.append(i + 1) }
        var problems: [String] = []
        for (kind, range, token) in tokens(of: text) {
            let spelled = String(decoding: bytes[range.start..<range.end], as: UTF8.self)
            guard let kind else { problems.append("`\(spelled)` is not a token (\(token))"); continue }
            let line = (lineStarts.lastIndex(where: { $0 <= range.start }) ?? 0)
            let column = String(decoding: bytes[lineStarts[line]..<range.start], as: UTF8.self).utf16.count
            let width = spelled.utf16.count
            for k in column..<(column + width) {
                let unitScopes = k < scopes[line].count ? scopes[line][k] : []
                // A unit's own scope: the innermost one that is not a `meta.` grouping.
                let own = unitScopes.last { !$0.hasPrefix("meta.") && $0 != grammar.scopeName } ?? "(none)"
                if spelled.utf16[spelled.utf16.index(spelled.utf16.startIndex, offsetBy: k - column)] == 32 { continue }
                // Inside a text (escapes, interpolations) it is enough to be within the string's scope.
                let fits = kind == .text ? unitScopes.contains { $0.hasPrefix("string.") }
                                         : kind.scopes.contains { own.hasPrefix($0) }
                if !fits {
                    problems.append("\(line + 1):\(column + 1) `\(spelled)` is a \(kind.rawValue) but has the scope \(own)")
                    break
                }
            }
        }
        return problems
    }

    static func grammar() throws -> TextMateGrammar {
        try TextMateGrammar(json: try Data(contentsOf: URL(fileURLWithPath: grammarFile)))
    }

    @Test func theGrammarIsForPlanFiles() throws {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.grammarFile))) as? [String: Any]
        #expect(object?["scopeName"] as? String == "source.planwerk")
        #expect(object?["fileTypes"] as? [String] == ["plan"])
        #expect(object?["name"] as? String == "Planwerk")
    }

    @Test(arguments: examples)
    func everyTokenOfTheExampleHasAScopeOfItsKind(_ path: String) throws {
        let text = String(decoding: PlanFiles.bytes(Self.root + "/" + path), as: UTF8.self)
        let tokens = Self.tokens(of: text)
        #expect(tokens.count > 50)
        let problems = Self.mistakes(in: text, grammar: try Self.grammar())
        #expect(problems.isEmpty, "\(path):\n\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func everyTokenOfTheDocumentationsPlansHasAScopeOfItsKind() throws {
        let plans = Self.docPlans()
        #expect(plans.count >= 25)
        let grammar = try Self.grammar()
        for (name, text) in plans {
            let problems = Self.mistakes(in: text, grammar: grammar)
            #expect(problems.isEmpty, "\(name):\n\(problems.prefix(20).joined(separator: "\n"))")
        }
    }

    /// The check itself can fail: words a grammar gets wrong are found.
    @Test func aGrammarThatMissesAKindIsCaught() throws {
        let text = "start 2026-11-30\nteam t { lead a; person a }\ncampaign budget { owner t; budget 5 EUR }\n"
        #expect(Self.mistakes(in: text, grammar: try Self.grammar()).isEmpty)
        let json = try String(contentsOfFile: Self.grammarFile, encoding: .utf8)
        // Without the rule for declaration names, `campaign budget` makes `budget` a keyword.
        let broken = json.replacingOccurrences(of: "\"entity.name.planwerk\"", with: "\"keyword.other.planwerk\"")
        let mistakes = Self.mistakes(in: text, grammar: try TextMateGrammar(json: Data(broken.utf8)))
        #expect(mistakes.contains { $0.contains("`budget` is a name") }, "\(mistakes)")
        // Without comments, `#` lines are not comments.
        let noComments = json.replacingOccurrences(of: "\"#.*$\"", with: "\"^\\\\b\\\\B\"")
        #expect(!Self.mistakes(in: "# hello\n" + text, grammar: try TextMateGrammar(json: Data(noComments.utf8))).isEmpty)
    }
}
