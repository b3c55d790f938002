import Foundation
import PlanwerkChecking
import PlanwerkTestSupport
import Testing

/// docs/language.md names every construct, type, member and built-in of the
/// language: every word of the grammar, every type name the checker knows,
/// every member of every kind of value and every built-in function stands in
/// it in backticks. (`DocumentationTests` runs its examples.)
@Suite struct LanguageReferenceTests {
    static let root = PlanFiles.repositoryRoot(from: #filePath)
    static let page = String(decoding: FileManager.default.contents(atPath: root + "/docs/language.md") ?? Data(), as: UTF8.self)

    static func mentions(_ word: String) -> Bool {
        page.contains("`\(word)`") || page.contains("`\(word) ") || page.contains(" \(word)`")
            || page.contains("`\(word)(") || page.contains("`\(word):") || page.contains("`\(word)[")
    }

    @Test func everyWordOfTheGrammar() throws {
        let text = try String(contentsOfFile: Self.root + "/grammar/planwerk.ebnf", encoding: .utf8)
        let grammar = try Grammar(parsing: text)
        var words = Set<String>()
        for rule in grammar.rules.values {
            for t in rule.terminals where t.first?.isLetter == true { words.insert(t) }
        }
        // Pieces of tokens, not words: the `n` of `\n`, the `t` of `\t` and of `2026-12-01T09:00`.
        words.subtract(["n", "t"])
        #expect(words.count > 100)
        for w in words.sorted() { #expect(Self.mentions(w), "docs/language.md does not mention `\(w)`") }
    }

    @Test func everyTypeName() {
        #expect(PlanType.named.count >= 20)
        for name in PlanType.named.keys.sorted() { #expect(Self.mentions(name), "docs/language.md does not mention the type `\(name)`") }
        #expect(Self.mentions("List[T]") && Self.mentions("Range[T]"))
    }

    @Test func everyBuiltinFunction() {
        #expect(builtinFunctions.count >= 9)
        for f in builtinFunctions.sorted() {
            #expect(Self.page.contains("`\(f)("), "docs/language.md does not show the built-in `\(f)(…)`")
            #expect(Self.page.contains("planwerk> \(f)("), "docs/language.md has no REPL example of `\(f)`")
        }
    }

    @Test func everyMemberOfEveryKindOfValue() {
        let kinds: [PlanType] = [.task, .post, .milestone, .campaign, .team, .person, .channel, .report, .kpi, .plan]
        var all = Set<String>()
        for kind in kinds { all.formUnion(Members.names(of: kind)) }
        #expect(all.count >= 30)
        let table = Self.page.components(separatedBy: "## Members").dropFirst().first ?? ""
        for m in all.sorted() { #expect(table.contains("`\(m)`"), "the Members section of docs/language.md lacks `\(m)`") }
    }
}
