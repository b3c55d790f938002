import Foundation
import Testing
@testable import PlanwerkSyntax
import PlanwerkTestSupport

/// Keeps `grammar/planwerk.ebnf` true to the parser: every syntax rule is the
/// `/// grammar:` line of exactly one parse method (compared as values, not
/// strings), the grammar is closed and connected, and random sentences
/// generated from it parse without a single diagnostic.
@Suite struct GrammarTests {
    /// The repository root, from this file's place in `Tests/PlanwerkSyntaxTests`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let grammarURL = root.appendingPathComponent("grammar/planwerk.ebnf")
    static let parserURL = root.appendingPathComponent("Sources/PlanwerkSyntax/Parser")

    /// Seeds of the generated sentences.
    static let seeds: ClosedRange<UInt64> = 1...500

    /// A `/// grammar:` line in the parser sources.
    struct Annotation {
        var file: String
        var line: Int
        var name: String
        var rhs: GrammarExpr
        /// The declaration the annotation documents: the first line after it that is not `///` or an attribute.
        var declaration: String
        var place: String { "\(file):\(line)" }
    }

    static func grammar() throws -> Grammar {
        try Grammar(parsing: String(contentsOf: grammarURL, encoding: .utf8))
    }

    /// The grammar's syntax rules (lower-case names), in file order.
    static func syntaxRules(_ g: Grammar) -> [String] { g.names.filter { !Grammar.isToken($0) } }

