import PlanwerkSyntax
import PlanwerkTestSupport
import Testing

/// The layout rules of `planwerk fmt`, one at a time, on small inputs. Each
/// input is also checked against the formatter's laws (``FormatLaws``).
@Suite struct FormatterTests {
    func fmt(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        FormatLaws.check(text, sourceLocation: sourceLocation)
    }

    // MARK: - Whitespace and lines

    @Test func emptyAndBlankFilesFormatToNothing() {
        #expect(fmt("") == "")
        #expect(fmt("\n\n  \t\n") == "")
        #expect(fmt(";;\n;") == "")
    }

    @Test func commentOnlyFile() {
        #expect(fmt("\n\n  # a  \n\n\n# b") == "# a\n\n# b\n")
    }

    @Test func oneDeclarationPerLineAndSpacesNormalised() {
        #expect(fmt("timezone   \"UTC\" ;currency EUR;start 2026-11-30") == "timezone \"UTC\"\ncurrency EUR\nstart 2026-11-30\n")
        #expect(fmt("kpi reach \"R\" :Int\nlet x : Money=10_000 EUR") == "kpi reach \"R\": Int\nlet x: Money = 10_000 EUR\n")
    }

    @Test func blankLinesCollapseToOneAndNeverOpenOrCloseABlock() {
        let input = "\n\ncurrency EUR\n\n\n\nteam t {\n\n  lead a\n\n\n  lead b\n\n}\nstart 2026-01-05\n"
        #expect(fmt(input) == "currency EUR\n\nteam t {\n  lead a\n\n  lead b\n}\nstart 2026-01-05\n")
    }

    @Test func crlfBecomesLF() {
        #expect(fmt("team t {\r\n  lead a   # c  \r\n}\r\n\r\n\r\ncurrency EUR\r\n") == "team t {\n  lead a # c\n}\n\ncurrency EUR\n")
    }

    @Test func byteOrderMarkIsDropped() {
        #expect(fmt("\u{FEFF}currency EUR\n") == "currency EUR\n")
    }

    @Test func tabsAndOddIndentation() {
        #expect(fmt("team t {\n\t\tlead a\n      person b\n}") == "team t {\n  lead a\n  person b\n}\n")
    }

    // MARK: - Blocks

    @Test func oneLineBlocksStayOnOneLine() {
        #expect(fmt("team t{lead a;person b \"B\"{role x}}") == "team t { lead a; person b \"B\" { role x } }\n")
    }

    @Test func multiLineBlocksStayMultiLine() {
        #expect(fmt("team t { lead a\n person b }") == "team t {\n  lead a\n  person b\n}\n")
    }

    @Test func blockOpenedOnTheNextLine() {
        #expect(fmt("campaign c\n{\n  owner x\n}\nteam t\n{ lead a }") == "campaign c {\n  owner x\n}\nteam t { lead a }\n")
    }

    @Test func emptyBlocks() {
        #expect(fmt("team t { }\nteam u {\n\n}\nperson p \"P\" {}") == "team t {}\nteam u {}\nperson p \"P\" {}\n")
    }

    @Test func oneLineBlockUpToOneHundredColumns() {
        // `team t { lead a; role_word… }` padded to exactly 100 and 101 columns.
        let head = "team t { lead "
        let fitting = head + String(repeating: "a", count: 100 - head.count - 2) + " }"
        #expect(fitting.count == 100)
        #expect(fmt(fitting) == fitting + "\n")
        let tooLong = head + String(repeating: "a", count: 101 - head.count - 2) + " }"
        #expect(fmt(tooLong) == "team t {\n  lead " + String(repeating: "a", count: 101 - head.count - 2) + "\n}\n")
    }

    @Test func indentationCountsTowardsTheWidth() {
        // 100 columns at the top level, 102 inside a block.
        let inner = "person p { role " + String(repeating: "r", count: 82) + " }"
        #expect(inner.count == 100)
        #expect(fmt(inner) == inner + "\n")
        #expect(fmt("team t {\n" + inner + "\n}") == "team t {\n  person p {\n    role " + String(repeating: "r", count: 82) + "\n  }\n}\n")
    }

