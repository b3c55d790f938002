import Foundation
import PlanwerkTestSupport
import Testing
@testable import PlanwerkREPL

/// Tab completion from the live session.
@Suite struct CompletionTests {
    static let fixtures = PlanFiles.folder(of: #filePath) + "/Fixtures"

    /// A session with `file` loaded and `lines` typed.
    func session(_ file: String? = "spring.plan", _ lines: [String] = []) -> REPLSession {
        var s = REPLSession(folder: Self.fixtures)
        if let file { _ = s.load(file) }
        for line in lines { _ = s.feed(line) }
        return s
    }

    func complete(_ s: REPLSession, _ line: String) -> [String] {
        s.completions(line: line, cursor: line.utf8.count).candidates
    }

    @Test func membersAfterADot() {
        let s = session()
        #expect(complete(s, "spring.bu") == ["spring.budget"])
        #expect(complete(s, "spring.te") == ["spring.teaser"], "a campaign's items")
        #expect(complete(s, "spring.teaser.st") == ["spring.teaser.start"], "members of a post")
        #expect(complete(s, "social.le") == ["social.lead"])
        #expect(complete(s, "plan.ca") == ["plan.campaigns"])
        #expect(complete(s, "spring.budget * spring.bu") == ["spring.budget"])
        let all = complete(s, "spring.")
        #expect(all.contains("spring.brief") && all.contains("spring.launch") && all.contains("spring.end"))
    }

    @Test func theReplacedTextStartsAtTheWord() {
        let s = session()
        let c = s.completions(line: "count([spring.bu", cursor: 16)
        #expect(c.start == 7)
        #expect(c.candidates == ["spring.budget"])
    }

    @Test func namesInScopeAndKeywords() {
        let s = session()
        #expect(complete(s, "leg") == ["legal", "legal_days", "legal_review"])
        #expect(complete(s, "camp").contains("campaign"))
        #expect(complete(s, "wor").contains("workdays"), "built-in functions")
        #expect(complete(s, "Mon") == ["Money"], "type names")
        #expect(complete(s, "zzz").isEmpty)
        #expect(complete(s, "3").isEmpty, "no completion inside a number")
    }

    @Test func namesDeclaredInTheSessionComplete() {
        let s = session(nil, ["let reach_goal = 80%", "team design { lead nora; person nora }"])
        #expect(complete(s, "reach") == ["reach_goal"])
        #expect(complete(s, "design.l") == ["design.lead"])
        #expect(complete(s, "nor") == ["nora"])
    }

    @Test func importedFilesByTheirAlias() {
        let s = session("department.plan")
        #expect(complete(s, "lib.la") == ["lib.launch"])
        #expect(complete(s, "aura.dr") == ["aura.draft"], "items of a campaign made from a template")
        #expect(complete(s, "soc") == ["social"], "names of an unqualified import")
    }

    @Test func commands() {
        let s = session()
        #expect(complete(s, ":ag") == [":agenda"])
        #expect(complete(s, ":") == SessionCommand.allCases.map { ":" + $0.rawValue })
        #expect(complete(s, "  :re") == [":reload", ":reject"])
        #expect(complete(s, ":done spring.la") == ["spring.launch"], "tasks after the tracking commands")
        #expect(complete(s, ":critical sp") == ["spring"], "campaigns after :critical")
        #expect(complete(s, ":gantt ") == ["spring"])
        #expect(complete(s, ":explain spring.la") == ["spring.launch"])
        #expect(complete(s, ":type spring.bu") == ["spring.budget"])
        #expect(complete(s, ":quit x").isEmpty)
    }

    @Test func filePathsAfterLoad() {
        let s = session(nil)
        #expect(complete(s, ":load spr") == ["spring.plan"])
        #expect(complete(s, ":load sh") == ["shared/"], "folders end in a slash")
        #expect(complete(s, ":load shared/") == ["shared/launch.plan", "shared/org.plan"])
        #expect(complete(s, ":load shared/o") == ["shared/org.plan"])
        #expect(!complete(s, ":load ").contains { $0.hasSuffix(".repl") }, "only plan files")
        let c = s.completions(line: ":load \"spr", cursor: 10)
        #expect(c.start == 7 && c.candidates == ["spring.plan"], "after an opening quote")
    }

    @Test func theCursorMayStandInsideTheLine() {
        let s = session()
        let c = s.completions(line: "spring.bu * 2", cursor: 9)
        #expect(c.start == 0 && c.candidates == ["spring.budget"])
    }

    @Test func readlineGetsReplacementsOfItsOwnWord() {
        let line = Array("count([spring.bu".utf8)
        let ours = Completion(start: 7, candidates: ["spring.budget"])
        // readline's word begins after `[` (a word break): the same place.
        #expect(ReadlineEditor.readlineWords(ours, line: line, wordStart: 7) == ["spring.budget"])
        // a word that begins earlier than ours: the text between is kept.
        #expect(ReadlineEditor.readlineWords(ours, line: line, wordStart: 0) == ["count([spring.budget"])
        // a word that begins later than ours: the text between is dropped.
        let command = Array(":lo".utf8)
        #expect(ReadlineEditor.readlineWords(Completion(start: 0, candidates: [":load"]), line: command, wordStart: 1) == ["load"])
        #expect(ReadlineEditor.commonPrefix(["legal", "legal_days", "legal_review"]) == "legal")
        #expect(ReadlineEditor.commonPrefix(["größe", "grün"]) == "gr")
    }
}