    static func annotations() throws -> [Annotation] {
        let files = try FileManager.default.contentsOfDirectory(atPath: parserURL.path).filter { $0.hasSuffix(".swift") }.sorted()
        #expect(!files.isEmpty, "no parser sources in \(parserURL.path)")
        var found: [Annotation] = []
        for file in files {
            let lines = try String(contentsOf: parserURL.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            for (k, line) in lines.enumerated() where line.hasPrefix("/// grammar:") {
                let rule = String(line.dropFirst("/// grammar:".count))
                let parsed: Grammar
                do {
                    parsed = try Grammar(parsing: rule)
                } catch {
                    Issue.record("\(file):\(k + 1): cannot read the `/// grammar:` line: \(error)")
                    continue
                }
                guard parsed.names.count == 1, let name = parsed.names.first else {
                    Issue.record("\(file):\(k + 1): a `/// grammar:` line holds exactly one rule")
                    continue
                }
                let declaration = lines[(k + 1)...].first { !$0.hasPrefix("///") && !$0.hasPrefix("@") } ?? ""
                found.append(Annotation(file: file, line: k + 1, name: name, rhs: parsed.rules[name]!, declaration: declaration))
            }
        }
        return found
    }

    // MARK: - The grammar against the parse methods

    @Test func everySyntaxRuleHasExactlyOneAnnotatedMethod() throws {
        let g = try Self.grammar()
        let byName = Dictionary(grouping: try Self.annotations(), by: \.name)
        for rule in Self.syntaxRules(g) {
            let places = byName[rule]?.map(\.place) ?? []
            #expect(places.count == 1, "`\(rule)` (planwerk.ebnf:\(g.lines[rule]!)) has \(places.count) `/// grammar:` lines: \(places)")
        }
        for (name, found) in byName where g.rules[name] == nil || Grammar.isToken(name) {
            Issue.record("`/// grammar: \(name) ::= …` at \(found.map(\.place)) is no syntax rule of planwerk.ebnf")
        }
    }

    @Test func annotationsMatchTheGrammar() throws {
        let g = try Self.grammar()
        for a in try Self.annotations() {
            guard let rhs = g.rules[a.name] else { continue }
            #expect(a.rhs == rhs, """
                \(a.place): `\(a.name)` differs from planwerk.ebnf:\(g.lines[a.name]!)
                  parser:  \(a.rhs)
                  grammar: \(rhs)
                """)
        }
    }

    @Test func annotationsSitOnParseMethods() throws {
        let method = /^(?:(?:public|internal|private|fileprivate|static)\s+)*(?:func\s+parse\w*|mutating\s+func\s+\w+)\s*\(/
        for a in try Self.annotations() {
            #expect(a.declaration.firstMatch(of: method) != nil,
                    "\(a.place): `/// grammar: \(a.name)` is not followed by a parse method but by `\(a.declaration)`")
        }
    }

    // MARK: - The grammar on its own

    @Test func everyReferenceIsDefined() throws {
        let g = try Self.grammar()
        for name in g.names {
            for missing in g.rules[name]!.nonterminals.subtracting(g.rules.keys).sorted() {
                Issue.record("planwerk.ebnf:\(g.lines[name]!): `\(name)` uses `\(missing)`, which is not defined")
            }
        }
    }

    @Test func everyRuleIsReachableFromPlan() throws {
        let g = try Self.grammar()
        #expect(g.names.first == "plan")
        let reachable = g.reachable(from: "plan")
        for name in g.names where !reachable.contains(name) {
            Issue.record("planwerk.ebnf:\(g.lines[name]!): `\(name)` cannot be reached from `plan`")
        }
    }

    @Test func canonicalSpellingReadsBackToTheSameRule() throws {
        let g = try Self.grammar()
        for name in g.names {
            let again = try Grammar(parsing: "\(name) ::= \(g.rules[name]!)")
            #expect(again.rules[name] == g.rules[name], "`\(name)`: \(g.rules[name]!)")
        }
        #expect(try Grammar.canonical(rhs: "  ( 'a'  b )|(c|d )  e* ") == "'a' b | (c | d) e*")
        #expect(try Grammar.canonical(rhs: "(a | b)? (c d)+") == "(a | b)? (c d)+")
    }

    @Test func readerKnowsTheNotation() throws {
        let g = try Grammar(parsing: """
            /* a comment
               over lines */ A ::= [^"\\{#xA] | '\\' ('"' | "'") | #x20   /* tail */
            b ::= A? c* (A | c)+ EOF
            c ::= /* nothing */
            """)
        #expect(g.names == ["A", "b", "c"])
        #expect(g.lines == ["A": 2, "b": 3, "c": 4])
        #expect(g.rules["A"] == .choice([.charClass("^\"\\{#xA"), .sequence([.terminal("\\"), .choice([.terminal("\""), .terminal("'")])]), .codePoint("20")]))
        #expect(g.rules["b"] == .sequence([.optional(.nonterminal("A")), .zeroOrMore(.nonterminal("c")),
                                           .oneOrMore(.choice([.nonterminal("A"), .nonterminal("c")])), .nonterminal("EOF")]))
        #expect(g.rules["c"] == GrammarExpr.empty)
        // Order matters, grouping does not.
        #expect(try Grammar(parsing: "a ::= b c").rules == Grammar(parsing: "a ::= (b) (c)").rules)
        #expect(try Grammar(parsing: "a ::= b c").rules != Grammar(parsing: "a ::= c b").rules)
        for broken in ["a ::= (b", "a ::= 'b", "a ::= b\na ::= c", "::= b", "a ::= b | * c"] {
            #expect(throws: EBNFError.self, "\(broken)") { try Grammar(parsing: broken) }
        }
    }

    // MARK: - Generated sentences

    /// The generated sentences of ``seeds``, made once for the tests below.
    static let corpus = Result { () throws -> [(seed: UInt64, sentence: GeneratedSentence)] in
        let generator = try SentenceGenerator(grammar: grammar())
        return seeds.map { ($0, generator.sentence(seed: $0)) }
    }

    @Test func generatedSentencesParseWithoutDiagnostics() throws {
        var failures: [UInt64] = []
        for (seed, sentence) in try Self.corpus.get() {
            let path = "<generated \(seed)>"
            let file = SourceFile(path: path, text: sentence.text)
            let diagnostics = Parser.parse(file).diagnostics
            guard !diagnostics.isEmpty else { continue }
            failures.append(seed)
            guard failures.count <= 3 else { continue }
            Issue.record("""
                seed \(seed): the parser rejects this sentence of the grammar
                ----- SENTENCE
                \(sentence.text)
                ----- DIAGNOSTICS
                \(TerminalRenderer(sources: [path: file]).render(diagnostics))
                """)
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.seeds.count) generated sentences do not parse, seeds \(failures)")
    }

    @Test func generatedSentencesTakeEveryRuleAndAlternative() throws {
        let g = try Self.grammar()
        var rules = Set<String>()
        var alternatives = Set<String>()
        for (_, sentence) in try Self.corpus.get() {
            rules.formUnion(sentence.rulesUsed)
            alternatives.formUnion(sentence.alternativesUsed)
        }
        for rule in Self.syntaxRules(g) where !rules.contains(rule) {
            Issue.record("no generated sentence uses `\(rule)`")
        }
        for rule in Self.syntaxRules(g) {
            g.rules[rule]!.visit {
                guard case .choice(let options) = $0 else { return }
                for option in options where !alternatives.contains(SentenceGenerator.label(rule: rule, alternative: option)) {
                    Issue.record("no generated sentence takes `\(option)` in `\(rule)`")
                }
            }
        }
    }

    @Test func generatorIsDeterministicAndSpacesAsTheParserNeeds() throws {
        let g = try Self.grammar()
        let generator = try SentenceGenerator(grammar: g)
        #expect(generator.sentence(seed: 42).text == generator.sentence(seed: 42).text)
        #expect(generator.sentence(seed: 1).text != generator.sentence(seed: 2).text)
        let keywords = g.names.reduce(into: Set<String>()) { $0.formUnion(g.rules[$1]!.terminals) }
        for name in SentencePools.names {
            #expect(!keywords.contains(name), "the sample name `\(name)` is a keyword of the grammar")
        }
        // Calls and indexes are glued to what they apply to; everything else is spaced.
        let call = generator.sentence(seed: 7, start: "call_arguments")
        #expect(call.tokens.first?.glued == true && call.text.hasPrefix("("))
        let texts = try Self.corpus.get().map(\.sentence.text).joined(separator: "\n")
        #expect(texts.contains("]["), "no index follows another, glued")
        #expect(texts.contains(")("), "no call follows another, glued")
    }
}
