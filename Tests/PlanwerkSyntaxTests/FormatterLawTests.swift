import Foundation
import PlanwerkSyntax
import PlanwerkTestSupport
import Testing

/// The formatter's laws, checked on one plan: formatting is idempotent, keeps
/// the meaning (the syntax tree up to source ranges), keeps every comment, and
/// leaves no trailing whitespace and exactly one final newline.
enum FormatLaws {
    /// Checks every law on `source` (which must parse without errors) and
    /// returns the formatted text.
    @discardableResult
    static func check(_ source: SourceFile, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let original = Parser.parse(source)
        let formatted = PlanFormatter.format(original)
        let reparsed = Parser.parse(SourceFile(path: source.path, text: formatted))
        let name = source.path

        // Meaning kept: the output parses cleanly, to the same tree.
        #expect(reparsed.diagnostics.isEmpty,
                "\(name): the formatted plan has syntax errors: \(reparsed.diagnostics.map { "\($0.message) at \(reparsed.source.location(of: $0.span.range.start))" })\n\(formatted)",
                sourceLocation: sourceLocation)
        let before = ASTShape.of(original), after = ASTShape.of(reparsed)
        if before != after {
            Issue.record("\(name): formatting changed the syntax tree; \(Golden.firstDifference(expected: split(before), actual: split(after)) ?? "")",
                         sourceLocation: sourceLocation)
        }

        // Idempotent.
        let again = PlanFormatter.format(reparsed)
        if let difference = Golden.firstDifference(expected: formatted, actual: again) {
            Issue.record("\(name): formatting twice differs from formatting once; \(difference)", sourceLocation: sourceLocation)
        }

        // Every comment survives, in order, without trailing whitespace.
        let texts = { (p: PlanFile) in p.comments.map { trimmed(p.source.text($0)) } }
        #expect(texts(reparsed) == texts(original), "\(name): comments were lost or changed", sourceLocation: sourceLocation)

        // Whitespace: LF only, no trailing whitespace, no leading or doubled blank lines, one final newline.
        let lines = formatted.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!formatted.contains("\r"), "\(name): carriage return in the output", sourceLocation: sourceLocation)
        if !formatted.isEmpty {
            #expect(formatted.hasSuffix("\n") && !formatted.hasSuffix("\n\n"), "\(name): must end in exactly one newline",
                    sourceLocation: sourceLocation)
            #expect(lines.first?.isEmpty == false, "\(name): blank first line", sourceLocation: sourceLocation)
        }
        for (k, line) in lines.enumerated() {
            if let last = line.last, last.isWhitespace {
                Issue.record("\(name):\(k + 1): trailing whitespace", sourceLocation: sourceLocation)
            }
            if k > 0, line.isEmpty, lines[k - 1].isEmpty, k < lines.count - 1 {
                Issue.record("\(name):\(k + 1): two blank lines in a row", sourceLocation: sourceLocation)
            }
        }
        return formatted
    }

    /// Checks the laws on plan text.
    @discardableResult
    static func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let source = SourceFile(path: "input.plan", text: text)
        let plan = Parser.parse(source)
        #expect(plan.diagnostics.isEmpty, "the input has syntax errors: \(plan.diagnostics.map(\.message))",
                sourceLocation: sourceLocation)
        return check(source, sourceLocation: sourceLocation)
    }

    static func trimmed(_ s: String) -> String {
        var t = Substring(s)
        while let last = t.last, last.isWhitespace { t = t.dropLast() }
        return String(t)
    }

    /// A long one-line description broken after each `(` so differences show as lines.
    static func split(_ s: String) -> String { s.replacingOccurrences(of: "(", with: "(\n") }
}

