import PlanwerkSyntax
import Testing
@testable import PlanwerkREPL

/// Multi-line input: the parser decides whether an input goes on, not a count of characters.
@Suite struct MultiLineTests {
    func needsMore(_ text: String, expression: Bool = false) -> Bool {
        Parser.needsMoreInput(SourceFile(path: "<repl>", text: text), asExpression: expression)
    }

    @Test func anOpenBracketGoesOn() {
        #expect(needsMore("campaign winter {"))
        #expect(needsMore("campaign winter {\n  task brief {"))
        #expect(needsMore("count([1, 2,", expression: true))
        #expect(needsMore("max(1,", expression: true))
        #expect(needsMore("let x = (1 +"))
    }

    @Test func aClosedInputIsComplete() {
        #expect(!needsMore("campaign winter { start 2026-11-30 }"))
        #expect(!needsMore("campaign winter {\n  start 2026-11-30\n}"))
        #expect(!needsMore("1 + 2", expression: true))
        #expect(!needsMore(""))
    }

    @Test func bracketsInTextsAndCommentsDoNotCount() {
        #expect(!needsMore("let t = \"a { b ( c [\""))
        #expect(!needsMore("let t = 1 # {"))
        #expect(needsMore("let t = [\"}\", \"]\""))
        #expect(needsMore("let t = [1, # ] in a comment"))
    }

    @Test func anErrorBeforeTheEndIsReportedAtOnce() {
        #expect(!needsMore("campaign winter { 42 {"), "a mistake inside the open block is not a reason to wait")
        #expect(!needsMore("let x = ) ("))
    }

    @Test func aTrailingOperatorGoesOn() {
        #expect(needsMore("1 +", expression: true))
        #expect(needsMore("let total = 5000 EUR +"))
    }

    @Test func inputKinds() {
        #expect(InputKind.of("let x = 1") == .declaration)
        #expect(InputKind.of("campaign c { }") == .declaration)
        #expect(InputKind.of("start 2026-11-30") == .declaration)
        #expect(InputKind.of("spring.budget * 2") == .expression)
        #expect(InputKind.of("plan.campaigns") == .expression)
        #expect(InputKind.of("let") == .declaration, "a declaration word alone is an unfinished declaration")
        #expect(InputKind.of("report.title") == .expression, "a declaration word used as a name")
        #expect(InputKind.of("start + 1") == .expression)
        #expect(InputKind.of("  # only a comment") == .blank)
        #expect(InputKind.of("") == .blank)
    }

    @Test func theSessionWaitsForTheRestAndShowsTheContinuationPrompt() {
        var session = REPLSession()
        #expect(session.currentPrompt == REPLSession.prompt)
        #expect(session.feed("count([1, 2,").needsMore)
        #expect(session.isContinuing)
        #expect(session.currentPrompt == REPLSession.continuationPrompt)
        #expect(session.feed("  3])").text == "3 : Int\n")
        #expect(!session.isContinuing)
    }

    @Test func ctrlCAbandonsTheUnfinishedInput() {
        var session = REPLSession()
        _ = session.feed("let x = [1,")
        session.abandonInput()
        #expect(!session.isContinuing)
        #expect(session.feed("1 + 1").text == "2 : Int\n")
        #expect(session.feed("x").text.contains("error[P0212]"))
        #expect(session.feed("x").text.contains("<repl>:4:1"), "line 4: the two abandoned lines and `1 + 1` came before")
    }
}
