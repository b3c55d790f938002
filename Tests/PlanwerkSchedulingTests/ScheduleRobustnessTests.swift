import PlanwerkScheduling
import PlanwerkSyntax
import PlanwerkTestSupport
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

    /// Found while fuzzing: a clause whose value cannot be computed was left out
    /// without a word, so these tasks took no time and the deadline vanished.
    @Test func clausesThatCannotBeComputedAreReported() throws {
        let run = scheduled("""
            start 2026-11-30
            person ann "Ann"
            campaign c {
              task t1 { effort 1bd / 0; assign ann }
              task t2 { effort 9223372036854775807bd; assign ann }
              task t3 { length 2bd * 9223372036854775807 }
              task t4 { length 1bd; deadline 9999-12-31 + 5d }
            }
            """)
        #expect(codes(run) == ["P0320", "P0321", "P0321", "P0327"])
        #expect(run.diagnostics.map(\.span.range.start).count == 4)
        #expect(run.schedule?.tasks.count == 4)
    }

    @Test func aTemplateUsedTwiceReportsItsErrorOnce() {
        let run = scheduled("""
            start 2026-11-30
            template campaign t(n: Int) { task x { length 1bd / 0 } }
            campaign a = t(1)
            campaign b = t(2)
            """)
        #expect(codes(run) == ["P0320"])
    }

    /// A horizon in year 9999 and a series without end: cut and reported, quickly.
    @Test func aFarHorizonAndAnEndlessSeriesAreCut() throws {
        let run = scheduled(HostilePlans.endlessSeries)
        #expect(codes(run) == ["P0706", "P0707", "P0707"])
        let s = try #require(run.schedule)
        #expect(s.reports.count == 10_000)
        #expect(s.tasks.count == 10_000)
    }

    @Test func aPlanHasAHundredThousandOccurrencesAtMost() throws {
        let reports = (0..<12).map { "report r\($0) \"R\" { every day at 09:00; to ceo; by ceo }" }.joined(separator: "\n")
        let run = scheduled("start 2026-11-30\nhorizon 2126-11-30\nperson ceo \"CEO\"\n" + reports + "\n")
        let s = try #require(run.schedule)
        #expect(s.reports.count == 100_000)
        #expect(codes(run).filter { $0 == "P0707" }.count == 12)
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