/// The laws on every fixture that parses cleanly and on every example; and
/// examples are already in canonical layout.
@Suite struct FormatterLawTests {
    static let root = PlanFiles.repositoryRoot(from: #filePath)
    static let fixtures = PlanFiles.all(under: PlanFiles.folder(of: #filePath) + "/Fixtures").map(relative)
    static let examples = PlanFiles.all(under: root + "/examples").map(relative)

    static func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    @Test(arguments: fixtures)
    func lawsHoldForFixture(_ path: String) {
        let plan = PlanFiles.parse(Self.root + "/" + path)
        guard !plan.diagnostics.hasErrors else { return }  // a fixture for error messages
        FormatLaws.check(plan.source)
    }

    @Test(arguments: examples)
    func lawsHoldForExample(_ path: String) {
        let plan = PlanFiles.parse(Self.root + "/" + path)
        #expect(!plan.diagnostics.hasErrors, "\(path) does not parse: \(plan.diagnostics.map(\.message))")
        guard !plan.diagnostics.hasErrors else { return }
        FormatLaws.check(plan.source)
    }

    @Test(arguments: examples)
    func exampleIsAFixedPoint(_ path: String) {
        let plan = PlanFiles.parse(Self.root + "/" + path)
        guard !plan.diagnostics.hasErrors else { return }  // reported above
        let text = String(decoding: plan.source.bytes, as: UTF8.self)
        if let difference = Golden.firstDifference(expected: text, actual: PlanFormatter.format(plan)) {
            Issue.record("\(path) is not in canonical layout (run `planwerk fmt \(path)`); \(difference)")
        }
    }

    /// Random plans from `grammar/planwerk.ebnf` reach forms no hand-written
    /// fixture thinks of (parentheses anywhere, odd juxtapositions).
    @Test func lawsHoldForGeneratedPlans() throws {
        let grammar = try Grammar(parsing: String(decoding: PlanFiles.bytes(Self.root + "/grammar/planwerk.ebnf"), as: UTF8.self))
        let generator = try SentenceGenerator(grammar: grammar)
        var checked = 0
        for seed in UInt64(1)...300 {
            let source = SourceFile(path: "generated-\(seed).plan", text: generator.sentence(seed: seed).text)
            guard !Parser.parse(source).diagnostics.hasErrors else { continue }
            FormatLaws.check(source)
            checked += 1
        }
        #expect(checked >= 200)
    }

    /// Inputs chosen to break things: comments in every gap, layouts the
    /// lexer's newline rule allows, forms that print close to other forms.
    static let adversarial: [String] = [
        "team t # a\n{ # b\n  lead a # c\n  # d\n} # e\n# f",
        "approval a(b: Int) {\n  if b > 1 # c1\n  { step by x within 1bd } # c2\n  else # c3\n  { step by y within 1bd } # c4\n}",
        "approval a(b: Int) { if b > 1 { step by x within 1bd }\n else if b > 2 { step by y within 1bd } }",
        "approval a() {\n  step by x within 1bd # c1\n    else escalate to y within 1bd # c2\n}",
        "approval a(\n  b: Int, # first\n  c: Team # second\n) distinct { step by c.lead within 1bd }",
        "let x = f( # open\n  a, # one\n  # own\n  b # two\n) # close",
        "let x = [ # open\n] # close",
        "let x = [\n  # only a comment\n]",
        "let x = [[1,\n 2], [3,\n 4]]",
        "let x = [1, [2,\n 3], 4]",
        "let t: List[ # c\n Person] = []",
        "assert (a # c1\n + b) == # c2\n  c",
        "report r { every day at 09:00 except [\n  2026-12-24, # a\n  2026-12-25\n] # b\n}",
        "campaign c { task t { at 2026-12-01  09:00; after a + -1bd, b } }",
        "campaign c { task t { at 2026-12-01 09:00 10:00 } }",
        "let n = - -1 - -a\nlet m = not not a",
        "let s = \"{f(\"{g(\"x\")}\")}\"",
        "status x step \"L\" approved by anna  2026-12-08 10:00\nmeasure k  2026-12-07   =   5",
        "team t {\n  lead a\n\n\n  # c\n\n\n  lead b\n\n  # d\n\n}",
        "\n\n# only\n\n\n",
        "team t { lead a };;; team u { lead b } # c\n;",
        "campaign c {\n  post p on twitter { every mon, thu at 09:00; text \"a\" } # c\n}",
    ]

    @Test(arguments: adversarial)
    func lawsHoldForAdversarialInput(_ text: String) {
        FormatLaws.check(text)
    }

    @Test func thereAreExamplesAndFixtures() {
        #expect(Self.examples.count >= 3)
        #expect(Self.fixtures.count >= 3)
    }
}
