import PlanwerkScheduling
import Testing

/// The critical path of a campaign: the chain of tasks without slack.
@Suite struct CriticalPathTests {
    @Test func theLongestChainIsCriticalAndTheShortBranchHasSlack() throws {
        let run = scheduled("""
            start 2026-11-30
            campaign c {
              task a { length 1bd }
              task long { after a; length 3bd }
              task short { after a; length 1bd }
              milestone done { after long, short }
            }
            """)
        let s = try #require(run.schedule)
        #expect(s.criticalPath(of: "c").map(\.id) == ["c.a", "c.long", "c.done"])
        let short = try #require(s.tasks.first { $0.id == "c.short" })
        #expect(short.slack == 2 * 480, "short ends Tue 17:00, the campaign Thu 17:00: two working days")
    }
}
