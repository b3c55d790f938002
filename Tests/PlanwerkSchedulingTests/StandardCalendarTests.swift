import PlanwerkChecking
import PlanwerkScheduling
import Testing

/// `calendar standard` names the built-in calendar (LANGUAGE.md §10:
/// Monday to Friday, 09:00–17:00, no holidays); a plan may still declare a
/// calendar of its own called `standard`, which then wins.
@Suite struct StandardCalendarTests {
    static let work = """
        team t "T" { person a "A" }
        campaign c "C" { start 2027-01-08; task x "X" { effort 1bd; assign a } }
        """

    @Test func namingTheBuiltInCalendarChecksAndSchedulesLikeTheDefault() throws {
        let named = scheduled("timezone \"UTC\"\ncalendar standard\n" + Self.work)
        let unnamed = scheduled("timezone \"UTC\"\n" + Self.work)
        #expect(named.diagnostics.isEmpty, "\(named.diagnostics.map(\.message))")
        let task = try #require(named.schedule?.tasks.first)
        // Friday 2027-01-08 09:00 to 17:00: one business day of eight hours.
        #expect(task.end - task.start == 8 * 60)
        #expect(task.start == unnamed.schedule?.tasks.first?.start)
        #expect(task.end == unnamed.schedule?.tasks.first?.end)
    }

    @Test func aDeclaredCalendarCalledStandardWins() throws {
        let run = scheduled("""
            timezone "UTC"
            calendar standard
            calendar standard { weekdays mon..fri; hours 10:00..12:00 }
            """ + "\n" + Self.work)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        let task = try #require(run.schedule?.tasks.first)
        // The plan's own hours: 1bd is their two hours, Friday 10:00–12:00 (UTC).
        #expect(task.end - task.start == 2 * 60)
        #expect(task.start % (24 * 60) == 10 * 60)
    }

    @Test func anyOtherUnknownCalendarIsStillAnError() {
        let run = scheduled("calendar standrad\n" + Self.work)
        #expect(run.diagnostics.contains { $0.message.contains("unknown calendar `standrad`") })
    }

    @Test func aTeamOrPersonMayNameTheBuiltInCalendarToo() throws {
        // The plan works mornings; `standard` gives the team 09:00–17:00 and a person of it too.
        let run = scheduled("""
            timezone "UTC"
            calendar mornings
            calendar mornings { weekdays mon..fri; hours 08:00..12:00 }
            team t "T" { calendar standard; person a "A"; person b "B" { calendar standard } }
            campaign c "C" { start 2027-01-08; task x "X" { effort 4bh; assign a }; task y "Y" { effort 4bh; assign b } }
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        let tasks = try #require(run.schedule?.tasks)
        // Four hours of effort on 09:00–17:00, from Friday 2027-01-08 09:00: done at 13:00 (the plan calendar would end at 12:00).
        for task in tasks { #expect(task.end % (24 * 60) == 13 * 60 && task.start % (24 * 60) == 9 * 60) }
        #expect(tasks.count == 2)
    }
}
