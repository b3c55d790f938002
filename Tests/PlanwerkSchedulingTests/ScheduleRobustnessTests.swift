import PlanwerkScheduling
import PlanwerkSyntax
import Testing

/// Absurd input is normal input: every run ends quickly with diagnostics, never a hang or a trap.
@Suite struct ScheduleRobustnessTests {
    func codes(_ run: PlanRun) -> [String] { run.diagnostics.map(\.code.rawValue) }

    @Test func workOfAMillionYearsIsCutAndReported() throws {
        let run = scheduled("start 2026-11-30\ncampaign c {\n  task t { length 100000000bd }\n  task u { after t + 99999999999d; duration 1h }\n}\n")
        #expect(codes(run) == ["P0509", "P0509"])
        let s = try #require(run.schedule)
        #expect(s.tasks.count == 2)
        #expect(s.tasks[1].start >= s.tasks[0].end)
    }

    @Test func aCalendarWithoutWorkingTimeForDecadesEnds() {
        let run = scheduled("""
            start 2026-11-30
            calendar none
            calendar none { weekdays [sat]; hours 09:00..09:01; holidays [2026-01-01..2099-12-31] }
            person p "P"
            campaign c { task t { effort 1bd; assign p }; task u { length 2bh } }
            """)
        #expect(codes(run).contains("P0508"))
        #expect(run.schedule?.tasks.count == 2)
    }

    @Test func nobodyWithCapacityFindsNoTime() {
        let run = scheduled("start 2026-11-30\nperson p \"P\" { capacity 0% }\ncampaign c { task t { effort 1bd; assign p } }\n")
        #expect(codes(run) == ["P0508"])
    }

    @Test func aHugeSeriesStopsAtTheHorizon() throws {
        let run = scheduled("start 2026-11-30\nchannel ch \"C\"\ncampaign c { post x on ch { every day at 09:00 count 100000 } }\n")
        #expect(codes(run).isEmpty)
        let s = try #require(run.schedule)
        #expect(s.tasks.count == 366, "one a day from 2026-11-30 up to the default horizon 2027-11-30")
    }

    @Test func manyPeopleCompetingForOnePersonStayLinear() throws {
        // 400 tasks for one person: each waits for the one before; levelling must not retry from scratch.
        let tasks = (0..<400).map { "  task t\($0) { effort 2bh; assign p }" }.joined(separator: "\n")
        let run = scheduled("start 2026-11-30\nperson p \"P\"\ncampaign c {\n\(tasks)\n}\n")
        let s = try #require(run.schedule)
        #expect(codes(run).isEmpty)
        #expect(s.tasks.map(\.end).max() == s.calendar.advance(s.tasks[0].start, by: 400 * 120))
    }
}
