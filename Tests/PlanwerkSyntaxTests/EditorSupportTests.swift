import Foundation
import PlanwerkTestSupport
import Testing

/// The Vim syntax file agrees with the TextMate grammar (which
/// `TextMateGrammarTests` checks against the lexer): the same keywords
/// anywhere, the same clause words at the start of a statement, the same
/// declaration words; and `*.plan` files are detected.
@Suite struct EditorSupportTests {
    static let root = PlanFiles.repositoryRoot(from: #filePath)

    static func read(_ path: String) throws -> String { try String(contentsOfFile: root + "/" + path, encoding: .utf8) }

    /// The words of the first `(?:a|b)` or `(a|b)` group of a regex (TextMate) or `\%(a\|b\)` group (Vim).
    static func words(ofFirstGroupIn pattern: String, vim: Bool) -> Set<String> {
        let open = vim ? "\\%(" : "("
        guard let start = pattern.range(of: vim ? "\\<\\%(" : "\\b(") else { return [] }
        var rest = pattern[start.upperBound...]
        if !vim, rest.hasPrefix("?:") { rest = rest.dropFirst(2) }
        _ = open
        let end = rest.range(of: vim ? "\\)" : ")")!
        return Set(rest[..<end.lowerBound].components(separatedBy: vim ? "\\|" : "|"))
    }

    /// The TextMate grammar's word lists, by the rule's comment or name.
    static func textMateLists() throws -> [String: Set<String>] {
        let json = try JSONSerialization.jsonObject(with: Data(read("grammar/planwerk.tmLanguage.json").utf8)) as! [String: Any]
        let words = ((json["repository"] as! [String: Any])["words"] as! [String: Any])["patterns"] as! [[String: Any]]
        var lists: [String: Set<String>] = [:]
        for rule in words {
            let match = rule["match"] as! String
            let comment = rule["comment"] as? String ?? ""
            if comment.hasPrefix("clause and declaration") { lists["clause"] = Self.words(ofFirstGroupIn: match, vim: false) }
            if comment.hasPrefix("a declaration and its name") { lists["declaration"] = Self.words(ofFirstGroupIn: match, vim: false) }
            if rule["name"] as? String == "keyword.other.planwerk" { lists["keyword"] = Self.words(ofFirstGroupIn: match, vim: false) }
        }
        return lists
    }

    /// The Vim file's word lists, by syntax group.
    static func vimLists() throws -> [String: Set<String>] {
        var lists: [String: Set<String>] = [:]
        for line in try read("grammar/vim/syntax/planwerk.vim").split(separator: "\n") {
            for (group, key) in [("planwerkClause", "clause"), ("planwerkDeclaration", "declaration"), ("planwerkKeyword", "keyword")]
            where line.hasPrefix("syn match \(group) ") {
                lists[key] = words(ofFirstGroupIn: String(line), vim: true)
            }
        }
        return lists
    }

    @Test func vimAndTextMateKnowTheSameWords() throws {
        let tm = try Self.textMateLists(), vim = try Self.vimLists()
        #expect(tm.keys.sorted() == ["clause", "declaration", "keyword"])
        #expect((tm["clause"]?.count ?? 0) > 30 && (tm["keyword"]?.count ?? 0) > 30 && (tm["declaration"]?.count ?? 0) >= 11)
        for key in tm.keys.sorted() {
            #expect(vim[key] == tm[key], "\(key): only in TextMate \(tm[key, default: []].subtracting(vim[key, default: []]).sorted()), only in Vim \(vim[key, default: []].subtracting(tm[key, default: []]).sorted())")
        }
    }

    @Test func everyWordOfTheGrammarIsHighlighted() throws {
        let grammar = try Grammar(parsing: try Self.read("grammar/planwerk.ebnf"))
        var words = Set<String>()
        for rule in grammar.rules.values { for t in rule.terminals where t.first?.isLetter == true { words.insert(t) } }
        // Unit and ordinal suffixes are part of number tokens; `n`, `t` of escapes and date-times.
        words.subtract(["n", "t", "min", "h", "d", "w", "bd", "bh", "st", "nd", "rd", "th"])
        let tm = try Self.read("grammar/planwerk.tmLanguage.json"), vim = try Self.read("grammar/vim/syntax/planwerk.vim")
        for w in words.sorted() {
            #expect(tm.range(of: "\\b\(w)\\b", options: .regularExpression) != nil, "the TextMate grammar lacks `\(w)`")
            #expect(vim.range(of: "\\b\(w)\\b", options: .regularExpression) != nil, "the Vim syntax lacks `\(w)`")
        }
    }

    @Test func planFilesAreDetected() throws {
        let ftdetect = try Self.read("grammar/vim/ftdetect/planwerk.vim")
        #expect(ftdetect.contains("autocmd BufNewFile,BufRead *.plan setfiletype planwerk"))
        let syntax = try Self.read("grammar/vim/syntax/planwerk.vim")
        #expect(syntax.contains("let b:current_syntax = \"planwerk\""))
        let docs = try Self.read("docs/editors.md")
        for path in ["grammar/planwerk.tmLanguage.json", "grammar/vim/syntax/planwerk.vim", "grammar/vim/ftdetect/planwerk.vim"] {
            #expect(docs.contains(path), "docs/editors.md does not mention \(path)")
        }
    }
}
