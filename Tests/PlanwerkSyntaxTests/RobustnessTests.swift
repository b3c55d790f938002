import PlanwerkGenerator
import Testing
@testable import PlanwerkSyntax

/// Bad input is normal input: whatever the bytes, the lexer and parser end,
/// never trap, and every error is a diagnostic with a position in the file.
@Suite struct RobustnessTests {
    static let snippets: [UInt8] = {
        let path = String(#filePath).split(separator: "/").dropLast().joined(separator: "/")
        return Array(readFixture("/" + path + "/Fixtures/language-snippets.plan").utf8)
    }()

    func parse(_ bytes: [UInt8]) -> PlanFile { Parser.parse(SourceFile(path: "fuzz.plan", bytes: bytes)) }

    func assertWellFormed(_ plan: PlanFile, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for d in plan.diagnostics {
            #expect(d.span.range.start >= 0 && d.span.range.end <= plan.source.bytes.count,
                    "diagnostic outside the file: \(d.message)", sourceLocation: sourceLocation)
            #expect(!d.message.isEmpty, sourceLocation: sourceLocation)
        }
        // Rendering never traps either.
        _ = TerminalRenderer(sources: [plan.source.path: plan.source]).render(plan.diagnostics)
    }

    @Test func theLanguageSnippetsParseClean() {
        let p = parse(Self.snippets)
        #expect(p.diagnostics.isEmpty, "\(p.diagnostics.map(\.message))")
        #expect(p.declarations.count > 30)
    }

    @Test func everyTruncationOfAPlanEnds() {
        let bytes = Self.snippets
        for cut in stride(from: 0, through: bytes.count, by: 1) {
            assertWellFormed(parse(Array(bytes[0..<cut])))
        }
    }

    @Test func everyByteValueAloneAndInsideAPlan() {
        let base = Array("campaign c {\n  task t { effort 2bd; assign max }\n}\n".utf8)
        for value in 0...255 {
            let b = UInt8(value)
            assertWellFormed(parse([b]))
            for offset in stride(from: 0, through: base.count, by: 7) {
                var bytes = base
                bytes.insert(b, at: offset)
                assertWellFormed(parse(bytes))
            }
        }
    }

    @Test func invalidUTF8AnywhereIsADiagnostic() {
        var bytes = Self.snippets
        var k = 0
        while k < bytes.count { bytes[k] = 0xFF; k += 97 }
        let p = parse(bytes)
        assertWellFormed(p)
        #expect(p.diagnostics.contains { $0.code == .invalidUTF8 })
    }

    @Test(arguments: ["(", "[", "\"{", "-", "not ", "if x then ", "a => "])
    func hundredThousandDeepNestingIsADiagnostic(opener: String) {
        // Texts nest through interpolations and must be closed to be parsed at all.
        let closer = opener == "\"{" ? "}\"" : ""
        let text = "let x = " + String(repeating: opener, count: 100_000) + "1" + String(repeating: closer, count: 100_000)
        let p = parse(Array(text.utf8))
        assertWellFormed(p)
        #expect(p.diagnostics.contains { $0.code == .nestingTooDeep })
    }

    /// Each link of a chain of operators or postfixes makes the tree a level
    /// deeper, so it counts against the nesting limit: 100,000 terms joined by
    /// `+` overflowed the stack of the stages after the parser. A chain within
    /// the limit parses clean, and one just past it gives one P0701.
    @Test(arguments: [" + 1", " * 1", " and true", " or true", ".x", "()", "[1]"])
    func longChainsCountAsNesting(link: String) {
        let within = parse(Array(("let x = a" + String(repeating: link, count: Parser.maxNesting - 1) + "\n").utf8))
        #expect(within.diagnostics.isEmpty, "\(within.diagnostics)")
        for count in [Parser.maxNesting + 1, 100_000] {
            let p = parse(Array(("let x = a" + String(repeating: link, count: count) + "\n").utf8))
            assertWellFormed(p)
            #expect(p.diagnostics.filter { $0.code == .nestingTooDeep }.count == 1, "\(link) × \(count)")
        }
    }

    @Test func nestedBlocksAreLimitedToo() {
        let text = "approval a {" + String(repeating: "parallel {", count: 100_000) + String(repeating: "}", count: 100_001)
        let p = parse(Array(text.utf8))
        assertWellFormed(p)
        #expect(p.diagnostics.contains { $0.code == .nestingTooDeep })
    }

    @Test func hugeNumbersAndLongLines() {
        let p = parse(Array(("let n = " + String(repeating: "9", count: 10_000) + "\nreport r { every 99999999999999999999999 days }").utf8))
        assertWellFormed(p)
        #expect(p.diagnostics.contains { $0.code == .numberTooLarge })
    }

    @Test func randomBytesGiveAtMostAHundredErrors() {
        // Found by making the CLI read 10 MB of random bytes: the lexer reported an error
        // every few bytes (300,000 for 1 MB), which took minutes and gigabytes to render.
        var rng = SplitMix64(seed: 9)
        let bytes = (0..<1_000_000).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let p = parse(bytes)
        assertWellFormed(p)
        #expect(p.diagnostics.count == Parser.maxErrors)
        #expect(p.diagnostics.last?.code == .tooManyErrors)
        // Inside text interpolations too.
        let texts = "let t = \"" + String(repeating: "{\u{1}}", count: 5_000) + "\""
        let q = parse(Array(texts.utf8))
        #expect(q.diagnostics.count <= Parser.maxErrors)
        #expect(q.diagnostics.contains { $0.code == .tooManyErrors })
    }

    @Test func shuffledTokensNeverTrap() {
        // A cheap structure-blind fuzz: splice random slices of the snippets together.
        var rng = SplitMix64(seed: 42)
        let bytes = Self.snippets
        for _ in 0..<300 {
            var out: [UInt8] = []
            for _ in 0..<8 {
                let a = Int(rng.next() % UInt64(bytes.count))
                let n = Int(rng.next() % 120)
                out += bytes[a..<min(bytes.count, a + n)]
            }
            assertWellFormed(parse(out))
        }
    }
}
