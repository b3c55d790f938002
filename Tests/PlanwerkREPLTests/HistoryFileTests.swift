import Testing
@testable import PlanwerkREPL

/// Where the history lives and which lines it keeps (LANGUAGE.md §10).
@Suite struct HistoryFileTests {
    @Test func theStateFolderOfXDG() {
        #expect(HistoryFile.path(environment: ["HOME": "/home/vivian"]) == "/home/vivian/.local/state/planwerk/history")
        #expect(HistoryFile.path(environment: ["HOME": "/home/vivian", "XDG_STATE_HOME": "/var/state"]) == "/var/state/planwerk/history")
        #expect(HistoryFile.path(environment: ["HOME": "/home/vivian", "XDG_STATE_HOME": "relative"]) == "/home/vivian/.local/state/planwerk/history",
                "a relative XDG_STATE_HOME is ignored, as the XDG specification says")
        #expect(HistoryFile.path(environment: [:]) == nil)
    }

    @Test func blankLinesAndRepeatsAreNotKept() {
        #expect(HistoryFile.keeps("spring.budget", after: nil))
        #expect(!HistoryFile.keeps("   ", after: nil))
        #expect(!HistoryFile.keeps("", after: "x"))
        #expect(!HistoryFile.keeps(":agenda", after: ":agenda"))
        #expect(HistoryFile.keeps(":agenda", after: ":gantt"))
    }
}