    @Test func anOuterBlockThatDoesNotFitOpensAndItsInnerBlocksStayOnOneLine() {
        let input = "team t { person a \"Aaaaaaaaaaaaaaaaaaaa\" { role x }; person b \"Bbbbbbbbbbbbbbbbbbbbbbbbb\" { role y; capacity 50% } }"
        #expect(fmt(input) == """
            team t {
              person a "Aaaaaaaaaaaaaaaaaaaa" { role x }
              person b "Bbbbbbbbbbbbbbbbbbbbbbbbb" { role y; capacity 50% }
            }

            """)
    }

    // MARK: - Comments

    @Test func trailingCommentsOfConsecutiveLinesAlign() {
        #expect(fmt("currency EUR          # euros\nstart 2026-01-05\t# Monday") == "currency EUR     # euros\nstart 2026-01-05 # Monday\n")
        // A line without a comment, or a blank line, ends the run.
        #expect(fmt("currency EUR # a\nstart 2026-01-05\nhorizon 2027-01-05   # b") == "currency EUR # a\nstart 2026-01-05\nhorizon 2027-01-05 # b\n")
        #expect(fmt("currency EUR # a\n\nhorizon 2027-01-05   # b") == "currency EUR # a\n\nhorizon 2027-01-05 # b\n")
    }

    @Test func commentsAtTheEndOfABlockAreIndentedInside() {
        #expect(fmt("team t {\n  lead a\n# last\n}") == "team t {\n  lead a\n  # last\n}\n")
    }

    @Test func aBlockWithACommentIsMultiLine() {
        #expect(fmt("team t { # who\n}") == "team t { # who\n}\n")
        #expect(fmt("team t {\n  # nobody yet\n}") == "team t {\n  # nobody yet\n}\n")
    }

    @Test func commentBetweenHeaderAndBraceFollowsTheBrace() {
        #expect(fmt("team t   # the team\n{\n  lead a\n}") == "team t { # the team\n  lead a\n}\n")
    }

    @Test func commentInsideAJoinedExpressionIsKept() {
        #expect(fmt("assert 1 +   # one\n  # two\n  2 == 3") == "# one\n# two\nassert 1 + 2 == 3\n")
        #expect(fmt("assert 1 +\n  # two\n  2 == 3 # three") == "# two\nassert 1 + 2 == 3 # three\n")
    }

    @Test func commentsInsideAMultiLineListStayWithTheirElements() {
        let input = "calendar c {\n  holidays [2026-12-24,   # Heiligabend\n    2026-12-31 # Silvester\n  ]\n}"
        #expect(fmt(input) == "calendar c {\n  holidays [\n    2026-12-24, # Heiligabend\n    2026-12-31  # Silvester\n  ]\n}\n")
    }

    @Test func commentAfterSemicolon() {
        #expect(fmt("currency EUR;   # c\nstart 2026-01-05") == "currency EUR # c\nstart 2026-01-05\n")
    }

    // MARK: - Expressions and literals

    @Test func literalsAsWritten() {
        #expect(fmt("let x = [10_000, 3.50, 2.5%, 12.50 EUR, 1bd  2bh, 1.5bd, -3, mon..fri]")
                == "let x = [10_000, 3.50, 2.5%, 12.50 EUR, 1bd 2bh, 1.5bd, -3, mon..fri]\n")
    }

    @Test func datesAndTimes() {
        #expect(fmt("let x = [2026-12-01T09:00, 2026-12-01 9:30, 7:05, 2026-12-24 .. 2026-12-26]")
                == "let x = [2026-12-01 09:00, 2026-12-01 09:30, 07:05, 2026-12-24..2026-12-26]\n")
    }

    /// `at DATE TIME` with a literal date: one space would make a date-time
    /// literal, a different tree, so two stay.
    @Test func aDateBesideATimeKeepsTwoSpaces() {
        #expect(fmt("campaign c { task t { at 2026-12-01    09:00 } }") == "campaign c { task t { at 2026-12-01  09:00 } }\n")
        #expect(fmt("campaign c { task t { at day   09:00 } }") == "campaign c { task t { at day 09:00 } }\n")
    }

    @Test func textsAreReEscaped() {
        #expect(fmt(#"let t = "a \"b\" \\ \n \t {{ } {x}{ y + 1 }""#) == #"let t = "a \"b\" \\ \n \t {{ } {x}{y + 1}""# + "\n")
        #expect(fmt(#"let t = "{f("in {x}", "{{")}""#) == #"let t = "{f("in {x}", "{{")}""# + "\n")
    }

    @Test func operatorsCallsAndParentheses() {
        #expect(fmt("let x = ((a+b))*c-d/ -e and not f or g!=h") == "let x = ((a + b)) * c - d / -e and not f or g != h\n")
        #expect(fmt("let y = all( xs ,p=>p.a<=3 )and f(x,name:y)") == "let y = all(xs, p => p.a <= 3) and f(x, name: y)\n")
        #expect(fmt("let z = if a then b else c") == "let z = if a then b else c\n")
        #expect(fmt("let n = --1 - - a") == "let n = - -1 - -a\n")
        #expect(fmt("status winter.series[ 2 ] done 2026-12-03") == "status winter.series[2] done 2026-12-03\n")
    }

    @Test func multiLineListsKeepTheirLineBreaks() {
        #expect(fmt("let x = [a, b,\n  c]") == "let x = [\n  a, b,\n  c\n]\n")
        #expect(fmt("let x = [\n]") == "let x = []\n")
        #expect(fmt("let x = f(a,\n b)") == "let x = f(\n  a,\n  b\n)\n")
    }

    @Test func multiLineParameters() {
        let input = "template campaign t(a: Text,\n    b: Date = 2026-01-05) { owner x }"
        // The block was written on one line, but the statement now takes several: one clause per line.
        #expect(fmt(input) == "template campaign t(\n  a: Text,\n  b: Date = 2026-01-05\n) {\n  owner x\n}\n")
        #expect(fmt("template campaign t { owner x }") == "template campaign t() { owner x }\n")
    }

    @Test func deeplyChainedExpressionsDoNotOverflowTheStack() {
        let n = 20_000
        let sum = "let x = " + Array(repeating: "1", count: n).joined(separator: " + ")
        let members = "let y = a" + String(repeating: ".b", count: n)
        let formatted = PlanFormatter.format(Parser.parse(SourceFile(path: "deep.plan", text: sum + "\n" + members)))
        #expect(formatted == sum + "\n" + members + "\n")
    }

    // MARK: - Approval flows and recurrence

    @Test func stepOptionsInCanonicalOrder() {
        let input = "approval a() {\n  step \"R\" by any of legal within 2bd else escalate to v within 1bd remind after 4bh expect 1bd\n}"
        #expect(fmt(input) == "approval a() {\n  step \"R\" by any of legal within 2bd expect 1bd remind after 4bh else escalate to v within 1bd\n}\n")
    }

    @Test func conditionalsInFlows() {
        #expect(fmt("approval a(b: Int) { if b > 1 { step by x within 1bd } else { step by y within 1bd } }")
                == "approval a(b: Int) { if b > 1 { step by x within 1bd } else { step by y within 1bd } }\n")
        let mixed = "approval a(b: Int) {\n  if b > 1 { step by x within 1bd }\n  else if b > 0 {\n step by y within 1bd\n }\n  else { step by z within 1bd }\n}"
        #expect(fmt(mixed) == """
            approval a(b: Int) {
              if b > 1 {
                step by x within 1bd
              } else if b > 0 {
                step by y within 1bd
              } else {
                step by z within 1bd
              }
            }

            """)
    }

    @Test func recurrencesAsWritten() {
        let input = "report r {\n  every  mon,thu   at 09:00,15:00 on holiday next workday\n  every 2 weeks on fri at 10:00 count 6\n  every month on 1st mon, last fri, second tue at 09:00 until 2027-01-01\n  every year on Mar 31 at 09:00\n}"
        #expect(fmt(input) == "report r {\n  every mon, thu at 09:00, 15:00 on holiday next workday\n  every 2 weeks on fri at 10:00 count 6\n  every month on 1st mon, last fri, second tue at 09:00 until 2027-01-01\n  every year on mar 31 at 09:00\n}\n")
    }

    /// `template approval` and `approval` parse to the same tree; the formatter
    /// writes the short form.
    @Test func templateApprovalIsWrittenAsApproval() {
        #expect(fmt("template approval a() { step by x within 1bd }") == "approval a() { step by x within 1bd }\n")
    }
}
